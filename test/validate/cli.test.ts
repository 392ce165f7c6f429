// `errspec validate` as users run it (in-process): several mistakes reported at once,
// a clean spec, the JSON format, exit codes, and no stack trace unless --debug.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { runCli, repoRoot } from '../support/cli.js';

const VALID = 'test/validate/fixtures/valid.yaml';
const valid = readFileSync(join(repoRoot, VALID), 'utf8');
const dir = mkdtempSync(join(tmpdir(), 'errspec-validate-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** A spec in the temp folder; outside cwd, the CLI shows its absolute path. */
function specFile(name: string, text: string): string {
  const path = join(dir, name);
  writeFileSync(path, text);
  return path;
}

function edit(text: string, from: string, to: string): string {
  if (!text.includes(from)) throw new Error(`fixture lacks ${JSON.stringify(from)}`);
  return text.replace(from, to);
}

describe('a spec with three different mistakes', () => {
  // A duplicate code, an undeclared scene and a missing zh-CN text, on known lines.
  let text = edit(valid, '  - code: 1002\n', '  - code: 1001\n');
  text = edit(text, '        scene: checkout\n        classification: permanent\n        explanation:\n          en: The store does not open today.',
    '        scene: payment\n        classification: permanent\n        explanation:\n          en: The store does not open today.');
  text = edit(text, '      en: The store is closed.\n      zh-CN: 门店已关闭。\n', '      en: The store is closed.\n');
  const lines = text.split('\n');
  const firstCode = lines.indexOf('  - code: 1001') + 1;
  const dupCode = lines.lastIndexOf('  - code: 1001') + 1;
  const summary = lines.findIndex((l, i) => l === '    summary:' && i + 1 > dupCode) + 1;
  const scene = lines.findIndex((l) => l.includes('scene: payment')) + 1;
  const file = specFile('three.yaml', text);

  it('has the mistakes on the lines the test expects', () => {
    expect([firstCode, dupCode, summary, scene]).toEqual([24, 37, 40, 44]);
  });

  it('prints all three with their line:column, and exits 1', async () => {
    const r = await runCli(['validate', '--spec', file]);
    expect(r.code).toBe(1);
    expect(r.stdout).toBe('');
    const heads = r.stderr.split('\n').filter((l) => l.startsWith(file));
    expect(heads).toEqual([
      `${file}:${dupCode}:11  error  Code 1001 is already used by INVALID_STORE (line ${firstCode})  (duplicate-code)`,
      `${file}:${summary}:5  error  summary of code 1001 STORE_CLOSED has no 'zh-CN' text  (missing-translation)`,
      `${file}:${scene}:16  error  Scene 'payment' is not declared under scenes (declared: checkout)  (undeclared-scene)`,
    ]);
    expect(r.stderr).toContain('3 errors, 0 warnings');
    // Each with its code frame: the offending line and a caret under it.
    expect(r.stderr).toContain(`  ${scene} | ${lines[scene - 1]}\n`);
  });

  it('reports the same three as JSON', async () => {
    const r = await runCli(['validate', '--spec', file, '--format', 'json']);
    expect(r.code).toBe(1);
    const out = JSON.parse(r.stdout) as { diagnostics: Array<{ rule: string; line: number; column: number }> };
    expect(out.diagnostics.map((d) => [d.rule, d.line, d.column])).toEqual([
      ['duplicate-code', dupCode, 11],
      ['missing-translation', summary, 5],
      ['undeclared-scene', scene, 16],
    ]);
  });
});

describe('a valid minimal spec', () => {
  it('has no diagnostic at all and exits 0', async () => {
    const r = await runCli(['validate', '--spec', VALID]);
    expect(r).toEqual({ code: 0, stdout: `${VALID} is valid: 2 codes, 2 locales`, stderr: '' });
  });
});

describe('validate --format json', () => {
  it('has the documented shape for a valid spec', async () => {
    const r = await runCli(['validate', '--spec', VALID, '--format', 'json']);
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout)).toEqual({ spec: VALID, valid: true, diagnostics: [] });
  });

  it('gives file, line, column, severity, rule, message and hint for each problem', async () => {
    const file = 'test/fixtures/invalid/unused-scene.yaml';
    const r = await runCli(['validate', '--spec', file, '--format', 'json']);
    expect(r.code).toBe(0); // a warning does not fail validation
    expect(JSON.parse(r.stdout)).toEqual({
      spec: file,
      valid: true,
      diagnostics: [
        { file, line: 17, column: 3, severity: 'warning', rule: 'unused-scene', message: "Scene 'refund' is declared but no cause uses it", hint: 'remove it, or refer to it from a cause' },
      ],
    });
  });

  it('leaves out line and column for whole-file problems', async () => {
    const file = 'test/fixtures/invalid/empty-file.yaml';
    const r = await runCli(['validate', '--spec', file, '--format', 'json']);
    expect(r.code).toBe(1);
    expect(JSON.parse(r.stdout)).toEqual({
      spec: file,
      valid: false,
      diagnostics: [
        {
          file,
          severity: 'error',
          rule: 'empty-file',
          message: 'The file is empty or holds only comments',
          hint: 'a spec starts with errspec: 1, then id, title, codes, locales, scenes, classifications and errors',
        },
      ],
    });
  });

  it('reports a file over --max-bytes as JSON too', async () => {
    const r = await runCli(['validate', '--spec', VALID, '--format', 'json', '--max-bytes', '10']);
    expect(r.code).toBe(1);
    const out = JSON.parse(r.stdout) as { valid: boolean; diagnostics: Array<{ rule: string }> };
    expect(out.valid).toBe(false);
    expect(out.diagnostics.map((d) => d.rule)).toEqual(['file-too-large']);
  });
});

describe('exit codes and stack traces', () => {
  it('exits 1 for an invalid spec, without a stack trace', async () => {
    const r = await runCli(['validate', '--spec', 'test/fixtures/invalid/schema.yaml']);
    expect(r.code).toBe(1);
    expect(r.stderr).not.toMatch(/\n\s+at /);
  });

  it('exits 2 for a spec that does not exist, with a one-line message', async () => {
    const r = await runCli(['validate', '--spec', join(dir, 'missing.yaml')]);
    expect(r.code).toBe(2);
    expect(r.stderr).toBe(`errspec: ${join(dir, 'missing.yaml').split('\\').join('/')}: cannot read the file (ENOENT)`);
  });

  it('prints the stack trace of a tool error only with --debug', async () => {
    const missing = join(dir, 'missing.yaml');
    const plain = await runCli(['validate', '--spec', missing]);
    const debug = await runCli(['validate', '--spec', missing, '--debug']);
    expect(plain.stderr).not.toMatch(/\n\s+at /);
    expect(debug.code).toBe(2);
    expect(debug.stderr).toMatch(/^errspec: .*cannot read the file \(ENOENT\)\nToolError: .*\n\s+at /);
  });

  it('exits 2 for a usage error', async () => {
    const r = await runCli(['validate', '--spec', VALID, '--format', 'xml']);
    expect(r.code).toBe(2);
    expect(r.stderr).toBe('errspec: --format must be text, json or github, not "xml"');
  });

  it('exits 2 for a --max-bytes that is not a number', async () => {
    const r = await runCli(['validate', '--spec', VALID, '--max-bytes', '1e9']);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('--max-bytes takes a positive whole number');
  });
});
