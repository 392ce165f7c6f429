// The CST path (cst-data.ts) against yaml's Composer + the converter, on real, synthetic,
// generated and randomly broken YAML: whenever the CST path returns data, the Composer
// path must accept the file without a word and give the very same data (Object.is on
// every value, key order, own `__proto__` keys) and the very same Positions. And
// parseYaml as a whole must give exactly what the Composer path gives, diagnostics
// included. The CST path must also not give up on the specs it exists for.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { Parser, stringify, type CST } from 'yaml';
import { syntheticSpec } from '../../bench/synthetic.js';
import type { Diagnostic } from '../../generators/diagnostics/diagnostic.js';
import { cstData } from '../../generators/load/cst-data.js';
import { DEFAULT_LIMITS, parseYaml, parseYamlComposed, type ParseLimits, type ParsedYaml } from '../../generators/load/parse-yaml.js';
import type { PathSegment, Positions } from '../../generators/load/positions.js';
import { runs, seed, specArb, timeoutFor } from '../property/arbitraries.js';
import { repoRoot } from '../support/cli.js';

// ---------------------------------------------------------------------------------
// Comparisons

/** The first difference between two loaded values, exact to Object.is and property order. */
function difference(a: unknown, b: unknown, path = '$'): string | undefined {
  if (typeof a !== 'object' || a === null || typeof b !== 'object' || b === null) {
    return Object.is(a, b) ? undefined : `${path}: ${String(a)} vs ${String(b)}`;
  }
  if (Array.isArray(a) !== Array.isArray(b) || Object.getPrototypeOf(a) !== Object.getPrototypeOf(b)) return `${path}: kind`;
  const keys = Reflect.ownKeys(a);
  if (JSON.stringify(keys.map(String)) !== JSON.stringify(Reflect.ownKeys(b).map(String))) return `${path}: keys`;
  for (const key of keys) {
    const da = Object.getOwnPropertyDescriptor(a, key) as PropertyDescriptor;
    const db = Object.getOwnPropertyDescriptor(b, key) as PropertyDescriptor;
    if (da.enumerable !== db.enumerable || da.writable !== db.writable || da.configurable !== db.configurable || 'get' in da || 'get' in db) {
      return `${path}[${String(key)}]: descriptor`;
    }
    const found = difference(da.value, db.value, `${path}[${JSON.stringify(String(key))}]`);
    if (found) return found;
  }
  return undefined;
}

/** Every lookup Positions answers about `data`: each container's span, each key's and value's. */
function lookups(data: unknown, positions: Positions): string[] {
  const out: string[] = [];
  const walk = (node: unknown, path: PathSegment[]): void => {
    if (node === null || typeof node !== 'object') return;
    out.push(`${JSON.stringify(path)} ${JSON.stringify(positions.of(node))}`);
    const keys: PathSegment[] = Array.isArray(node) ? node.map((_, i) => i) : Object.keys(node);
    for (const key of keys) {
      const at = [...path, key];
      out.push(`${JSON.stringify(at)} key ${JSON.stringify(positions.locate(data, at, 'key'))} value ${JSON.stringify(positions.locate(data, at))}`);
      walk(Object.getOwnPropertyDescriptor(node, key)?.value, at);
    }
  };
  walk(data, []);
  return out;
}

/**
 * Every entry Positions holds, in its order: header or key name, and four numbers.
 * Read from its private arrays, for this test only; which slot of `names` holds an
 * entry's key depends on the order entries were filled, so names are resolved.
 */
function records(positions: Positions): string[] {
  const { entries, names, nums } = positions as unknown as { entries: number; names: string[]; nums: Int32Array };
  const out: string[] = [];
  for (let e = 0; e < entries; ) {
    const count = nums[5 * e] ?? 0;
    out.push(JSON.stringify(['header', ...nums.subarray(5 * e, 5 * e + 4)]));
    for (let i = e + 1; i <= e + count; i++) out.push(JSON.stringify([names[nums[5 * i + 4] ?? -1], ...nums.subarray(5 * i, 5 * i + 4)]));
    e += count + 1;
  }
  return out;
}

const problems = (found: readonly Diagnostic[]) => found.map((d) => ({ rule: d.rule, severity: d.severity, span: d.span, message: d.message }));

function expectSame(got: ParsedYaml, want: ParsedYaml, text: string): void {
  const context = `in ${JSON.stringify(text.length > 400 ? `${text.slice(0, 400)}…` : text)}`;
  expect(problems(got.diagnostics), context).toEqual(problems(want.diagnostics));
  expect(difference(got.data, want.data), context).toBeUndefined();
  expect(records(got.positions), context).toEqual(records(want.positions));
  expect(lookups(got.data, got.positions), context).toEqual(lookups(want.data, want.positions));
}

const tokens = (text: string): CST.Token[] => [...new Parser().parse(text)];

/**
 * The differential check of one text; true when the CST path read it. Then the Composer
 * path must have read it too, without a diagnostic; in all cases parseYaml must give
 * what the Composer path gives.
 */
function check(text: string, limits: ParseLimits = DEFAULT_LIMITS): boolean {
  const file = { path: 'spec.yaml', text };
  const composed = parseYamlComposed(file, limits);
  const fast = cstData(tokens(text), limits.maxDepth);
  if (fast) {
    expect(problems(composed.diagnostics), `accepted by the CST path: ${JSON.stringify(text)}`).toEqual([]);
    expectSame({ ...fast, diagnostics: [] }, composed, text);
  }
  expectSame(parseYaml(file, limits), composed, text);
  return fast !== undefined;
}

// ---------------------------------------------------------------------------------
// Inputs

const read = (path: string): string => readFileSync(join(repoRoot, path), 'utf8');
const fixtures = readdirSync(join(repoRoot, 'test/fixtures'), { recursive: true, encoding: 'utf8' })
  .filter((p) => p.endsWith('.yaml') && !p.includes('expected'))
  .map((p) => `test/fixtures/${p}`)
  .sort();
/** Specs that are plain YAML, which the CST path must read itself. */
const plainSpecs: Array<[string, string]> = [
  ['spec/errors.yaml', read('spec/errors.yaml')],
  ['test/validate/fixtures/valid.yaml', read('test/validate/fixtures/valid.yaml')],
  ...fixtures.filter((p) => p.endsWith('/spec.yaml')).map((p): [string, string] => [p, read(p)]),
  ['synthetic spec, 200 codes', syntheticSpec(200)],
];

const KEYS = [
  '__proto__', 'constructor', 'toString', 'hasOwnProperty', '200', '007', '1e3', '0x1F', '0o17', '+1', '-0', '.inf', '.NaN', 'null',
  'Null', '~', 'true', 'False', '<<', '-', '?', '- a', ':', 'a: b', '#x', 'x #y', '', ' ', 'a b', '"q"', "'s'", '&a', '*a', '!t',
  '%p', '@', '`', '|', '>', '[', ']', '{', ',', 'é', '中文', '🙂', '\t', 'a\tb', 'a\nb', 'a'.repeat(1100),
];
const keyArb = fc.oneof(fc.constantFrom(...KEYS), fc.string({ maxLength: 8 }), fc.string({ unit: 'grapheme', maxLength: 4 }));
const leafArb = fc.oneof(
  fc.constantFrom(null, true, false, 0, -0, 1.5, 0.1, 2 ** 53 + 2, 1e21, 1e-7, Number.NaN, Number.POSITIVE_INFINITY, Number.NEGATIVE_INFINITY),
  fc.integer(),
  fc.double(),
  keyArb,
  fc.string({ maxLength: 40 }),
  fc.string({ unit: 'binary', maxLength: 10 }),
  fc.array(fc.string({ maxLength: 12 }), { maxLength: 4 }).map((lines) => lines.join('\n')),
  fc.constantFrom('  lead', 'trail  ', 'a\n\n b\n', '\n', ' \n ', 'x\r\ny', '# not a comment', 'a #b', 'a: b', '- a', '"', "'", '\\', '\u2028', '\u0085', '\u00a0'),
);
/** Objects built key by key, so that `__proto__` is an own key as in loaded data. */
const objectOf = (entries: ReadonlyArray<readonly [string, unknown]>): Record<string, unknown> => {
  const out: Record<string, unknown> = {};
  for (const [key, value] of entries) Object.defineProperty(out, key, { value, enumerable: true, writable: true, configurable: true });
  return out;
};
const { tree } = fc.letrec((tie) => ({
  tree: fc.oneof({ depthSize: 'small', withCrossShrink: true }, leafArb, tie('array'), tie('object')),
  array: fc.array(tie('tree'), { maxLength: 4 }),
  object: fc.uniqueArray(fc.tuple(keyArb, tie('tree')), { maxLength: 5, selector: ([key]) => key }).map(objectOf),
}));
const rootArb = fc.oneof(
  fc.uniqueArray(fc.tuple(keyArb, tree), { minLength: 1, maxLength: 6, selector: ([key]) => key }).map(objectOf),
  fc.array(tree, { minLength: 1, maxLength: 5 }),
  specArb,
);
const styleArb = fc.record(
  {
    defaultStringType: fc.constantFrom('PLAIN', 'QUOTE_DOUBLE', 'QUOTE_SINGLE', 'BLOCK_LITERAL', 'BLOCK_FOLDED'),
    defaultKeyType: fc.constantFrom(null, 'PLAIN', 'QUOTE_DOUBLE', 'QUOTE_SINGLE'),
    collectionStyle: fc.constantFrom('any', 'block', 'flow'),
    indent: fc.integer({ min: 1, max: 4 }),
    indentSeq: fc.boolean(),
    lineWidth: fc.constantFrom(0, 10, 20, 80),
    minContentWidth: fc.constantFrom(0, 20),
    flowCollectionPadding: fc.boolean(),
    doubleQuotedAsJSON: fc.boolean(),
    doubleQuotedMinMultiLineLength: fc.constantFrom(0, 40),
    blockQuote: fc.constantFrom(true, false, 'literal', 'folded'),
    singleQuote: fc.constantFrom(null, true, false),
    nullStr: fc.constantFrom('null', '~', 'Null', ''),
    trueStr: fc.constantFrom('true', 'True', 'TRUE'),
    directives: fc.constantFrom(true, false, null),
  },
  { requiredKeys: [] },
);

/** The text of `data` in `style`; undefined where yaml's stringify itself gives up. */
function yamlOf(data: unknown, style: object): string | undefined {
  try {
    return stringify(data, style as never);
  } catch {
    return undefined;
  }
}

const SNIPPETS = [
  ' ', '  ', '\t', ':', ': ', ' :', '-', '- ', '#', ' #', '# c\n', '"', "'", '&a ', '*a', '!!str ', '!x ', '? ', '|', '>', '|-', '>+', '|2',
  '\n', '\n  ', '\n\n', '\r\n', '---\n', '--- ', '...\n', '%YAML 1.2\n---\n', '[', ']', '{', '}', ',', ', ', 'é', '中', '🙂', '\u2028',
  '\u0085', '\u00a0', '\uFEFF', '<<: ', '~', 'null', '0x1F', '.inf', '@', '`', '%', '\\', 'a: ', 'a: b\n', 'x'.repeat(1030),
];
type Mutation =
  | { kind: 'insert'; at: number; text: string }
  | { kind: 'delete'; at: number; length: number }
  | { kind: 'indent'; at: number; by: number }
  | { kind: 'duplicate-line' | 'swap-lines'; at: number };
const mutationArb: fc.Arbitrary<Mutation> = fc.oneof(
  fc.record({ kind: fc.constant('insert' as const), at: fc.nat(), text: fc.oneof(fc.constantFrom(...SNIPPETS), fc.string({ maxLength: 4 })) }),
  fc.record({ kind: fc.constant('delete' as const), at: fc.nat(), length: fc.integer({ min: 1, max: 8 }) }),
  fc.record({ kind: fc.constant('indent' as const), at: fc.nat(), by: fc.integer({ min: -3, max: 3 }) }),
  fc.record({ kind: fc.constantFrom('duplicate-line' as const, 'swap-lines' as const), at: fc.nat() }),
);

function mutate(text: string, m: Mutation): string {
  const at = text.length === 0 ? 0 : m.at % (text.length + 1);
  const lines = text.split('\n');
  const line = m.at % lines.length;
  switch (m.kind) {
    case 'insert':
      return text.slice(0, at) + m.text + text.slice(at);
    case 'delete':
      return text.slice(0, at) + text.slice(at + m.length);
    case 'indent': {
      const current = lines[line] ?? '';
      lines[line] = m.by >= 0 ? ' '.repeat(m.by) + current : current.replace(new RegExp(`^ {0,${-m.by}}`), '');
      return lines.join('\n');
    }
    case 'duplicate-line':
      return [...lines.slice(0, line + 1), lines[line] ?? '', ...lines.slice(line + 1)].join('\n');
    case 'swap-lines': {
      const next = (line + 1) % lines.length;
      [lines[line], lines[next]] = [lines[next] ?? '', lines[line] ?? ''];
      return lines.join('\n');
    }
  }
}

// Not the 200-code synthetic spec: three parses of it per run would make the run slow.
const SPECS = plainSpecs.map(([, text]) => text).filter((text) => text.length < 50_000);
const baseArb = fc.oneof(
  fc.constantFrom(...SPECS, syntheticSpec(2)),
  fc.tuple(rootArb, styleArb).map(([data, style]) => yamlOf(data, style) ?? ''),
);

// ---------------------------------------------------------------------------------

describe('the CST path', () => {
  it.each(plainSpecs)('reads %s itself, exactly as the Composer path does', (_name, text) => {
    expect(cstData(tokens(text), DEFAULT_LIMITS.maxDepth)).toBeDefined();
    expect(check(text)).toBe(true);
    // Line ends and a byte order mark as read-source would not normalize them.
    check(text.replace(/\n/g, '\r\n'));
    expect(check(`\uFEFF${text}`)).toBe(true);
  });

  it.each(fixtures)('agrees with the Composer path on %s', (path) => {
    check(read(path));
  });

  it('keeps __proto__ an own data property, and Object.prototype untouched', () => {
    const text = '__proto__:\n  polluted: yes\nx:\n  __proto__: [1]\n  constructor: { __proto__: 2 }\n';
    const fast = cstData(tokens(text), DEFAULT_LIMITS.maxDepth);
    const data = fast?.data as Record<string, Record<string, unknown>>;
    expect(Object.getPrototypeOf(data)).toBe(Object.prototype);
    expect(Object.getOwnPropertyDescriptor(data, '__proto__')?.value).toEqual({ polluted: 'yes' });
    expect(Object.keys(data['x'] ?? {})).toEqual(['__proto__', 'constructor']);
    expect(({} as Record<string, unknown>)['polluted']).toBeUndefined();
    expect(check(text)).toBe(true);
  });

  it.each([
    // Scalars of every core-schema type, as values and as keys.
    'a: 0o17\nb: 0x1F\nc: +12\nd: -0\ne: .5\nf: 1e3\ng: .inf\nh: -.Inf\ni: .NaN\nj: ~\nk: Null\nl: TRUE\nm: 1_000\nn: 0b1\no: 012\np: 1.\nq: +.5e-3\nr: 99999999999999999999\n',
    '200: a\n1.0: b\nnull: c\ntrue: d\n~: e\n-0: f\n0x1F: g\n"x": h\n\'y\': i\n',
    "a: 'it''s'\nb: \"\\x41\\u263A\\U0001F642\\n\\t\\\\\"\nc: \"a\\\n  b\"\nd: \"\\q\"\ne: '\nf: \"\n",
    'a: |\n  x\n   y\n\n  z\nb: >\n  x\n  y\n\n   z\n  w\nc: |-\n  x\n\nd: >+\n  x\n\n\ne: |2\n    x\nf: |\n x\ng: |x\n  y\nh: |\nx\n',
    'a: |\n\n   x\n  y\nb: >1-\n  x\n',
    'a: plain\n  continued\n\n  after a blank\nb: "quoted\n  continued"\nc: \'single\n\n  x\'\n',
    // Comments, empty values, documents.
    'a: 1 # c\nb: 2#not\nc: "x"#c\nd: [x]#c\ne: {f: g} #c\n',
    'a:\nb: # c\n  # d\nc:\n- \n-\n  # c\n- x\n# end\n',
    'a:\n  b: # c\nd: 1\n',
    'a:\n  - # c\nd: 1\n',
    'a: [x]#c\n',
    'a: [x,#c\n  ]\n',
    '"a":#c\n',
    '- "a"#c\n',
    '{a:#c}\n',
    '# top\n\n---\na: 1\n...\n',
    '--- # c\na: 1\n',
    '--- a: 1\n',
    '---\n- a\n',
    '--- [a]\n',
    '%YAML 1.2\n---\na: 1\n',
    'a: 1\n---\nb: 2\n',
    '',
    '# only\n',
    'a\n',
    '"a"\n',
    '[]\n',
    '{}\n',
    // Indentation, tabs, compact forms.
    'a: 1\n b: 2\n',
    'a:\n  b: 1\n c: 2\n',
    'a:\n\t- b\n',
    'a:\t1\nb: 2\t\nc:\t\t[x,\ty]\n',
    '\ta: 1\n',
    'a:\n  -\tb\n',
    'a: b\n\t# x\nc: d\n',
    'a:\n \tb\n',
    'a: [b]\n\tc: d\n',
    'a:\n  - b\n  \t- c\n',
    '- \t- a\n',
    '-\t- a\n',
    '- - a\n  - b\n- c: 1\n  d: 2\n-   e: 3\n',
    'a: b: c\n',
    'a:\n- b\n- c\nd: e\n',
    '? a\n: b\n',
    '? a\n? b\n',
    'a: : b\n',
    '? a\n',
    ': b\n',
    'a\n: b\n',
    '"a\n b": 1\n',
    `${'x'.repeat(1030)}: 1\n`,
    `"${'x'.repeat(1030)}": 1\n`,
    // Anchors, aliases, tags, merge keys, duplicates.
    'a: &x 1\nb: *x\n',
    'a: !!str 1\n',
    '!!map\na: 1\n',
    '<<: {a: 1}\n',
    '"<<": 1\n',
    'a: 1\na: 2\n',
    '1: a\n"1": b\n',
    // Flow collections.
    'a: [b, c, ]\nd: {e: f, g: [h, {i: j}], k: }\n',
    'a: [b, , c]\n',
    'a: [, b]\n',
    'a: {b, c: d}\n',
    'a: {b: 1,}\n',
    'a: [b: 1]\n',
    'a: {? b : 1}\n',
    'a: [b,\n  c]\n',
    'a: [b,\nc]\n',
    'a: [\n  b, # c\n  c\n  ]\n',
    'a: {b: 1, b: 2}\n',
    '[a, # c\n , b]\n',
    '[ # c\n a]\n',
    '[a,\n\n]\n',
    '[a, ,]\n',
    '[,]\n',
    '[a ,, b]\n',
    '{a: 1, , b: 2}\n',
    '{a: : b}\n',
    '{a :: b}\n',
    '{? a: 1}\n',
    'a:: b\n',
    '- -\n',
    'a: {"b": 1, c : 2}\n',
    'a: [b c, "d,e", \'f\']\n',
    'a: [b]]\n',
    'a: [b}\n',
    'a: {b: [c}\n',
    '[a, b]\n',
    '{a: b}\n',
    '[a, b] # c\n',
    '[a, b] x\n',
    // Characters a plain scalar may not start with.
    'a: @b\n',
    'a: `b\n',
    'a: %b\n',
    'a: |b\n',
    'a: ,b\n',
    '- @b\n',
  ])('agrees on %j', (text) => {
    check(text);
  });

  it('agrees at and beyond the depth bound, and reads all that is within it', () => {
    for (let maxDepth = 0; maxDepth <= 4; maxDepth++) {
      const limits: ParseLimits = { maxAliasNodes: DEFAULT_LIMITS.maxAliasNodes, maxDepth };
      const exact = (text: string) => {
        const refused = parseYamlComposed({ path: 'spec.yaml', text }, limits).diagnostics.length > 0;
        expect(check(text, limits), `${JSON.stringify(text)} with maxDepth ${maxDepth}`).toBe(!refused);
      };
      for (let depth = 0; depth <= 7; depth++) {
        const maps = Array.from({ length: depth }, (_, i) => `${'  '.repeat(i)}k${i}:\n`).join('');
        exact(`${maps}${'  '.repeat(depth)}leaf: x\n`);
        exact(`${maps}${'  '.repeat(depth)}empty:\n`);
        exact(`${'- '.repeat(depth + 1)}x\n`);
        exact(`${'- '.repeat(depth + 1)}\n`);
        exact(`a: ${'['.repeat(depth)}x${']'.repeat(depth)}\n`);
        exact(`a: ${'{b: '.repeat(depth)}x${'}'.repeat(depth)}\n`);
        exact(`a: ${'{b: '.repeat(depth)}${'}'.repeat(depth)}\n`);
      }
    }
  });

  it('agrees on generated data written in every style yaml offers', () => {
    let accepted = 0;
    fc.assert(
      fc.property(rootArb, styleArb, (data, style) => {
        const text = yamlOf(data, style);
        if (text !== undefined && check(text)) accepted++;
      }),
      { numRuns: runs(300), ...seed() },
    );
    // Most of it is plain YAML: the comparison above is not vacuous.
    expect(accepted).toBeGreaterThan(runs(300) / 3);
  }, timeoutFor(runs(300), 30));

  it('agrees on randomly broken YAML, and never reads what the Composer path refuses', () => {
    let accepted = 0;
    fc.assert(
      fc.property(baseArb, fc.array(mutationArb, { minLength: 1, maxLength: 4 }), (base, mutations) => {
        let text = base;
        for (const m of mutations) text = mutate(text, m);
        if (check(text)) accepted++;
      }),
      { numRuns: runs(1000), ...seed() },
    );
    expect(accepted).toBeGreaterThan(runs(1000) / 10);
  }, timeoutFor(runs(1000), 30));
});
