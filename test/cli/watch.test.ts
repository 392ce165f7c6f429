// `errspec generate --watch` as a user runs it: a real process in a scratch project,
// edited while it runs. It regenerates after an edit, reports an invalid edit and keeps
// watching, recovers on the next valid edit, and exits 0 on Ctrl-C (SIGINT). Waits are
// for output, with generous timeouts; nothing here measures time.
import { spawn, type ChildProcess } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { repoRoot } from '../support/cli.js';

const WAIT_MS = 30_000;

class Watched {
  stdout = '';
  stderr = '';
  readonly exit: Promise<number | null>;
  private readonly child: ChildProcess;

  constructor(cwd: string) {
    this.child = spawn(process.execPath, [join(repoRoot, 'bin', 'errspec.js'), 'generate', '--watch'], { cwd, stdio: ['ignore', 'pipe', 'pipe'] });
    this.child.stdout!.setEncoding('utf8').on('data', (s: string) => (this.stdout += s));
    this.child.stderr!.setEncoding('utf8').on('data', (s: string) => (this.stderr += s));
    this.exit = new Promise((resolve) => this.child.on('exit', (code) => resolve(code)));
  }

  /** Resolves once `stream` holds `count` matches of `pattern`. */
  async until(stream: 'stdout' | 'stderr', pattern: RegExp, count: number): Promise<void> {
    const deadline = Date.now() + WAIT_MS;
    const global = new RegExp(pattern.source, 'gm');
    while ((this[stream].match(global)?.length ?? 0) < count) {
      if (Date.now() > deadline) throw new Error(`no ${count}× ${pattern} on ${stream} in time\nstdout:\n${this.stdout}\nstderr:\n${this.stderr}`);
      if (this.child.exitCode !== null) throw new Error(`the watcher exited (${this.child.exitCode})\n${this.stdout}\n${this.stderr}`);
      await new Promise((r) => setTimeout(r, 50));
    }
  }

  interrupt(): void {
    this.child.kill('SIGINT');
  }

  kill(): void {
    if (this.child.exitCode === null) this.child.kill('SIGKILL');
  }
}

const work = mkdtempSync(join(tmpdir(), 'errspec-watch-'));
let watcher: Watched | undefined;

afterAll(() => {
  watcher?.kill();
  rmSync(work, { recursive: true, force: true });
});

describe('generate --watch', () => {
  it('regenerates on an edit, survives an invalid one, recovers, and exits 0 on Ctrl-C', { timeout: 4 * WAIT_MS }, async () => {
    mkdirSync(join(work, 'spec'));
    const spec = join(work, 'spec', 'errors.yaml');
    cpSync(join(repoRoot, 'test/fixtures/minimal/spec.yaml'), spec);
    const original = readFileSync(spec, 'utf8');
    const summary = /^(\s+en: )(.+)$/m.exec(original.slice(original.indexOf('summary:')))!;
    const enJson = join(work, 'generated', 'i18n', 'en.json');
    const written = /^generated: \d+ written/;

    watcher = new Watched(work);
    await watcher.until('stdout', written, 1);
    await watcher.until('stdout', /^watching .*spec\/errors\.yaml/, 1);
    expect(readFileSync(enJson, 'utf8')).toContain(JSON.stringify(summary[2]));

    writeFileSync(spec, original.replace(summary[0], `${summary[1]}Edited while watching.`));
    await watcher.until('stdout', written, 2);
    expect(readFileSync(enJson, 'utf8')).toContain('"Edited while watching."');

    writeFileSync(spec, original.replace('errors:', 'errors: [').replace(summary[0], `${summary[1]}Broken.`));
    await watcher.until('stderr', /^spec\/errors\.yaml:\d+:\d+ {2}error {2}.*\(yaml-syntax\)$/, 1);
    expect(readFileSync(enJson, 'utf8')).toContain('"Edited while watching."');

    writeFileSync(spec, original.replace(summary[0], `${summary[1]}Fixed again.`));
    await watcher.until('stdout', written, 3);
    expect(readFileSync(enJson, 'utf8')).toContain('"Fixed again."');

    watcher.interrupt();
    expect(await watcher.exit).toBe(0);
    expect(watcher.stderr).not.toMatch(/internal error|at .*\.js:\d+/);
  });
});
