// Code ranges: which range a value falls in, and how a range is written in words.
// Shared by validation (on raw spec data), the model and `errspec next-code`.
import type { CodeRange, CodeValue } from './types.js';
import { compareCodePoints } from '../util/stable-json.js';

/** The part of a range that says which values it holds. */
export type RangeExtent = { readonly kind: 'interval'; readonly from: number; readonly to: number } | { readonly kind: 'prefix'; readonly prefix: string };

export function rangeContains(range: RangeExtent, code: CodeValue): boolean {
  if (range.kind === 'interval') return typeof code === 'number' && code >= range.from && code <= range.to;
  return typeof code === 'string' && code.startsWith(range.prefix);
}

/** The one range holding `code` (validation sees to there being at most one). */
export function rangeOf<R extends RangeExtent>(code: CodeValue, ranges: readonly R[]): R | undefined {
  return ranges.find((r) => rangeContains(r, code));
}

/** `-3000199..-3000100` or `prefix 'card_'`. */
export function extentText(range: RangeExtent): string {
  return range.kind === 'interval' ? `${range.from}..${range.to}` : `prefix '${range.prefix}'`;
}

/** Whether two ranges share a value: intervals that meet, or a prefix that starts the other. */
export function rangesOverlap(a: RangeExtent, b: RangeExtent): boolean {
  if (a.kind === 'interval' && b.kind === 'interval') return a.from <= b.to && b.from <= a.to;
  if (a.kind === 'prefix' && b.kind === 'prefix') return a.prefix.startsWith(b.prefix) || b.prefix.startsWith(a.prefix);
  return false;
}

/** Intervals by their lower bound, prefixes in code-point order: the order the outputs list ranges in. */
export function compareRanges(a: CodeRange, b: CodeRange): number {
  if (a.kind === 'interval' && b.kind === 'interval') return a.from - b.from || a.to - b.to;
  if (a.kind === 'prefix' && b.kind === 'prefix') return compareCodePoints(a.prefix, b.prefix);
  return a.kind === 'interval' ? -1 : 1;
}
