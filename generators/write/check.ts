// `--check`: would writing change anything? Names each stale, missing or orphaned file
// with a short diff, for CI logs.
import type { GeneratedFile } from '../model/types.js';
import { planWrite } from './plan.js';

export interface CheckResult {
  readonly stale: readonly string[];
  readonly missing: readonly string[];
  readonly orphaned: readonly string[];
  readonly report: string;
}

export function checkOutputs(outDir: string, files: readonly GeneratedFile[]): CheckResult {
  const plan = planWrite(outDir, files);
  const stale = plan.changed.filter((c) => c.before !== undefined).map((c) => c.file.path);
  const missing = plan.changed.filter((c) => c.before === undefined).map((c) => c.file.path);
  const lines: string[] = [];
  for (const c of plan.changed) {
    if (c.before === undefined) lines.push(`missing: ${outDir}/${c.file.path}`);
    else lines.push(`stale:   ${outDir}/${c.file.path}`, ...shortDiff(c.before, c.file.contents).map((l) => `    ${l}`));
  }
  for (const p of plan.orphaned) lines.push(`orphaned: ${outDir}/${p} (no generator produces it any more)`);
  return { stale, missing, orphaned: plan.orphaned, report: lines.join('\n') };
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
