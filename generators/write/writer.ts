// The one piece of code that writes into the output folder. Files arrive one at a time,
// as each generator finishes, so no run holds every output in memory at once. Each
// changed file is written beside its target and renamed into place only at `commit`,
// when every generator has succeeded: all-or-nothing as far as a file system allows.
// Unchanged files are not touched (their mtimes stay), so a second run changes nothing.
import { mkdirSync, readdirSync, renameSync, rmdirSync, rmSync } from 'node:fs';
import { dirname, join } from 'node:path';
import type { GeneratedFile } from '../model/types.js';
import type { OutputSink } from '../pipeline/generate.js';
import { ToolError } from '../diagnostics/tool-error.js';
import { compareCodePoints } from '../util/stable-json.js';
import { manifestContents, MANIFEST } from './manifest.js';
import { sameOnDisk } from './on-disk.js';
import { ProducedPaths } from './paths.js';
import { writeUtf8File } from './utf8-file.js';

export interface WriteResult {
  readonly written: readonly string[];
  readonly unchanged: readonly string[];
  readonly deleted: readonly string[];
}

export class WriteSession implements OutputSink {
  readonly stage = 'write';
  private readonly paths = new ProducedPaths();
  private readonly temps: Array<{ readonly temp: string; readonly target: string; readonly path: string }> = [];
  private readonly createdDirs: string[] = [];
  private readonly unchanged: string[] = [];
  private readonly suffix = `.errspec-tmp-${process.pid}`;

  constructor(private readonly outDir: string) {}

  add(file: GeneratedFile): void {
    this.paths.add(file.path);
    this.put(file);
  }

  commit(): WriteResult {
    const produced = this.paths.list();
    const deleted = this.paths.orphansIn(this.outDir);
    this.put({ path: MANIFEST, contents: manifestContents(produced) });
    for (const { temp, target } of this.temps) renameSync(temp, target);
    for (const path of deleted) {
      rmSync(join(this.outDir, path), { force: true });
      removeEmptyParents(this.outDir, dirname(path));
    }
    return {
      written: this.temps.map((t) => t.path).sort(compareCodePoints),
      unchanged: [...this.unchanged].sort(compareCodePoints),
      deleted,
    };
  }

  /** Removes every temporary file and every folder this session created. */
  abort(): void {
    for (const { temp } of this.temps) removeQuietly(temp);
    this.temps.length = 0;
    // Deepest first, so a parent is empty by the time it is tried.
    for (const dir of [...this.createdDirs].sort((a, b) => b.length - a.length)) {
      try {
        rmdirSync(dir);
      } catch {
        // not empty, or already gone
      }
    }
    this.createdDirs.length = 0;
  }

  private put(file: GeneratedFile): void {
    const target = join(this.outDir, file.path);
    if (sameOnDisk(target, file.contents)) {
      this.unchanged.push(file.path);
      return;
    }
    const temp = `${target}${this.suffix}`;
    try {
      const first = mkdirSync(dirname(target), { recursive: true });
      if (first !== undefined) {
        for (let dir = dirname(target); dir.length >= first.length; dir = dirname(dir)) this.createdDirs.push(dir);
      }
      writeUtf8File(temp, file.contents);
    } catch (error) {
      removeQuietly(temp);
      this.abort();
      throw new ToolError('io', `cannot write into ${this.outDir} (${(error as NodeJS.ErrnoException).code ?? String(error)}); nothing was changed`);
    }
    this.temps.push({ temp, target, path: file.path });
  }

}

/** Writes a whole set of files in one session. */
export function writeOutputs(outDir: string, files: readonly GeneratedFile[]): WriteResult {
  const session = new WriteSession(outDir);
  try {
    for (const file of files) session.add(file);
  } catch (error) {
    session.abort();
    throw error;
  }
  return session.commit();
}

function removeQuietly(path: string): void {
  try {
    rmSync(path, { force: true });
  } catch {
    // a parent is not a folder: nothing was created there
  }
}

function removeEmptyParents(outDir: string, rel: string): void {
  for (let dir = rel; dir !== '.' && dir !== ''; dir = dirname(dir)) {
    const full = join(outDir, dir);
    try {
      if (readdirSync(full).length > 0) return;
      rmdirSync(full);
    } catch {
      return;
    }
  }
}
