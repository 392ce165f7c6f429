// `errspec diff` through the CLI (in-process): git refs from a temporary repository,
// files, exit codes, and the scenarios on a copy of the real spec.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '../support/cli.js';
import { codeIndex, edited, gitRepo, realSpecText } from './support.js';

const temp = mkdtempSync(join(tmpdir(), 'errspec-diff-'));
afterAll(() => rmSync(temp, { recursive: true, force: true }));

const REAL = realSpecText();
const text = (en: string, zh: string) => ({ en, 'zh-CN': zh });
const withoutCode = (name: string) => edited(REAL, (d) => d.deleteIn(['errors', codeIndex(REAL, name)]));
const retired = (name: string) =>
  edited(REAL, (d) => d.setIn(['errors', codeIndex(REAL, name), 'retired'], { since: '2.0.0', reason: text('Permissions are no longer checked here.', '此处不再检查权限。') }));

let fileCount = 0;
function file(contents: string): string {
  const path = join(temp, `spec-${++fileCount}.yaml`);
  writeFileSync(path, contents);
  return path;
}

const repo = (...versions: string[]) => gitRepo(temp, ...versions);

describe('errspec diff against git refs', () => {
  let spec: string;
  beforeAll(() => {
    ({ spec } = repo(REAL, withoutCode('NO_PERMISSION')));
  });

  it('reads --base HEAD~1 with git show and exits 1 on a breaking change', async () => {
    const r = await runCli(['diff', '--base', 'HEAD~1', '--spec', spec]);
    expect(r.code).toBe(1);
    expect(r.stdout).toContain('code-removed');
    expect(r.stdout).toContain('-3000000 NO_PERMISSION');
    expect(r.stdout).toContain('HEAD~1:spec/errors.yaml');
    expect(r.stderr).toContain('--allow-breaking');
  });

  it('exits 0 on the same change with --allow-breaking', async () => {
    const r = await runCli(['diff', '--base', 'HEAD~1', '--spec', spec, '--allow-breaking']);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('code-removed');
  });

  it('compares two refs with --head', async () => {
    expect((await runCli(['diff', '--base', 'HEAD~1', '--head', 'HEAD', '--spec', spec])).code).toBe(1);
    expect((await runCli(['diff', '--base', 'HEAD', '--head', 'HEAD~1', '--spec', spec])).stdout).toContain('code-added');
  });

  it('exits 0 with no changes', async () => {
    const r = await runCli(['diff', '--base', 'HEAD', '--spec', spec]);
    expect(r).toMatchObject({ code: 0, stderr: '' });
    expect(r.stdout).toContain('No changes');
  });

  it('exits 2 on a ref git does not know, a ref that looks like an option, or a head spec missing at the ref', async () => {
    const unknown = await runCli(['diff', '--base', 'no-such-branch', '--spec', spec]);
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toContain('--base no-such-branch: not a file, and not a commit');
    const option = await runCli(['diff', '--base=--output=/tmp/x', '--spec', spec]);
    expect(option.code).toBe(2);
    const other = repo(REAL);
    // (A base without the spec is an empty catalog: see ci.test.ts.)
    const missing = await runCli(['diff', '--base', 'HEAD', '--head', 'HEAD', '--spec', join(other.spec, '..', 'other.yaml')]);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain('--head HEAD: spec/other.yaml does not exist at that commit');
    for (const r of [unknown, option, missing]) expect(r.stderr).not.toMatch(/\n\s+at /);
  });

  it('exits 2 when the spec is not in a git repository and the base is not a file', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'errspec-nogit-'));
    try {
      writeFileSync(join(dir, 'errors.yaml'), REAL);
      const r = await runCli(['diff', '--base', 'HEAD', '--spec', join(dir, 'errors.yaml')]);
      expect(r.code).toBe(2);
      expect(r.stderr).toContain('not inside a git repository');
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('the issue scenarios on a copy of the real spec', () => {
  it('removing a code: exit 1, naming the rule', async () => {
    const { spec, write } = repo(REAL);
    write(withoutCode('NO_PERMISSION'));
    const r = await runCli(['diff', '--base', 'HEAD', '--spec', spec]);
    expect(r.code).toBe(1);
    expect(r.stdout).toMatch(/code-removed +code -3000000 NO_PERMISSION removed without being retired/);
  });

  it('retiring it instead: exit 0, shown as retired', async () => {
    const { spec, write } = repo(REAL);
    write(retired('NO_PERMISSION'));
    const r = await runCli(['diff', '--base', 'HEAD', '--spec', spec]);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/code-retired +code -3000000 NO_PERMISSION retired since 2\.0\.0/);
    expect(r.stdout).toContain('requires a minor version bump');
  });

  it('reusing the retired value later: rejected by validation (exit 2, duplicate-code)', async () => {
    const reused = edited(retired('NO_PERMISSION'), (d) =>
      d.addIn(['errors'], {
        code: -3000000,
        name: 'STORE_FORBIDDEN',
        http: 403,
        summary: text('Forbidden.', '禁止。'),
        causes: [{ id: 'forbidden', scene: 'write-off', classification: 'write-off-retry-never', explanation: text('Forbidden.', '禁止。') }],
      }),
    );
    const r = await runCli(['diff', '--base', file(retired('NO_PERMISSION')), '--head', file(reused)]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('(duplicate-code)');
    expect(r.stderr).toContain('which is retired');
    expect(r.stderr).toMatch(/the head spec .* is invalid/);
    expect(r.stdout).toBe('');
  });

  it("changing one cause's classification: dangerous, with the scene", async () => {
    const i = codeIndex(REAL, 'QR_CODE_DECODE_FAILED');
    const head = edited(REAL, (d) => d.setIn(['errors', i, 'causes', 1, 'classification'], 'scan-retry-never'));
    const r = await runCli(['diff', '--base', file(REAL), '--head', file(head), '--format', 'json']);
    expect(r.code).toBe(0);
    const json = JSON.parse(r.stdout) as { verdict: string; semver: string; changes: Record<string, unknown>[] };
    expect(json).toMatchObject({ verdict: 'dangerous', semver: 'minor' });
    expect(json.changes).toEqual([
      expect.objectContaining({
        rule: 'cause-classification-changed',
        severity: 'dangerous',
        code: -3000110,
        name: 'QR_CODE_DECODE_FAILED',
        cause: 'decryption-failed',
        scene: 'scan-qr',
        before: 'scan-retry-may',
        after: 'scan-retry-never',
      }),
    ]);
  });

  it('changing an en text without its zh-CN text: a possibly stale translation', async () => {
    const i = codeIndex(REAL, 'NO_PERMISSION');
    const head = edited(REAL, (d) => d.setIn(['errors', i, 'summary', 'en'], 'The verifier may not use this store or operation.'));
    const r = await runCli(['diff', '--base', file(REAL), '--head', file(head)]);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('text-changed');
    expect(r.stdout).toMatch(/Possibly stale translations[^\n]*\n {2}zh-CN:\n {4}errors\.NO_PERMISSION\.summary/);
  });
});

describe('errspec diff usage', () => {
  it('exits 2 without --base, with an unknown format, or on an invalid base', async () => {
    const none = await runCli(['diff']);
    expect(none.code).toBe(2);
    expect(none.stderr).toContain('--base is required');
    const format = await runCli(['diff', '--base', file(REAL), '--head', file(REAL), '--format', 'html']);
    expect(format.code).toBe(2);
    expect(format.stderr).toContain('--format must be text, markdown, json or github');
    const invalid = await runCli(['diff', '--base', file('errspec: 1\n'), '--head', file(REAL)]);
    expect(invalid.code).toBe(2);
    expect(invalid.stderr).toMatch(/the base spec .* is invalid/);
  });

  it('has help', async () => {
    const r = await runCli(['diff', '--help']);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('--allow-breaking');
  });
});
