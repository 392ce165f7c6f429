// Names and ids are ASCII. A character outside it is shown escaped (`\u0415`), since
// printed as is it may look exactly like the letter it imitates.

// Invisible characters are text-safety's, and written `\u{…}` by diagnostic().
const NOT_ASCII = /(?![\p{Cc}\p{Cf}\p{Zl}\p{Zp}\p{Cs}])[^\x00-\x7F]/gu;

/** Cyrillic and Greek letters that look like ASCII ones. Fullwidth forms are computed. */
const LOOKALIKES: Readonly<Record<string, string>> = {
  А: 'A', В: 'B', Е: 'E', К: 'K', М: 'M', Н: 'H', О: 'O', Р: 'P', С: 'C', Т: 'T', Х: 'X', І: 'I', Ј: 'J', Ѕ: 'S',
  а: 'a', е: 'e', о: 'o', р: 'p', с: 'c', у: 'y', х: 'x', і: 'i', ј: 'j', ѕ: 's',
  Α: 'A', Β: 'B', Ε: 'E', Ζ: 'Z', Η: 'H', Ι: 'I', Κ: 'K', Μ: 'M', Ν: 'N', Ο: 'O', Ρ: 'P', Τ: 'T', Υ: 'Y', Χ: 'X',
  ο: 'o', ν: 'v',
};

const hex = (c: string): string => (c.codePointAt(0) ?? 0).toString(16).toUpperCase().padStart(4, '0');

/** `\u0415` (or `\u{1F600}` beyond the BMP) for one character. */
export const escapeChar = (c: string): string => (c.length === 1 ? `\\u${hex(c)}` : `\\u{${hex(c)}}`);

/** `s` with every visible character outside ASCII escaped. */
export const escapeNonAscii = (s: string): string => s.replace(NOT_ASCII, escapeChar);

/** The distinct visible characters of `s` outside ASCII, in order. */
export const nonAscii = (s: string): string[] => [...new Set(s.match(NOT_ASCII) ?? [])];

/** The ASCII character `c` is easily taken for, if any. */
export function lookalike(c: string): string | undefined {
  const cp = c.codePointAt(0) ?? 0;
  if (cp >= 0xff01 && cp <= 0xff5e) return String.fromCodePoint(cp - 0xfee0);
  return LOOKALIKES[c];
}

/** The lookalike hint's values for the first character of `s` that imitates an ASCII one. */
export function lookalikeHint(s: string): { char: string; ascii: string; fixed: string } | undefined {
  const c = nonAscii(s).find((x) => lookalike(x) !== undefined);
  if (c === undefined) return undefined;
  const ascii = lookalike(c) as string;
  const kind = /[A-Za-z]/.test(ascii) ? 'letter' : 'character';
  const fixed = s.replace(NOT_ASCII, (x) => lookalike(x) ?? x);
  return { char: escapeChar(c), ascii: `${kind} ${ascii}`, fixed: escapeNonAscii(fixed) };
}
