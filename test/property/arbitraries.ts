// Random valid specs, and random ways to break them, for the property tests.
//
// A valid spec here is valid by construction (names in the convention and unique even
// ignoring case, params used in every locale, references declared), with texts full of
// what breaks outputs: markdown and table syntax, comment ends, HTML, quotes,
// backslashes, non-ASCII and right-to-left text. Texts are then filtered through the
// brace rule only, since random tokens can line up into `{ word }`.
import fc from 'fast-check';
import { parse, stringify } from 'yaml';
import { RESERVED_NAMES } from '../../generators/validate/rules/names.js';
import { scanBraces } from '../../generators/validate/rules/text-safety.js';
import { isBlank } from '../../generators/util/blank.js';
import { DANGEROUS_KEYS } from '../../generators/validate/context.js';

/** `ERRSPEC_PROPERTY_RUNS=N` runs every property N times instead of its default. */
export function runs(base: number): number {
  const env = Number(process.env['ERRSPEC_PROPERTY_RUNS']);
  return Number.isInteger(env) && env > 0 ? env : base;
}

/** A test timeout for a property of `n` runs taking up to `perRun` ms each. */
export const timeoutFor = (n: number, perRun: number): number => 60_000 + n * perRun;

/**
 * fast-check parameters from the environment: `ERRSPEC_PROPERTY_SEED=N` replays a run
 * (a failure prints its seed); `ERRSPEC_PROPERTY_SHRINK=1` shrinks a counterexample,
 * which is off by default because each shrink step reruns the whole pipeline.
 */
export function seed(): { seed?: number; endOnFailure: boolean } {
  const env = Number(process.env['ERRSPEC_PROPERTY_SEED']);
  const endOnFailure = process.env['ERRSPEC_PROPERTY_SHRINK'] !== '1';
  return Number.isInteger(env) && process.env['ERRSPEC_PROPERTY_SEED'] !== undefined ? { seed: env, endOnFailure } : { endOnFailure };
}

export type Naming = 'SCREAMING_SNAKE_CASE' | 'PascalCase' | 'camelCase' | 'snake_case';
type Text = Record<string, string>;

export interface SpecData {
  errspec: 1;
  id: string;
  title: Text;
  codes: { type: 'integer' | 'string'; naming: Naming };
  locales: { source: string; targets?: string[]; fallback?: Record<string, string> };
  defaults?: { http: number };
  http?: false;
  scenes: Record<string, { title: Text }>;
  classifications: Record<string, { retry: string; advice: Text; note?: Text }>;
  errors: Array<Record<string, unknown>>;
  uncoded?: Array<Record<string, unknown>>;
}

// Names that are valid in their convention yet collide with JavaScript built-ins: an
// object used as a lookup table without care would find them on Object.prototype.
const TRICKY: Record<Naming, readonly string[]> = {
  SCREAMING_SNAKE_CASE: ['A', 'A1', 'NAN_VALUE', 'ERROR', 'OBJECT'],
  PascalCase: ['Object', 'Function', 'Symbol', 'Error', 'ErrorCode', 'Promise', 'Array', 'String', 'Number', 'Boolean', 'Map'],
  camelCase: ['hasOwnProperty', 'toString', 'valueOf', 'isPrototypeOf', 'propertyIsEnumerable', 'toLocaleString', 'then', 'name', 'length', 'call', 'apply', 'bind'],
  snake_case: ['then', 'name', 'length', 'call', 'apply', 'bind', 'error_code', 'object', 'a'],
};
const NAME_PATTERN: Record<Naming, RegExp> = {
  SCREAMING_SNAKE_CASE: /^[A-Z][A-Z0-9]{0,6}(_[A-Z0-9]{1,5}){0,3}$/,
  PascalCase: /^[A-Z][A-Za-z0-9]{0,12}$/,
  camelCase: /^[a-z][A-Za-z0-9]{0,12}$/,
  snake_case: /^[a-z][a-z0-9]{0,6}(_[a-z0-9]{1,5}){0,3}$/,
};
const nameArb = (naming: Naming) =>
  fc.oneof({ weight: 3, arbitrary: fc.stringMatching(NAME_PATTERN[naming]) }, { weight: 1, arbitrary: fc.constantFrom(...TRICKY[naming]) })
    .filter((n) => !RESERVED_NAMES.has(n));

const slugArb = fc.stringMatching(/^[a-z][a-z0-9]{0,6}(-[a-z0-9]{1,4}){0,2}$/).filter((s) => !DANGEROUS_KEYS.has(s));

const TARGETS = ['zh-CN', 'ar', 'de', 'ja', 'pt-BR', 'zh-Hant-TW', 'es-419', 'he'];
const PARAMS = ['storeId', 'count', 'userName', 'constructor', 'toString', 'valueOf', 'x'];

// Pieces of text that break one output or another when not escaped. (A URL with `&`
// is left out: the markdown generator writes `&amp;`, which GFM autolink literals keep
// as is, so micromark/remark show "c&amp;d"; reported to the markdown generator.)
const SPECIAL = [
  '|', '| --- |', '||', '*/', '/*', '*/ }); process.exit(1); /*', '`', '``', '```', '<script>alert(1)</script>', '</td>', '<br>',
  '&amp;', '&lt;', '&#124;', '\\', '\\n', '\\|', '"', "'", "''", '#', '## x', '---', '***', '_x_', '*y*', '[a](http://x)', '![i](x)',
  '<!--', '-->', '%s', '%d', '$', '$1', '$&', '{', '}', '{ }', '});', '{"a": 1}', '<', '>', '&', '@', '~', '^', ':', ': x', '- ',
  '1.', '> q', '?', '!', '=', '+', 'null', 'true', '0', '-1', '0x1F', '…', '\u00A0', '\uFEFF', '\u200E', '\u200F', '\u200D', '\u200B',
  '\u2028', '\u2029', 'مرحبا بالعالم', 'שלום', '中文说明', '日本語', 'ё', '🙂', '👩‍💻', 'e\u0301', 'http://example.com/a?b=c', 'www.example.com',
  '${', '` + x + `', '</a>', '"]', "'; DROP TABLE x; --", '%%', '\\u0041', '@@', '{{', '}}',
];
const wordArb = fc.string({ unit: fc.constantFrom(...'abcdefgXYZ0189 éñß中文ёΩ'.split('')), minLength: 1, maxLength: 8 });
const tokenArb = fc.oneof({ weight: 2, arbitrary: wordArb }, { weight: 1, arbitrary: fc.constantFrom(...SPECIAL) });
const sepArb = fc.constantFrom(' ', ' ', ' ', '\n', '\t', '  ', '\n\n');

/** A text using exactly the given placeholders (each at least once), valid under the brace rule, not blank. */
function textArb(params: readonly string[]): fc.Arbitrary<string> {
  return fc
    .tuple(fc.array(tokenArb, { minLength: 1, maxLength: 7 }), fc.array(sepArb, { minLength: 10, maxLength: 10 }), fc.array(fc.nat(), { minLength: params.length, maxLength: params.length }))
    .map(([tokens, seps, where]) => {
      const all = [...tokens];
      params.forEach((p, i) => all.splice((where[i] ?? 0) % (all.length + 1), 0, `{{${p}}}`));
      return all.map((t, i) => (i === 0 ? t : `${seps[i % seps.length] ?? ' '}${t}`)).join('');
    })
    // A blank text (a lone U+00A0 or U+2029) counts as missing: not a valid one.
    .filter((t) => !isBlank(t) && scanBraces(t).problems.length === 0 && new Set(scanBraces(t).placeholders.map((p) => p.name)).size === params.length);
}

type Gen = fc.GeneratorValue;

function localized(g: Gen, locales: readonly string[], optional: ReadonlySet<string>, params: readonly string[] = []): Text {
  const out: Text = {};
  for (const locale of locales) {
    if (optional.has(locale) && g(fc.boolean)) continue;
    out[locale] = g(() => textArb(params));
  }
  return out;
}

const stringCodeArb = fc
  .oneof(
    fc.stringMatching(/^[a-z][a-z0-9_]{0,15}$/),
    fc.stringMatching(/^[0-9A-Z]{5}$/),
    fc.constantFrom('00000', '22012', 'card_declined', 'E-1', 'a b', ' lead', '*/', '</a><script>x</script>', '"q"', "it's", 'a|b', '`x`', '错误码', '💥', 'toString', 'hasOwnProperty', 'a.b', '#x', '0', '-1', 'null', 'true'),
  )
  .filter((c) => !DANGEROUS_KEYS.has(c));

const intCodeArb = fc.oneof(
  fc.integer({ min: -10_000_000, max: 10_000_000 }),
  fc.constantFrom(0, 1, -1, -9990001, Number.MAX_SAFE_INTEGER, -Number.MAX_SAFE_INTEGER, 2 ** 31, -(2 ** 31)),
).map((n) => (Object.is(n, -0) ? 0 : n));

export const specArb: fc.Arbitrary<SpecData> = fc.gen().map((g) => {
  const naming = g(() => fc.constantFrom<Naming[]>('SCREAMING_SNAKE_CASE', 'PascalCase', 'camelCase', 'snake_case'));
  // Each code its own status, a default for those without, or no HTTP mapping at all.
  const httpMode = g(() => fc.constantFrom('own', 'defaults', 'none'));
  const status = () => g(fc.integer, { min: 100, max: 599 });
  const codeType = g(() => fc.constantFrom<Array<'integer' | 'string'>>('integer', 'string'));
  const targets = g(() => fc.subarray(TARGETS, { maxLength: 3 }));
  const fallbackTo = g(() => fc.subarray(targets));
  const locales = ['en', ...targets];
  const optional = new Set(fallbackTo);

  const scenes = g(() => fc.uniqueArray(slugArb, { minLength: 1, maxLength: 3 }));
  const classes = g(() => fc.uniqueArray(slugArb, { minLength: 1, maxLength: 3 }));
  const count = g(fc.integer, { min: 1, max: 5 });
  const names = g(() => fc.uniqueArray(nameArb(naming), { minLength: count, maxLength: count * 2, selector: (n) => n.toLowerCase() }));
  const codes = codeType === 'integer'
    ? g(() => fc.uniqueArray(intCodeArb, { minLength: count, maxLength: count }))
    : g(() => fc.uniqueArray(stringCodeArb, { minLength: count, maxLength: count }));

  const cause = (id: string) => {
    const params = g(() => fc.subarray(PARAMS, { maxLength: 2 }));
    return {
      id,
      scene: g(fc.constantFrom, ...scenes),
      classification: g(fc.constantFrom, ...classes),
      ...(params.length ? { params } : {}),
      explanation: localized(g, locales, optional, params),
      // Severity, also in its old spelling; never `error`, which a not-an-error class refuses.
      ...[{}, {}, { informational: true }, { severity: 'warning' }, { severity: 'info' }][g(fc.nat, 4)],
      ...(httpMode !== 'none' && g(fc.nat, 3) === 0 ? { http: status() } : {}),
      ...(g(fc.nat, 3) === 0 ? { note: localized(g, locales, optional) } : {}),
    };
  };

  const errors = codes.map((code, i) => {
    const params = g(() => fc.subarray(PARAMS, { maxLength: 1 }));
    const causeIds = g(() => fc.uniqueArray(slugArb, { maxLength: 3 }));
    // The extra names: former names of the first code, other current names of the second.
    const extraNames = names.slice(count);
    const half = count > 1 ? Math.ceil(extraNames.length / 2) : extraNames.length;
    const aliases = i === 0 ? extraNames.slice(0, half) : [];
    const synonyms = i === 1 ? extraNames.slice(half) : [];
    const ownHttp = httpMode === 'own' || (httpMode === 'defaults' && g(fc.boolean));
    return {
      code,
      name: names[i],
      ...(aliases.length ? { aliases } : {}),
      ...(synonyms.length ? { synonyms } : {}),
      ...(ownHttp ? { http: status() } : {}),
      ...(params.length ? { params } : {}),
      summary: localized(g, locales, optional, params),
      ...(g(fc.nat, 4) === 0 ? { note: localized(g, locales, optional) } : {}),
      ...(g(fc.nat, 4) === 0 ? { retired: { since: g(fc.constantFrom, '2.0.0', '2024-01-31', '3.0.0-rc.1'), reason: localized(g, locales, optional) } } : {}),
      ...(causeIds.length ? { causes: causeIds.map(cause) } : {}),
    };
  });
  const uncodedIds = g(() => fc.uniqueArray(slugArb, { maxLength: 2 }));

  return {
    errspec: 1,
    id: g(() => slugArb),
    title: localized(g, locales, optional),
    codes: { type: codeType, naming },
    ...(httpMode === 'defaults' ? { defaults: { http: status() } } : httpMode === 'none' ? { http: false as const } : {}),
    locales: {
      source: 'en',
      ...(targets.length ? { targets } : {}),
      ...(fallbackTo.length ? { fallback: Object.fromEntries(fallbackTo.map((l) => [l, 'en'])) } : {}),
    },
    scenes: Object.fromEntries(scenes.map((id) => [id, { title: localized(g, locales, optional) }])),
    classifications: Object.fromEntries(
      classes.map((id) => [id, { retry: g(fc.constantFrom, 'never', 'may', 'not-an-error'), advice: localized(g, locales, optional), ...(g(fc.nat, 3) === 0 ? { note: localized(g, locales, optional) } : {}) }]),
    ),
    errors,
    ...(uncodedIds.length ? { uncoded: uncodedIds.map(cause) } : {}),
  } satisfies SpecData;
});

/**
 * YAML text of a spec, in one of several styles (block, flow, quoted, block scalars).
 * Kept to what yaml 2.9's stringify writes faithfully: with `indent: 4` a `|2-` block
 * keeps the wrong indentation indicator, and folding at a short lineWidth adds a leading
 * newline to `>-` scalars or, in flow collections, the word "undefined" to a double-
 * quoted one. The properties also check the round trip and skip a spec that fails it.
 */
export const yamlStyleArb = fc.record({
  defaultStringType: fc.constantFrom('PLAIN', 'QUOTE_DOUBLE', 'QUOTE_SINGLE', 'BLOCK_LITERAL', 'BLOCK_FOLDED'),
  collectionStyle: fc.constantFrom('any', 'block', 'flow'),
  lineWidth: fc.constantFrom(0, 80),
}) as fc.Arbitrary<Parameters<typeof stringify>[2] & object>;

export const toYaml = (spec: unknown, style: Parameters<typeof stringify>[2] = {}): string => stringify(spec, style as never);

/** Whether the YAML reads back as exactly the data it was written from. */
export const roundTrips = (spec: unknown, text: string): boolean => {
  try {
    return JSON.stringify(parse(text)) === JSON.stringify(spec);
  } catch {
    return false;
  }
};

// ---------------------------------------------------------------------------------
// Mutations: structural (on the data) and textual (on the YAML).

const HOSTILE = [
  '__proto__', 'constructor', 'prototype', '\u202E', 'a\u2066b', '\u0000', '\u0007', '\u200B', '\uFEFF', '\uD800', 'x\r\ny', '{{lookup}}',
  '{{- x}}', '$t(title)', '{x}', '${x}', '*/', '| --- |', '<script>', '', ' ', 'null', '-0', '1e3', '0x10', 'en_US', 'zh-CN', '{{',
  'a'.repeat(500), '🙂', '\\', '"', "'",
];
export const jsonValueArb: fc.Arbitrary<unknown> = fc.oneof(
  fc.constantFrom(...HOSTILE),
  fc.constantFrom(null, true, false, 0, -0, 1.5, -1, 2 ** 53 + 2, 1e21, Number.NaN, Number.POSITIVE_INFINITY),
  fc.string({ maxLength: 12 }),
  fc.integer(),
  fc.constant([]),
  fc.constant({}),
  fc.dictionary(fc.constantFrom('__proto__', 'en', 'zh-CN', 'title', 'x', 'constructor'), fc.string({ maxLength: 5 }), { maxKeys: 3 }),
  fc.array(fc.oneof(fc.string({ maxLength: 5 }), fc.integer()), { maxLength: 3 }),
);

export type Mutation =
  | { kind: 'drop'; at: number }
  | { kind: 'replace'; at: number; value: unknown }
  | { kind: 'hostile-key'; at: number; key: string; value: unknown }
  | { kind: 'duplicate'; at: number };

export const mutationArb: fc.Arbitrary<Mutation> = fc.oneof(
  fc.record({ kind: fc.constant('drop' as const), at: fc.nat() }),
  fc.record({ kind: fc.constant('replace' as const), at: fc.nat(), value: jsonValueArb }),
  fc.record({ kind: fc.constant('hostile-key' as const), at: fc.nat(), key: fc.constantFrom(...HOSTILE.filter((h) => h.length > 0)), value: jsonValueArb }),
  fc.record({ kind: fc.constant('duplicate' as const), at: fc.nat() }),
);

type Container = Record<string, unknown> | unknown[];

/** Every container in the data with each of its keys: the places a mutation can hit. */
function slots(data: unknown): Array<[Container, string | number]> {
  const out: Array<[Container, string | number]> = [];
  const walk = (node: unknown) => {
    if (Array.isArray(node)) node.forEach((v, i) => (out.push([node, i]), walk(v)));
    else if (node !== null && typeof node === 'object') for (const [k, v] of Object.entries(node)) (out.push([node as Container, k]), walk(v));
  };
  walk(data);
  return out;
}

/** Applies a mutation in place (the data is a fresh copy). Keys are set as own data. */
export function mutate(data: unknown, m: Mutation): void {
  const all = slots(data);
  if (all.length === 0) return;
  const [container, key] = all[m.at % all.length]!;
  const set = (c: Container, k: string | number, v: unknown) =>
    Object.defineProperty(c, k, { value: v, enumerable: true, writable: true, configurable: true });
  switch (m.kind) {
    case 'drop':
      if (Array.isArray(container)) container.splice(key as number, 1);
      else delete container[key as string];
      break;
    case 'replace':
      set(container, key, structuredClone(m.value));
      break;
    case 'hostile-key': {
      const target = (container as Record<string | number, unknown>)[key];
      if (target !== null && typeof target === 'object' && !Array.isArray(target)) set(target as Container, m.key, structuredClone(m.value));
      else if (!Array.isArray(container)) set(container, m.key, structuredClone(m.value));
      break;
    }
    case 'duplicate': {
      const value = structuredClone((container as Record<string | number, unknown>)[key]);
      if (Array.isArray(container)) container.splice(key as number, 0, value);
      else set(container, `${String(key)}x`, value);
      break;
    }
  }
}

export type TextMutation =
  | { kind: 'insert'; at: number; text: string }
  | { kind: 'delete'; at: number; length: number }
  | { kind: 'truncate'; at: number }
  | { kind: 'duplicate-line'; at: number }
  | { kind: 'swap-lines'; at: number };

export const textMutationArb: fc.Arbitrary<TextMutation> = fc.oneof(
  fc.record({ kind: fc.constant('insert' as const), at: fc.nat(), text: fc.oneof(fc.constantFrom('\t', ':', '- ', '[', ']', '{', '}', '&a ', '*a', '!!binary ', '<<: ', '%YAML 1.1\n', '---\n', '"', "'", '#', '\n', '  ', '? ', '|', '>', '\uFEFF', '\u202E', '\u0000'), fc.string({ maxLength: 6 })) }),
  fc.record({ kind: fc.constant('delete' as const), at: fc.nat(), length: fc.integer({ min: 1, max: 20 }) }),
  fc.record({ kind: fc.constant('truncate' as const), at: fc.nat() }),
  fc.record({ kind: fc.constant('duplicate-line' as const), at: fc.nat() }),
  fc.record({ kind: fc.constant('swap-lines' as const), at: fc.nat() }),
);

export function mutateText(text: string, m: TextMutation): string {
  const at = text.length === 0 ? 0 : m.at % text.length;
  const lines = text.split('\n');
  const line = lines.length === 0 ? 0 : m.at % lines.length;
  switch (m.kind) {
    case 'insert':
      return text.slice(0, at) + m.text + text.slice(at);
    case 'delete':
      return text.slice(0, at) + text.slice(at + m.length);
    case 'truncate':
      return text.slice(0, at);
    case 'duplicate-line':
      return [...lines.slice(0, line + 1), lines[line] ?? '', ...lines.slice(line + 1)].join('\n');
    case 'swap-lines':
      return line + 1 < lines.length ? [...lines.slice(0, line), lines[line + 1] ?? '', lines[line] ?? '', ...lines.slice(line + 2)].join('\n') : text;
  }
}
