// A text of only whitespace (spaces, tabs, line ends, U+3000 …) says nothing: it counts
// as missing, in validation, in fallback filling and in the translation status.
export const isBlank = (text: string): boolean => text.trim() === '';
