// The one piece of code that writes into the output folder. All-or-nothing as far as a
// file system allows: every new file is first written beside its target, and only when
// all of them are on disk are they renamed into place. Unchanged files are not touched
// (their mtimes stay), so a second run with the same spec changes nothing.
import { mkdirSync, readdirSync, renameSync, rmdirSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import type { GeneratedFile } from '../model/types.js';
import { ToolError } from '../diagnostics/tool-error.js';
import { planWrite, type Plan } from './plan.js';

export interface WriteResult {
  readonly written: readonly string[];
  readonly unchanged: readonly string[];
  readonly deleted: readonly string[];
}

export function writeOutputs(outDir: string, files: readonly GeneratedFile[]): WriteResult {
  const plan = planWrite(outDir, files);
  applyPlan(outDir, plan);
  return {
    written: plan.changed.map((c) => c.file.path),
    unchanged: plan.unchanged,
    deleted: plan.orphaned,
  };
}

function applyPlan(outDir: string, plan: Plan): void {
  const temps: Array<[string, string]> = [];
  const suffix = `.errspec-tmp-${process.pid}`;
  try {
    for (const { file } of plan.changed) {
      const target = join(outDir, file.path);
      mkdirSync(dirname(target), { recursive: true });
      writeFileSync(`${target}${suffix}`, file.contents);
      temps.push([`${target}${suffix}`, target]);
    }
  } catch (error) {
    for (const [temp] of temps) rmSync(temp, { force: true });
    throw new ToolError('io', `cannot write into ${outDir} (${(error as NodeJS.ErrnoException).code ?? String(error)}); nothing was changed`);
  }
  for (const [temp, target] of temps) renameSync(temp, target);
  for (const path of plan.orphaned) {
    rmSync(join(outDir, path), { force: true });
    removeEmptyParents(outDir, dirname(path));
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
