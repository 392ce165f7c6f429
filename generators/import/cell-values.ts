// Reading a code or an HTTP status from a cell's text, and telling which kind of code a
// table uses.
import type { CodeType } from '../model/types.js';

/** A cell's code as the spec writes it: digits with a minus sign for integers (U+2212 read as `-`). */
const integerText = (text: string): string | undefined => {
  const t = text.replace(/^\u2212/, '-').replace(/^\+/, '');
  return /^-?(0|[1-9][0-9]*)$/.test(t) && Number.isSafeInteger(Number(t)) && t !== '-0' ? t : undefined;
};

/**
 * `integer` when every code is a whole number without leading zeros (so `00000` or
 * `01002` stay strings), `string` otherwise. Reported to the user as a choice made.
 */
export function detectCodeType(codes: readonly string[]): CodeType {
  return codes.length > 0 && codes.every((c) => integerText(c) !== undefined) ? 'integer' : 'string';
}

export function codeValue(text: string, type: CodeType): number | string | undefined {
  if (type === 'string') return text;
  const t = integerText(text);
  return t === undefined ? undefined : Number(t);
}

export function httpStatus(text: string): number | undefined {
  return /^[1-5][0-9]{2}$/.test(text) ? Number(text) : undefined;
}
