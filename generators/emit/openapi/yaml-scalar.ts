// How a scalar is written so that YAML 1.2 readers and YAML 1.1 readers (PyYAML,
// js-yaml, the `yaml` package in 1.1 mode) all read back the same value.

// Characters every reader takes as content, surrogates paired below. Left out: C0
// and C1 controls and DEL (not printable), U+0085, U+2028 and U+2029 (line breaks
// in YAML 1.1), U+FEFF (a byte order mark), U+FFFE and U+FFFF (not characters).
const PRINTABLE = '\\x20-\\x7E\\xA0-\\u2027\\u202A-\\uFEFE\\uFF00-\\uFFFD';
const LONE_SURROGATE = '[\\uD800-\\uDBFF](?![\\uDC00-\\uDFFF])|(?<![\\uD800-\\uDBFF])[\\uDC00-\\uDFFF]';

// Whatever rules plain style out wherever it stands: an unprintable character,
// `: ` (a key), ` #` (a comment).
const NOT_PLAIN = new RegExp(`[^${PRINTABLE}]|${LONE_SURROGATE}|: | #`);

// A first character that is an indicator, a blank, or could start a number (digit,
// sign, dot: YAML 1.1 and 1.2 disagree on which of those are numbers, dates or
// sexagesimals).
const BAD_FIRST = /^[\s\-?:,[\]{}#&*!|>'"%@`+.0-9]/;
// A last character readers trim (a blank) or read as a key's end.
const BAD_LAST = /[\s:]/;

// Words some reader takes for a boolean, null, YAML 1.1's value and merge keys, or
// (the `yaml` package in 1.1 mode, whose exponent floats need no digit before `e`) a number.
const RESERVED = /^(?:y|n|yes|no|true|false|on|off|null|~|=|<<|e[-+]?\d+)$/i;

export const isPlainSafe = (text: string): boolean =>
  text !== '' &&
  !BAD_FIRST.test(text) &&
  !BAD_LAST.test(text.charAt(text.length - 1)) &&
  !RESERVED.test(text) &&
  !NOT_PLAIN.test(text);

// What JSON.stringify leaves raw that a YAML double-quoted scalar may not hold
// (or that YAML 1.1 folds as a line break). Its `\uXXXX` escapes mean the same in YAML.
const RAW_UNPRINTABLE = /[\x7F-\x9F\u2028\u2029\uFEFF\uFFFE\uFFFF]/g;
const unicodeEscape = (c: string) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`;

/** JSON's string syntax is YAML's double-quoted style; these few escapes close the gap. */
export const doubleQuoted = (text: string): string => JSON.stringify(text).replace(RAW_UNPRINTABLE, unicodeEscape);

// An unprintable character other than tab and line feed, which a literal block holds.
const UNPRINTABLE_IN_BLOCK = new RegExp(`[^\\t\\n${PRINTABLE}]|${LONE_SURROGATE}`);
const TRAILING_BLANK = /[ \t](?:\n|$)/;
const LEADING_BLANK = /^\n*[ \t]/;

/**
 * Whether `|-` keeps `text` exactly: several lines, printable, no blank at a line's
 * end (it would be a trailing blank in the file), none opening the first non-empty
 * line (readers take the indentation from it), no final line break (`-` strips it).
 */
export const isLiteralSafe = (text: string): boolean =>
  text.includes('\n') &&
  !text.endsWith('\n') &&
  !UNPRINTABLE_IN_BLOCK.test(text) &&
  !TRAILING_BLANK.test(text) &&
  !LEADING_BLANK.test(text);

/** A string on one line: plain when safe, double-quoted otherwise. */
export const inlineString = (text: string): string => (isPlainSafe(text) ? text : doubleQuoted(text));

/** JSON's number syntax, but YAML 1.1 reads an exponent as a float only after a dot. */
export function numberText(value: number): string {
  if (!Number.isFinite(value)) throw new Error(`yaml: ${value} has no JSON equivalent`);
  const text = String(value);
  return /^-?\d+e/.test(text) ? text.replace('e', '.0e') : text;
}
