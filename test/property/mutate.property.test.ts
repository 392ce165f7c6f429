// Property: whatever is done to a valid spec (keys dropped, values of the wrong type,
// hostile strings and keys, entries duplicated, the YAML text cut, spliced or
// reordered), loading it gives either a clean list of diagnostics or a model whose
// outputs generate: never an uncaught exception, never a diagnostic that points outside
// the file or prints a control character.
//
// Default size: 150 structural and 150 textual mutations. ERRSPEC_PROPERTY_RUNS=N for more.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { rules } from '../../generators/diagnostics/catalog.js';
import type { Diagnostic } from '../../generators/diagnostics/diagnostic.js';
import { formatDiagnostic, toJson } from '../../generators/diagnostics/format.js';
import { readMarkdownTemplates } from '../../generators/load/templates.js';
import { runGenerators } from '../../generators/pipeline/generate.js';
import { loadSpecSource } from '../../generators/pipeline/load-spec.js';
import { mutate, mutateText, mutationArb, runs, seed, specArb, textMutationArb, timeoutFor, toYaml, yamlStyleArb } from './arbitraries.js';

const RUNS = runs(150);

const KNOWN = new Set(Object.keys(rules));
// What a terminal must never receive from a diagnostic: control characters (the code
// frame's own newlines and tabs aside), bidi overrides and isolates.
const UNSAFE = /[\u0000-\u0008\u000B-\u001F\u007F-\u009F\u202A-\u202E\u2066-\u2069]/;

function checkDiagnostics(text: string, diagnostics: readonly Diagnostic[]): void {
  for (const d of diagnostics) {
    expect(KNOWN.has(d.rule), d.rule).toBe(true);
    expect(d.severity).toBe(rules[d.rule].severity);
    expect(d.message.length).toBeGreaterThan(0);
    expect(d.message).not.toMatch(UNSAFE);
    if (d.span) {
      expect(d.span.start).toBeGreaterThanOrEqual(0);
      expect(d.span.start).toBeLessThanOrEqual(text.length);
      expect(d.span.end).toBeGreaterThanOrEqual(d.span.start);
    }
    // Printing never throws and never carries an unsafe character either.
    expect(formatDiagnostic(d).replace(/\n/g, ' ')).not.toMatch(UNSAFE);
    expect(() => JSON.stringify(toJson(d))).not.toThrow();
  }
}

const protoNames = () => Object.getOwnPropertyNames(Object.prototype).sort().join(',');

async function loadAndMaybeGenerate(text: string): Promise<'diagnostics' | 'generated'> {
  const before = protoNames();
  const loaded = loadSpecSource({ path: 'mutated.yaml', text });
  checkDiagnostics(text, loaded.diagnostics);
  expect(protoNames()).toBe(before);
  expect(({} as Record<string, unknown>)['polluted']).toBeUndefined();
  if (!loaded.model) {
    expect(loaded.diagnostics.some((d) => d.severity === 'error')).toBe(true);
    return 'diagnostics';
  }
  const files = await runGenerators(loaded.model, { command: 'npm run generate' }, {}, () => readMarkdownTemplates());
  expect(files.length).toBeGreaterThan(0);
  for (const f of files) expect(f.contents.endsWith('\n'), f.path).toBe(true);
  return 'generated';
}

describe('mutated specs: diagnostics or outputs, never a crash', () => {
  it('structural mutations of the data', async () => {
    const seen = { diagnostics: 0, generated: 0 };
    await fc.assert(
      fc.asyncProperty(specArb, fc.array(mutationArb, { minLength: 1, maxLength: 4 }), yamlStyleArb, async (spec, mutations, style) => {
        const data = structuredClone(spec) as unknown;
        for (const m of mutations) mutate(data, m);
        seen[await loadAndMaybeGenerate(toYaml(data, style))]++;
      }),
      { numRuns: RUNS, ...seed() },
    );
    // Both outcomes happen, so the property is about something.
    expect(seen.diagnostics).toBeGreaterThan(0);
  }, timeoutFor(RUNS, 300));

  it('textual mutations of the YAML', async () => {
    const seen = { diagnostics: 0, generated: 0 };
    await fc.assert(
      fc.asyncProperty(specArb, fc.array(textMutationArb, { minLength: 1, maxLength: 3 }), async (spec, mutations) => {
        let text = toYaml(spec);
        for (const m of mutations) text = mutateText(text, m);
        seen[await loadAndMaybeGenerate(text)]++;
      }),
      { numRuns: RUNS, ...seed() },
    );
    expect(seen.diagnostics).toBeGreaterThan(0);
    expect(seen.generated).toBeGreaterThan(0);
  }, timeoutFor(RUNS, 300));
});
