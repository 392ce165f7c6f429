import { parseYaml } from '@redocly/openapi-core';
import fc from 'fast-check';
import { parseDocument } from 'yaml';
import { describe, expect, it } from 'vitest';
import { withSortedKeys } from '../../../generators/util/stable-json.js';
import { yamlText } from '../../../generators/emit/openapi/yaml-writer.js';
import { jsonLikeArb, KEYS } from '../../util/json-like.js';

/** `yaml`'s reading, failing on its warnings too. */
function strictParse(text: string, version: '1.1' | '1.2'): unknown {
  const doc = parseDocument(text, { version });
  expect([...doc.errors, ...doc.warnings].map((e) => e.message)).toEqual([]);
  return doc.toJS() as unknown;
}

/** The three readers of the generated YAML: YAML 1.2, YAML 1.1, js-yaml as Redocly runs it. */
const readers = {
  'yaml 1.2': (text: string) => strictParse(text, '1.2'),
  'yaml 1.1': (text: string) => strictParse(text, '1.1'),
  'js-yaml (Redocly)': (text: string) => parseYaml(text) as unknown,
};

/** What the JSON file says: the YAML must read back as exactly that. */
const asJson = (value: unknown) => JSON.parse(JSON.stringify(value)) as unknown;

function expectReadsBack(value: unknown): string {
  const text = yamlText(value);
  for (const [name, read] of Object.entries(readers)) expect(read(text), name).toEqual(asJson(value));
  expect(text).not.toMatch(/[ \t]$/m);
  expect(text).not.toContain('\r');
  expect(text.endsWith('\n') && !text.endsWith('\n\n')).toBe(true);
  return text;
}

describe('yamlText', () => {
  it('reads back as the same data in every reader, with no trailing blank, for any JSON-like value', () => {
    fc.assert(
      fc.property(jsonLikeArb(), (value) => {
        expectReadsBack(value);
      }),
      { numRuns: 3000, seed: 20250302 },
    );
  });

  it('reads back every tricky key, alone and as the key of a nested node', () => {
    for (const key of KEYS) {
      for (const value of ['v', 'two\nlines', { k: 1 }, [1, [2]], {}, []]) {
        expectReadsBack(Object.defineProperty({}, key, { value, enumerable: true }));
        expectReadsBack([Object.defineProperty({}, key, { value, enumerable: true })]);
      }
    }
  });

  it('writes keys in the order given: withSortedKeys decides it', () => {
    const text = yamlText(withSortedKeys({ b: 1, a: { d: 1, c: 2 }, 10: 0, 9: 0 }));
    expect(text).toBe('"9": 0\n"10": 0\na:\n  c: 2\n  d: 1\nb: 1\n');
  });

  it('lays out nesting in block style', () => {
    const value = { map: { a: [1, { b: [], c: {} }, [2, 3]] }, empty: {}, list: [] };
    expect(expectReadsBack(value)).toBe(
      'map:\n  a:\n    - 1\n    - b: []\n      c: {}\n    - - 2\n      - 3\nempty: {}\nlist: []\n',
    );
    expect(expectReadsBack([{ a: 1, b: 2 }])).toBe('- a: 1\n  b: 2\n');
    expect(expectReadsBack('x')).toBe('x\n');
  });

  it('leaves undefined out as JSON does', () => {
    expect(yamlText({ a: undefined, b: [undefined] })).toBe('b:\n  - null\n');
    expect(yamlText({ a: undefined })).toBe('{}\n');
  });

  it('writes multi-line text as a literal block when that keeps it exactly', () => {
    expect(expectReadsBack({ d: 'one\n\ntwo\n  three' })).toBe('d: |-\n  one\n\n  two\n    three\n');
    expect(expectReadsBack(['a\nb'])).toBe('- |-\n  a\n  b\n');
    // A blank at a line's end or opening the first line, a final break, a line separator: quoted.
    for (const text of ['a \nb', 'a\nb\t', ' a\nb', '\n\ta', 'a\nb\n', 'a\u2028\nb', 'a\r\nb']) {
      expect(expectReadsBack({ d: text })).toBe(`d: ${JSON.stringify(text).replace('\u2028', '\\u2028')}\n`);
    }
  });

  it('switches to an explicit key past the 1024 characters readers allow an implicit one', () => {
    for (const length of [1022, 1023, 1024, 1025, 1100]) {
      const key = 'k'.repeat(length);
      expectReadsBack({ [key]: 'v', short: { [key]: ['x'] } });
      expectReadsBack([{ [key]: { a: 1 } }]);
    }
    expect(yamlText({ ['k'.repeat(1025)]: 1 })).toBe(`? ${'k'.repeat(1025)}\n: 1\n`);
  });

  it('refuses what JSON cannot say', () => {
    for (const value of [Number.NaN, Number.POSITIVE_INFINITY, 1n, () => 1, Symbol('s')]) {
      expect(() => yamlText({ value })).toThrow(/yaml:/);
    }
  });
});
