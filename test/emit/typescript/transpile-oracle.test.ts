// The generator writes `.js` and `.d.ts` itself; here each must equal, byte for byte,
// what the compiler emits from the `.ts` beside it (transpile-oracle.ts). Checked for
// every fixture spec, the real spec, the sample models, random valid specs, and random
// models whose texts, codes and params are full of what a printer might rewrite.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { generateTypeScript } from '../../../generators/emit/typescript/index.js';
import type { Cause, CodeValue, ErrorModel, GeneratedFile, Localized } from '../../../generators/model/types.js';
import { loadSpecSource } from '../../../generators/pipeline/load-spec.js';
import { roundTrips, runs, seed, specArb, timeoutFor, toYaml } from '../../property/arbitraries.js';
import { repoRoot } from '../../support/cli.js';
import { sampleModel } from '../../support/sample-model.js';
import { options, stringModel } from './support.js';
import { transpileDts, transpileJs } from './transpile-oracle.js';

/** Every .ts of a run against the compiler's .js and .d.ts for it. */
function expectCompilerOutput(files: readonly GeneratedFile[]): void {
  const byPath = new Map(files.map((f) => [f.path, f.contents]));
  // The fixed runtime (ts/runtime/) is compiled by ts-morph ahead of time; runtime-files.test.ts guards it.
  const sources = files.filter((f) => f.path.endsWith('.ts') && !f.path.endsWith('.d.ts') && !f.path.startsWith('ts/runtime/'));
  expect(sources.map((f) => f.path)).toEqual(expect.arrayContaining(['ts/error-code.ts', 'ts/error-code-const.ts', 'ts/core.ts', 'ts/catalog.ts', 'ts/i18next.ts']));
  for (const { path, contents } of sources) {
    const header = contents.slice(0, contents.indexOf('\n'));
    const base = path.slice(0, -'.ts'.length);
    expect(byPath.get(`${base}.js`), `${base}.js`).toBe(transpileJs(contents, path, header));
    expect(byPath.get(`${base}.d.ts`), `${base}.d.ts`).toBe(transpileDts(contents, path, header));
  }
}

function load(path: string, text: string): ErrorModel | undefined {
  return loadSpecSource({ path, text }).model;
}

const fixtureSpecs = readdirSync(join(repoRoot, 'test/fixtures'))
  .map((dir) => `test/fixtures/${dir}/spec.yaml`)
  .filter((path) => existsSync(join(repoRoot, path)));

// Cold, the compiler takes a few seconds to load on a busy machine.
describe('.js and .d.ts equal the compiler output', { timeout: 120_000 }, () => {
  it('finds the fixture specs', () => {
    expect(fixtureSpecs.length).toBeGreaterThanOrEqual(3);
  });

  it.each([...fixtureSpecs, 'spec/errors.yaml'])('%s', (path) => {
    const model = load(path, readFileSync(join(repoRoot, path), 'utf8'));
    // A fixture that is meant to be invalid has nothing to generate.
    if (model === undefined) return;
    expectCompilerOutput(generateTypeScript(model, options));
  });

  it.each([
    ['the sample model', sampleModel],
    ['string codes', stringModel],
    ['no codes and no uncoded causes', { ...sampleModel, codes: [], uncoded: [] }],
    ['no scenes or classifications either', { ...stringModel, codes: [], uncoded: [], scenes: [], classifications: [] }],
  ])('%s', (_, model) => {
    expectCompilerOutput(generateTypeScript(model, options));
  });
});

// Pieces a printer escapes, re-indents or trims differently from what was written.
const PIECES = [
  '"', "'", '`', '\\', '*/', '/*', '/**', '${', '${x}', '}', '</script>', '<!--', '-->', '\u2028', '\u2029', '\u0085',
  '\r\n', '\r', '\n', '\t', '\v', '\f', '\b', '\u0000', '\u00007', '\u001b', '\u007f', '\u00a0', '\ufeff', '\u3000',
  '\ud800', '\udfff', '😀', '👩‍💻', '中文', 'é', 'e\u0301', '\u202e', '@deprecated', ' @see', '{@link x}', '  ', ' ', 'a', '0', '-1', '|',
];
const hostileText = fc.oneof(
  fc.array(fc.constantFrom(...PIECES), { maxLength: 8 }).map((pieces) => pieces.join('')),
  fc.string({ unit: 'binary', maxLength: 10 }),
);

/** The sample model (integer or string codes, aliases, a retired code) with every text, code and param replaced. */
const hostileModelArb: fc.Arbitrary<ErrorModel> = fc.gen().map((g) => {
  const base = g(fc.boolean) ? stringModel : sampleModel;
  const text = (): string => g(() => hostileText);
  const localized = (): Localized => Object.fromEntries(base.locales.map((l) => [l, text()]));
  const params = (): string[] => g(() => fc.array(hostileText, { maxLength: 2 }));
  const code = (): CodeValue =>
    base.codeType === 'string'
      ? text()
      : g(() => fc.oneof(fc.integer({ min: -10_000_000, max: 10_000_000 }), fc.constantFrom(0, -1, Number.MAX_SAFE_INTEGER, -Number.MAX_SAFE_INTEGER)));
  const cause = (c: Cause): Cause => ({
    ...c,
    explanation: localized(),
    params: params(),
    ...(c.note ? { note: localized() } : {}),
  });
  return {
    ...base,
    id: text(),
    title: localized(),
    scenes: base.scenes.map((s) => ({ ...s, title: localized() })),
    classifications: base.classifications.map((c) => ({ ...c, advice: localized(), ...(c.note ? { note: localized() } : {}) })),
    codes: g(() => fc.subarray([...base.codes])).map((c) => ({
      ...c,
      code: code(),
      summary: localized(),
      params: params(),
      causes: c.causes.map(cause),
      ...(c.note ? { note: localized() } : {}),
      ...(c.retired ? { retired: { since: text(), reason: localized() } } : {}),
    })),
    uncoded: g(() => fc.subarray([...base.uncoded])).map(cause),
  };
});

describe('.js and .d.ts equal the compiler output for random input', () => {
  const specRuns = runs(25);
  it('random valid specs (names in each convention, integer or string codes, aliases, retired codes)', () => {
    fc.assert(
      fc.property(specArb, (spec) => {
        const text = toYaml(spec);
        fc.pre(roundTrips(spec, text));
        const model = load('spec.yaml', text);
        expect(model, 'a valid spec loads').toBeDefined();
        expectCompilerOutput(generateTypeScript(model!, options));
      }),
      { numRuns: specRuns, ...seed() },
    );
  }, timeoutFor(specRuns, 2000));

  const modelRuns = runs(100);
  it('random models with hostile texts, codes and params', () => {
    fc.assert(
      fc.property(hostileModelArb, (model) => {
        expectCompilerOutput(generateTypeScript(model, options));
      }),
      { numRuns: modelRuns, ...seed() },
    );
  }, timeoutFor(modelRuns, 1000));
});
