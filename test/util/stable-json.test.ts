import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { compareCodePoints, stableJson, withSortedKeys } from '../../generators/util/stable-json.js';
import { jsonLikeArb } from './json-like.js';

/** The implementation stableJson replaced: its bytes are the contract. */
function oracleSortKeysDeep(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(oracleSortKeysDeep);
  if (value !== null && typeof value === 'object') {
    const out: Record<string, unknown> = {};
    for (const key of Object.keys(value).sort(compareCodePoints)) {
      Object.defineProperty(out, key, {
        value: oracleSortKeysDeep((value as Record<string, unknown>)[key]),
        enumerable: true,
        writable: true,
        configurable: true,
      });
    }
    return out;
  }
  return value;
}
const oracle = (value: unknown) => `${JSON.stringify(oracleSortKeysDeep(value), null, 2)}\n`;

// Leaves JSON.stringify writes as null or leaves out.
const oddLeaf = fc.constantFrom(undefined, Number.NaN, Number.POSITIVE_INFINITY, -0, () => 1, Symbol('s'));

describe('stableJson', () => {
  it('writes the bytes the former implementation wrote, for any JSON-like value', () => {
    fc.assert(
      fc.property(jsonLikeArb(oddLeaf), (value) => {
        const expected = oracle(value);
        expect(stableJson(value)).toBe(expected);
        // Sorting shares what is in order and copies the rest: the input stays as it was.
        expect(oracle(value)).toBe(expected);
      }),
      { numRuns: 3000, seed: 20250301 },
    );
  });

  it('sorts by code point, array-index keys first as before, and keeps __proto__ an own key', () => {
    const value = JSON.parse('{"b":1,"a":{"__proto__":{"z":1,"y":2}},"10":3,"9":4,"01":5,"\u00e9":6,"Z":7}') as unknown;
    expect(stableJson(value)).toBe(
      '{\n  "9": 4,\n  "10": 3,\n  "01": 5,\n  "Z": 7,\n' +
        '  "a": {\n    "__proto__": {\n      "y": 2,\n      "z": 1\n    }\n  },\n' +
        '  "b": 1,\n  "\u00e9": 6\n}\n',
    );
    expect(Object.keys(withSortedKeys(value) as object)).toEqual(['9', '10', '01', 'Z', 'a', 'b', '\u00e9']);
    expect(Object.getPrototypeOf((withSortedKeys(value) as { a: object }).a)).toBe(Object.prototype);
  });

  it('shares what is already in order', () => {
    const inner = { a: 1, b: [{ c: 1 }] };
    const sorted = withSortedKeys({ z: inner, y: [inner] }) as { y: unknown[]; z: unknown };
    expect(Object.keys(sorted)).toEqual(['y', 'z']);
    expect(sorted.z).toBe(inner);
    expect(sorted.y[0]).toBe(inner);
  });

  it('mirrors JSON.stringify on undefined, -0 and the empty cases', () => {
    expect(stableJson({ a: undefined, b: [undefined, -0], c: {}, d: [] })).toBe(
      '{\n  "b": [\n    null,\n    0\n  ],\n  "c": {},\n  "d": []\n}\n',
    );
  });
});
