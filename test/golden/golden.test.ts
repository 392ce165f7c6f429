// Golden files: every output of each fixture spec, compared byte for byte.
// `UPDATE=1 npm test` rewrites them; review the diff before committing.
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkOutputs } from '../../generators/write/check.js';
import { writeOutputs } from '../../generators/write/writer.js';
import { repoRoot } from '../support/cli.js';
import { generateFiles, loadModel } from '../support/generate.js';
import { resolveSettings } from '../../generators/cli/settings.js';
import { runGenerators } from '../../generators/pipeline/generate.js';
import { readMarkdownTemplates } from '../../generators/load/templates.js';
import { GOLDEN_CASES as CASES } from './cases.js';


it('finds the cases', () => {
  expect(CASES).toEqual(expect.arrayContaining(['minimal', 'problem', 'ranges', 'snake-no-scenes', 'special-chars', 'status-catalog', 'string-codes']));
});

describe.each(CASES)('golden: %s', (name) => {
  it('matches expected/ byte for byte', async () => {
    const files = await generateFiles(`test/fixtures/${name}/spec.yaml`);
    const expectedDir = join(repoRoot, 'test/fixtures', name, 'expected');
    if (process.env['UPDATE'] === '1') writeOutputs(expectedDir, files);
    const result = checkOutputs(expectedDir, files);
    expect(result.report, `stale goldens; run UPDATE=1 npm test\n${result.report}`).toBe('');
  });
});

describe('golden: the real spec', () => {
  it('generated/ is what spec/errors.yaml produces with the repository config', async () => {
    const settings = resolveSettings({}, repoRoot);
    const files = await runGenerators(loadModel('spec/errors.yaml'), { command: settings.command }, settings.outputs, () =>
      readMarkdownTemplates(settings.templates),
    );
    const result = checkOutputs(join(repoRoot, 'generated'), files);
    expect(result.report, `generated/ is stale; run npm run generate\n${result.report}`).toBe('');
  });
});

describe('determinism', () => {
  it.each(CASES)('%s: same spec, same bytes; LF; one final newline', async (name) => {
    const a = await generateFiles(`test/fixtures/${name}/spec.yaml`);
    const b = await generateFiles(`test/fixtures/${name}/spec.yaml`);
    expect(b).toEqual(a);
    for (const f of a) {
      expect(f.contents.includes('\r'), f.path).toBe(false);
      expect(f.contents.endsWith('\n') && !f.contents.endsWith('\n\n'), f.path).toBe(true);
    }
  });

  it('key order of the YAML does not change the output', async () => {
    const { readFileSync } = await import('node:fs');
    const text = readFileSync(join(repoRoot, 'test/fixtures/string-codes/spec.yaml'), 'utf8');
    // Swap the two scenes and move `title` after `codes`: mappings, so order is not meaning.
    const swapped = text
      .replace(/scenes:\n(  charge:\n(?:    .*\n)+)(  refund:\n(?:    .*\n)+)/, (_m, a: string, b: string) => `scenes:\n${b}${a}`)
      .replace(/^(title:\n(?:  .*\n)+)(codes:\n(?:  .*\n)+)/m, (_m, t: string, c: string) => `${c}${t}`);
    expect(swapped).not.toBe(text);
    const a = await generateFiles('test/fixtures/string-codes/spec.yaml', text);
    const b = await generateFiles('test/fixtures/string-codes/spec.yaml', swapped);
    expect(b).toEqual(a);
  });
});
