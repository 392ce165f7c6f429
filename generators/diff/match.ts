// Which head code is which base code. By value first: a value is the code's identity
// for clients, so a new name on the same value is a rename (one change, not a removal
// plus an addition). Then, for codes left over, by name or alias: the same name on a
// new value is a renumbering. A code whose value and name both change matches nothing:
// it is a removal plus an addition.
import type { ErrorCode } from '../model/types.js';

export interface CodePair {
  readonly base: ErrorCode;
  readonly head: ErrorCode;
  readonly by: 'value' | 'name';
}

export interface CodeMatch {
  /** In base order. */
  readonly pairs: readonly CodePair[];
  /** Base codes with no counterpart, in base order. */
  readonly removed: readonly ErrorCode[];
  /** Head codes with no counterpart, in head order. */
  readonly added: readonly ErrorCode[];
}

// `typeof` in the key: the integer -1 and the string '-1' are different values.
const valueKey = (c: ErrorCode): string => `${typeof c.code}:${String(c.code)}`;
const namesOf = (c: ErrorCode): readonly string[] => [c.name, ...c.aliases, ...c.synonyms];

export function matchCodes(base: readonly ErrorCode[], head: readonly ErrorCode[]): CodeMatch {
  const headByValue = new Map<string, ErrorCode>();
  for (const h of head) if (!headByValue.has(valueKey(h))) headByValue.set(valueKey(h), h);

  const paired = new Map<ErrorCode, CodePair>();
  const taken = new Set<ErrorCode>();
  for (const b of base) {
    const h = headByValue.get(valueKey(b));
    if (h && !taken.has(h)) {
      paired.set(b, { base: b, head: h, by: 'value' });
      taken.add(h);
    }
  }

  const headByName = new Map<string, ErrorCode>();
  for (const h of head) {
    if (taken.has(h)) continue;
    for (const n of namesOf(h)) if (!headByName.has(n)) headByName.set(n, h);
  }
  for (const b of base) {
    if (paired.has(b)) continue;
    const h = namesOf(b)
      .map((n) => headByName.get(n))
      .find((c): c is ErrorCode => c !== undefined && !taken.has(c));
    if (h) {
      paired.set(b, { base: b, head: h, by: 'name' });
      taken.add(h);
    }
  }

  return {
    pairs: base.flatMap((b) => paired.get(b) ?? []),
    removed: base.filter((b) => !paired.has(b)),
    added: head.filter((h) => !taken.has(h)),
  };
}
