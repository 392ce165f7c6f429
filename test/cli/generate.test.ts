// `errspec generate` end to end: writes every output, a second run changes nothing,
// and `--check` fails naming the stale files after a spec edit.
import { cpSync, mkdtempSync, readFileSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { repoRoot, runBin, runCli } from '../support/cli.js';

function tree(root: string, rel = ''): Record<string, { bytes: string; mtime: number }> {
  const out: Record<string, { bytes: string; mtime: number }> = {};
  for (const name of readdirSync(join(root, rel))) {
    const p = rel ? `${rel}/${name}` : name;
    const s = statSync(join(root, p));
    if (s.isDirectory()) Object.assign(out, tree(root, p));
    else out[p] = { bytes: readFileSync(join(root, p), 'utf8'), mtime: s.mtimeMs };
  }
  return out;
}

function workspace(): { spec: string; out: string } {
  const dir = mkdtempSync(join(tmpdir(), 'errspec-cli-'));
  cpSync(join(repoRoot, 'spec/errors.yaml'), join(dir, 'errors.yaml'));
  return { spec: join(dir, 'errors.yaml'), out: join(dir, 'out') };
}

describe('errspec generate', () => {
  it('writes all four kinds of output; a second run changes no byte and no mtime', async () => {
    const { spec, out } = workspace();
    const first = await runCli(['generate', '--spec', spec, '--out', out]);
    expect(first.code, first.stderr).toBe(0);
    const files = Object.keys(tree(out));
    for (const expected of ['ts/error-code.ts', 'ts/error-code-const.ts', 'ts/catalog.ts', 'openapi/errors.yaml', 'openapi/errors.json', 'docs/en.md', 'docs/zh-CN.md', 'i18n/en.json', 'i18n/zh-CN.json', 'catalog.json']) {
      expect(files).toContain(expected);
    }
    const before = tree(out);
    const second = await runCli(['generate', '--spec', spec, '--out', out]);
    expect(second.code).toBe(0);
    expect(second.stdout).toMatch(/: 0 written, \d+ unchanged, 0 deleted/);
    expect(tree(out)).toEqual(before);
  });

  it('a failure after some outputs were handed to the writer leaves the folder as it was', async () => {
    const { spec, out } = workspace();
    expect((await runCli(['generate', '--spec', spec, '--out', out])).code).toBe(0);
    writeFileSync(spec, readFileSync(spec, 'utf8').replace('Redemption ID generation failed.', 'Redemption ID generation failed (edited).'));
    const before = tree(out);
    // The templates are read when the markdown generator runs, after TypeScript and OpenAPI.
    const run = await runCli(['generate', '--spec', spec, '--out', out, '--templates', join(out, 'no-such-folder')]);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/no-such-folder/);
    expect(run.stderr).not.toMatch(/\n\s+at /);
    expect(tree(out)).toEqual(before);
  });

  it('--check fails after a text edit, naming each stale file', async () => {
    const { spec, out } = workspace();
    expect((await runCli(['generate', '--spec', spec, '--out', out])).code).toBe(0);
    expect((await runCli(['generate', '--spec', spec, '--out', out, '--check'])).code).toBe(0);
    const text = readFileSync(spec, 'utf8');
    writeFileSync(spec, text.replace('Redemption ID generation failed.', 'Redemption ID generation failed (edited).'));
    const before = tree(out);
    const check = await runCli(['generate', '--spec', spec, '--out', out, '--check']);
    expect(check.code).toBe(1);
    for (const stale of ['docs/en.md', 'i18n/en.json', 'ts/messages/en.ts', 'openapi/errors.yaml', 'catalog.json']) {
      expect(check.stderr).toContain(`stale:   ${out}/${stale}`);
    }
    expect(check.stderr).toContain('(edited)');
    expect(check.stderr).toMatch(/is not what .* produces\. Run: npm run generate/);
    expect(tree(out)).toEqual(before);
  });

  it('an invalid spec exits 1 and leaves the output folder as it was', async () => {
    const { spec, out } = workspace();
    expect((await runCli(['generate', '--spec', spec, '--out', out])).code).toBe(0);
    const before = tree(out);
    writeFileSync(spec, readFileSync(spec, 'utf8').replace('scene: write-off', 'scene: write-of'));
    const r = await runCli(['generate', '--spec', spec, '--out', out]);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/errors\.yaml:\d+:\d+  error  Scene 'write-of' is not declared/);
    expect(tree(out)).toEqual(before);
  });

  it('works on a spec with string codes through the plain-JS bin', () => {
    const out = join(mkdtempSync(join(tmpdir(), 'errspec-bin-')), 'gen');
    const r = runBin(['generate', '--spec', 'test/fixtures/string-codes/spec.yaml', '--out', out]);
    expect(r.code, r.stderr).toBe(0);
    const ts = readFileSync(join(out, 'ts/error-code.ts'), 'utf8');
    expect(ts).toContain('"00000"');
    expect(r.stdout).toContain('de: 3 texts filled by fallback');
  });

  it('usage errors exit 2 without a stack trace', async () => {
    const r = await runCli(['generate', '--no-such-flag']);
    expect(r.code).toBe(2);
    expect(r.stderr).not.toMatch(/\n\s+at /);
    const missing = await runCli(['generate', '--spec', '/no/such/spec.yaml']);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toMatch(/cannot read the file \(ENOENT\)/);
  });
});
