// `--check`: would writing change anything? Files arrive one at a time, like the
// writer's, and each is compared and dropped; names each stale, missing or orphaned file
// with a short diff, for CI logs.
import { join } from 'node:path';
import type { GeneratedFile } from '../model/types.js';
import type { OutputSink } from '../pipeline/generate.js';
import { manifestContents, MANIFEST } from './manifest.js';
import { readIfExists } from './on-disk.js';
import { ProducedPaths } from './paths.js';

export interface CheckResult {
  readonly stale: readonly string[];
  readonly missing: readonly string[];
  readonly orphaned: readonly string[];
  readonly report: string;
}

export class CheckSession implements OutputSink {
  readonly stage = 'check';
  private readonly paths = new ProducedPaths();
  private readonly stale: string[] = [];
  private readonly missing: string[] = [];
  private readonly lines: string[] = [];
  private count = 0;

  constructor(private readonly outDir: string) {}

  add(file: GeneratedFile): void {
    this.paths.add(file.path);
    this.compare(file);
  }

  /** How many files the folder should hold, the manifest included. */
  get files(): number {
    return this.count;
  }

  finish(): CheckResult {
    this.compare({ path: MANIFEST, contents: manifestContents(this.paths.list()) });
    const orphaned = this.paths.orphansIn(this.outDir);
    for (const p of orphaned) this.lines.push(`orphaned: ${this.outDir}/${p} (no generator produces it any more)`);
    return { stale: this.stale, missing: this.missing, orphaned, report: this.lines.join('\n') };
  }

  private compare(file: GeneratedFile): void {
    this.count++;
    const before = readIfExists(join(this.outDir, file.path));
    if (before === file.contents) return;
    if (before === undefined) {
      this.missing.push(file.path);
      this.lines.push(`missing: ${this.outDir}/${file.path}`);
    } else {
      this.stale.push(file.path);
      this.lines.push(`stale:   ${this.outDir}/${file.path}`, ...shortDiff(before, file.contents).map((l) => `    ${l}`));
    }
  }
}

/** Checks a whole set of files in one session. */
export function checkOutputs(outDir: string, files: readonly GeneratedFile[]): CheckResult {
  const session = new CheckSession(outDir);
  for (const file of files) session.add(file);
  return session.finish();
}

/** The first differing lines, as `-`/`+` pairs with their line number. */
export function shortDiff(before: string, after: string, max = 6): string[] {
  const a = before.split('\n');
  const b = after.split('\n');
  const out: string[] = [];
  let shown = 0;
  for (let i = 0; i < Math.max(a.length, b.length) && shown < max; i++) {
    if (a[i] === b[i]) continue;
    shown++;
    if (a[i] !== undefined) out.push(`${i + 1} - ${clip(a[i] as string)}`);
    if (b[i] !== undefined) out.push(`${i + 1} + ${clip(b[i] as string)}`);
  }
  if (shown === max) out.push('…');
  return out;
}

const clip = (s: string) => (s.length > 120 ? `${s.slice(0, 120)}…` : s);
