// CI use of the CLI: a base without a spec, `--format github` annotations for
// validate, generate --check and diff, `--max-warnings`, and the PR comment's absolute
// links and old/new texts.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { workflowCommand } from '../../generators/diagnostics/github.js';
import { runCli } from '../support/cli.js';
import { text } from './rule-cases.js';
import { MINI, edited, gitRepo } from './support.js';

const temp = mkdtempSync(join(tmpdir(), 'errspec-ci-'));
afterAll(() => rmSync(temp, { recursive: true, force: true }));

let count = 0;
function file(contents: string): string {
  const path = join(temp, `spec-${++count}.yaml`);
  writeFileSync(path, contents);
  return path;
}

/** 1-based line of the first line of `text` that contains `needle`. */
const lineOf = (contents: string, needle: string, from = 0): number => contents.split('\n').findIndex((l, i) => i >= from && l.includes(needle)) + 1;

describe('a base without a spec', () => {
  it('is an empty catalog: every code is added, exit 0', async () => {
    const { spec } = gitRepo(temp, null);
    writeFileSync(spec, MINI);
    const r = await runCli(['diff', '--base', 'HEAD', '--spec', spec, '--format', 'json']);
    expect(r.code).toBe(0);
    const report = JSON.parse(r.stdout) as { verdict: string; base: string; changes: { rule: string; name?: string }[] };
    expect(report.base).toBe('HEAD:spec/errors.yaml (no spec yet)');
    expect(report.verdict).toBe('safe');
    expect(report.changes.filter((c) => c.rule === 'code-added').map((c) => c.name)).toEqual(['BAD_INPUT', 'TIMEOUT', 'NOTHING_FOUND', 'OLD_THING']);
    expect(new Set(report.changes.map((c) => c.rule))).toEqual(new Set(['scene-added', 'classification-added', 'code-added', 'cause-added']));
  });

  it('still fails when the head has no spec', async () => {
    const { spec } = gitRepo(temp, null);
    const r = await runCli(['diff', '--base', 'HEAD', '--head', 'HEAD', '--spec', spec]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('does not exist at that commit');
  });
});

describe('--format github', () => {
  it('validate: three mistakes, three ::error lines at their file, line and column', async () => {
    const bad = MINI.replace('    http: 500\n    summary: { en: The request timed out.', '    http: 999\n    summary: { en: The request timed out.')
      .replace('        scene: pay\n        classification: transient\n        explanation: { en: The upstream', '        scene: nowhere\n        classification: transient\n        explanation: { en: The upstream')
      .replace('  - code: 300\n', '  - code: 100\n');
    const path = file(bad);
    const r = await runCli(['validate', '--spec', path, '--format', 'github']);
    expect(r.code).toBe(1);
    const errors = r.stdout.split('\n').filter((l) => l.startsWith('::error'));
    expect(errors).toEqual([
      `::error file=${path},line=${lineOf(bad, 'http: 999')},col=11,title=schema::http of code 200 TIMEOUT is 999, outside the range 100–599%0Ahint: give a whole number from 100 to 599`,
      `::error file=${path},line=${lineOf(bad, 'scene: nowhere')},col=16,title=undeclared-scene::Scene 'nowhere' is not declared under scenes (declared: pay, scan, spare)%0Ahint: declare it under scenes, or use a declared one`,
      `::error file=${path},line=${lineOf(bad, 'code: 100', 20)},col=11,title=duplicate-code::Code 100 is already used by BAD_INPUT (line ${lineOf(bad, 'code: 100')})%0Ahint: give this entry a value never used before`,
    ]);
    // The two unused declarations of MINI are warnings.
    expect(r.stdout.split('\n').filter((l) => l.startsWith('::warning'))).toHaveLength(2);
  });

  it('escapes what would end a property or the message', () => {
    expect(workflowCommand({ level: 'notice', file: 'a,b:c.yaml', line: 3, title: 'x', message: '50% done\nnext' })).toBe('::notice file=a%2Cb%3Ac.yaml,line=3,title=x::50%25 done%0Anext');
  });

  it('diff: breaking as error, dangerous as warning, safe as notice, on the lines of the head spec', async () => {
    const head = edited(MINI, (d) => {
      d.setIn(['errors', 1, 'http'], 504);
      d.setIn(['errors', 0, 'causes', 0, 'classification'], 'transient');
      d.setIn(['errors', 2, 'summary', 'en'], 'Nothing at all was found.');
    });
    const headPath = file(head);
    const r = await runCli(['diff', '--base', file(MINI), '--head', headPath, '--format', 'github']);
    expect(r.code).toBe(1);
    const lines = r.stdout.split('\n');
    expect(lines[0]).toBe(`::error file=${headPath},line=${lineOf(head, 'code: 200')},col=5,title=http-status-changed (breaking%2C major)::200 TIMEOUT: HTTP status 500 → 504`);
    expect(lines[1]).toMatch(new RegExp(`^::warning file=${headPath},line=${lineOf(head, 'id: bad-field')},col=9,title=cause-classification-changed`));
    expect(lines[2]).toBe(
      `::notice file=${headPath},line=${lineOf(head, 'code: 300')},col=5,title=text-changed (safe%2C patch)::summary of 300 NOTHING_FOUND: en text changed%0Abefore: Nothing was found.%0Aafter: Nothing at all was found.`,
    );
  });

  it('generate --check: one ::error per stale file', async () => {
    const out = mkdtempSync(join(temp, 'out-'));
    const spec = file(MINI);
    expect((await runCli(['generate', '--spec', spec, '--out', out])).code).toBe(0);
    writeFileSync(join(out, 'catalog.json'), '{}\n');
    const r = await runCli(['generate', '--check', '--spec', spec, '--out', out, '--format', 'github']);
    expect(r.code).toBe(1);
    expect(r.stdout.split('\n').filter((l) => l.startsWith('::error'))).toEqual([expect.stringMatching(/^::error file=.*catalog\.json,title=generated-stale::.*catalog\.json is not what .* produces/)]);
  });
});

describe('validate --max-warnings', () => {
  it('fails on more warnings than allowed, passes at the limit', async () => {
    const spec = file(MINI);
    expect((await runCli(['validate', '--spec', spec, '--max-warnings', '2'])).code).toBe(0);
    const over = await runCli(['validate', '--spec', spec, '--max-warnings', '1']);
    expect(over.code).toBe(1);
    expect(over.stderr).toContain('2 warnings, more than --max-warnings 1');
    expect((await runCli(['validate', '--spec', spec, '--max-warnings', 'many'])).code).toBe(2);
  });
});

describe('the PR comment and the text format', () => {
  const head = edited(MINI, (d) => d.setIn(['errors', 1, 'summary'], text('The request took too long.', '请求耗时过长。')));

  it('links docs by absolute URL under --link-base, and shows old and new text', async () => {
    const r = await runCli(['diff', '--base', file(MINI), '--head', file(head), '--format', 'markdown', '--link-base', 'https://github.com/o/r/blob/0123abc']);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('[`200`](https://github.com/o/r/blob/0123abc/generated/docs/en.md#code-200)');
    expect(r.stdout).toContain('summary of 200 TIMEOUT: en text changed (also zh-CN) · Before: The request timed out. · After: The request took too long.');
    expect((await runCli(['diff', '--base', file(MINI), '--link-base', 'generated/docs'])).code).toBe(2);
  });

  it('text format: the old and new text under the change', async () => {
    const r = await runCli(['diff', '--base', file(MINI), '--head', file(head)]);
    expect(r.stdout).toMatch(/text-changed {2}summary of 200 TIMEOUT: en text changed \(also zh-CN\)\n +- The request timed out\.\n +\+ The request took too long\./);
  });
});

describe('the package version in the config', () => {
  const config = (version: string) => `spec: spec/errors.yaml\npackage:\n  name: mini-errors\n  version: ${version}\n`;
  const added = edited(MINI, (d) => d.addIn(['errors'], { code: 500, name: 'LOCKED', http: 423, summary: text('Locked.', '已锁定。'), causes: [{ id: 'locked', scene: 'pay', classification: 'fatal', explanation: text('It is locked.', '已锁定。') }] }));

  it('is read at the base ref and checked against the bump the changes require', async () => {
    const { dir, spec, write } = gitRepo(temp, MINI);
    const configPath = join(dir, 'errspec.config.yaml');
    writeFileSync(configPath, config('1.0.0'));
    execFileSync('git', ['add', 'errspec.config.yaml'], { cwd: dir });
    execFileSync('git', ['commit', '-q', '-m', 'config'], { cwd: dir });
    write(added);
    writeFileSync(configPath, config('1.0.1'));
    const low = await runCli(['diff', '--base', 'HEAD', '--config', configPath, '--format', 'json']);
    expect(low.code).toBe(0);
    expect((JSON.parse(low.stdout) as { packageVersion: unknown }).packageVersion).toEqual({ base: '1.0.0', head: '1.0.1', bump: 'patch', required: 'minor', enough: false });
    const text = await runCli(['diff', '--base', 'HEAD', '--config', configPath]);
    expect(text.stdout).toContain('Package version 1.0.0 → 1.0.1: a patch bump, but the changes require a minor bump.');
    const github = await runCli(['diff', '--base', 'HEAD', '--config', configPath, '--format', 'github']);
    expect(github.stdout).toContain('title=package-version::Package version 1.0.0 → 1.0.1');
    writeFileSync(configPath, config('1.1.0'));
    const enough = await runCli(['diff', '--base', 'HEAD', '--config', configPath]);
    expect(enough.stdout).toContain('Package version 1.0.0 → 1.1.0: a minor bump, enough for the changes (minor).');
    expect(spec).toBe(join(dir, 'spec', 'errors.yaml'));
  });
});
