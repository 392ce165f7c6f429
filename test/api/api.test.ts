// The library behind the CLI: `import { loadSpec, validate, generate, diff } from 'errspec'`.
// Each returns the very diagnostics the CLI prints, and never prints or exits.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import * as api from '../../generators/api/index.js';
import { diff, formatDiagnostic, generate, loadSpec, summaryLine, validate } from '../../generators/api/index.js';
import { repoRoot, runCli } from '../support/cli.js';

const work = mkdtempSync(join(tmpdir(), 'errspec-api-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

const INVALID = 'test/fixtures/invalid/undeclared-scene.yaml';
const MINIMAL = 'test/fixtures/minimal/spec.yaml';

describe('the package entry', () => {
  it('exports the four functions and the formatter', () => {
    for (const name of ['loadSpec', 'validate', 'generate', 'diff', 'formatDiagnostic', 'summaryLine', 'ToolError']) expect(typeof (api as Record<string, unknown>)[name], name).toBe('function');
  });

  it('is what package.json exports, with its types', () => {
    const pkg = JSON.parse(readFileSync(join(repoRoot, 'package.json'), 'utf8')) as { exports: Record<string, { types: string; default: string }> };
    expect(pkg.exports['.']).toEqual({ types: './dist/generators/api/index.d.ts', default: './dist/generators/api/index.js' });
  });
});

describe('validate and loadSpec', () => {
  it('return the diagnostics the CLI prints, as objects', async () => {
    const result = validate({ cwd: repoRoot, spec: INVALID });
    expect(result.valid).toBe(false);
    expect(result.diagnostics.map((d) => d.rule)).toEqual(['undeclared-scene']);
    const cli = await runCli(['validate', '--spec', INVALID]);
    expect(cli.stderr).toBe([...result.diagnostics.map((d) => formatDiagnostic(d)), summaryLine(result.diagnostics)].join('\n'));
  });

  it('give the model of a valid spec, from the file or from a text', () => {
    const fromFile = loadSpec({ cwd: repoRoot, spec: MINIMAL });
    expect(fromFile.model?.codes.map((c) => c.name)).toEqual(['INTERNAL']);
    const text = readFileSync(join(repoRoot, MINIMAL), 'utf8').replace('INTERNAL', 'INTERNAL_FAILURE').replace(/\n/g, '\r\n');
    const fromText = loadSpec({ cwd: repoRoot, spec: 'unsaved.yaml', text });
    expect(fromText.spec).toBe('unsaved.yaml');
    expect(fromText.model?.codes.map((c) => c.name)).toEqual(['INTERNAL_FAILURE']);
  });

  it('return the diagnostics of an invalid config instead of throwing', () => {
    const config = join(work, 'bad.config.yaml');
    writeFileSync(config, 'out: 3\n');
    const result = validate({ cwd: work, config });
    expect(result.valid).toBe(false);
    expect(result.diagnostics.map((d) => `${d.rule} ${formatDiagnostic(d, { frame: false })}`)).toEqual([expect.stringMatching(/^config-invalid bad\.config\.yaml:1:6 {2}error/)]);
  });

  it('throw a ToolError for a file that cannot be read', () => {
    expect(() => validate({ cwd: work, spec: 'missing.yaml' })).toThrow(api.ToolError);
  });
});

describe('generate', () => {
  it('writes the outputs, then with check reports them fresh, then stale after an edit', async () => {
    const spec = join(work, 'errors.yaml');
    const out = join(work, 'out');
    writeFileSync(spec, readFileSync(join(repoRoot, MINIMAL), 'utf8'));
    const first = await generate({ cwd: work, spec, out });
    expect(first).toMatchObject({ ok: true, spec: 'errors.yaml', out: 'out', diagnostics: [], deleted: [] });
    expect(first.written).toContain('ts/catalog.ts');
    expect(await generate({ cwd: work, spec, out, check: true })).toMatchObject({ ok: true, staleReport: '', files: first.written.length });
    writeFileSync(spec, readFileSync(spec, 'utf8').replace('Minimal API', 'Minimal API v2'));
    const stale = await generate({ cwd: work, spec, out, check: true });
    expect(stale.ok).toBe(false);
    expect(stale.staleReport).toContain('stale');
  });

  it('writes nothing for an invalid spec and returns why', async () => {
    const result = await generate({ cwd: repoRoot, spec: INVALID, out: join(work, 'never') });
    expect(result.ok).toBe(false);
    expect(result.written).toEqual([]);
    expect(result.diagnostics.map((d) => d.rule)).toEqual(['undeclared-scene']);
  });
});

describe('diff', () => {
  it('classifies the changes between two files, and refuses to compare an invalid side', () => {
    const base = join(work, 'base.yaml');
    const head = join(work, 'head.yaml');
    const text = readFileSync(join(repoRoot, MINIMAL), 'utf8');
    writeFileSync(base, text);
    writeFileSync(head, text.replace('code: 1\n', 'code: 2\n'));
    const result = diff({ cwd: work, base, head });
    expect(result.report?.verdict).toBe('breaking');
    expect(result.report?.changes.map((c) => c.rule)).toEqual(['code-value-changed']);
    expect(api.formatDiffText(result.report!)).toContain('breaking');
    const invalid = diff({ cwd: repoRoot, base, head: join(repoRoot, INVALID) });
    expect(invalid.report).toBeUndefined();
    expect(invalid.head.diagnostics.map((d) => d.rule)).toEqual(['undeclared-scene']);
  });
});
