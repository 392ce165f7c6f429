// Plain-text names of things in change messages, so every message words them alike.
import type { ErrorCode } from '../model/types.js';

export const codeLabel = (c: Pick<ErrorCode, 'code' | 'name'>): string => `${String(c.code)} ${c.name}`;

export const list = (items: readonly string[]): string => (items.length === 0 ? '(none)' : items.join(', '));

/** Params compare as sets: their declared order does not change the message types. */
export const sameSet = (a: readonly string[], b: readonly string[]): boolean =>
  a.length === b.length && a.every((x) => b.includes(x));
