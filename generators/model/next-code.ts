// The next code of a range, for `errspec next-code`. Integer ranges count away from zero
// past the used value furthest from zero (retired values count as used), and never fill
// gaps: a gap may be a value reserved by hand, and a value once used is never reused.
// A prefix range has no order: its next name is chosen by hand, so only what is taken
// is listed.
import type { CodeRange, CodeValue, ErrorModel, IntervalRange, PrefixRange } from './types.js';
import { rangeContains } from './ranges.js';
import { compareCodePoints } from '../util/stable-json.js';

/** A code of the range: its value, its name and whether it is retired. */
export interface TakenCode {
  readonly code: CodeValue;
  readonly name: string;
  readonly retired: boolean;
}

export type NextCode =
  | {
      readonly kind: 'interval';
      readonly range: IntervalRange;
      /** +1 upward (ranges of values >= 0, and ranges spanning zero, from 0), -1 downward (ranges of negative values). */
      readonly direction: 1 | -1;
      /** The next free value; undefined when the range is full. */
      readonly next?: number;
      /** The used value furthest from zero; undefined when none is used. */
      readonly last?: TakenCode;
      /** Values left after `next` (inclusive of it), counting away from zero. */
      readonly remaining: number;
      /** Values in gaps before `last` that stay unused by design. */
      readonly gaps: number;
      /** The range's codes, counting away from zero. */
      readonly taken: readonly TakenCode[];
    }
  | {
      readonly kind: 'prefix';
      readonly range: PrefixRange;
      /** The range's codes in code-point order. */
      readonly taken: readonly TakenCode[];
    };

export function nextCode(model: ErrorModel, range: CodeRange): NextCode {
  const taken = model.codes
    .filter((c) => rangeContains(range, c.code))
    .map((c): TakenCode => ({ code: c.code, name: c.name, retired: c.retired !== undefined }));
  if (range.kind === 'prefix') {
    return { kind: 'prefix', range, taken: taken.sort((a, b) => compareCodePoints(String(a.code), String(b.code))) };
  }
  // Away from zero: a range of negative values grows downward from its bound nearest zero,
  // any other upward from its bound nearest zero (0 for a range spanning zero).
  const direction = range.to < 0 ? -1 : 1;
  const start = direction === 1 ? Math.max(range.from, 0) : range.to;
  const end = direction === 1 ? range.to : range.from;
  const sorted = taken.sort((a, b) => direction * ((a.code as number) - (b.code as number)));
  // Only the values on the counting side: below zero in a range spanning it, none is handed out.
  const counted = sorted.filter((c) => direction * ((c.code as number) - start) >= 0);
  const last = counted[counted.length - 1];
  const candidate = last === undefined ? start : (last.code as number) + direction;
  const full = direction === 1 ? candidate > end : candidate < end;
  const gaps = last === undefined ? 0 : Math.abs((last.code as number) - start) + 1 - counted.length;
  return {
    kind: 'interval',
    range,
    direction,
    ...(full ? {} : { next: candidate }),
    ...(last === undefined ? {} : { last }),
    remaining: full ? 0 : Math.abs(end - candidate) + 1,
    gaps,
    taken: sorted,
  };
}
