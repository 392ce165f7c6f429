// The bundle part of `npm run bench`: for synthetic catalogs, the minified and gzipped
// size of three client bundles (bundle.ts), and each one's evaluation time: a cold Node
// process imports the bundle and makes its first call (module evaluation plus the
// lazy parse that call triggers), median of 5.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { ErrorModel } from '../generators/model/types.js';
import { loadSpecSource } from '../generators/pipeline/load-spec.js';
import { BUNDLE_CASES, bundle, gzipBytes, writeArtifactPackage, type BundleCase } from './bundle.js';
import { syntheticSpec } from './synthetic.js';

const LOCALE = 'en';
/** Issue 11's targets at 1k codes: (b) at most 10 KB gzip; (c) at most the locale's texts gzipped plus 5 KB. */
export const BUNDLE_TARGETS = { isErrorCodeGzip: 10 * 1024, describerOverTexts: 5 * 1024 } as const;

export interface BundleRow {
  readonly codes: number;
  readonly bundle: BundleCase;
  readonly minBytes: number;
  readonly gzipBytes: number;
  readonly evalMs: number | undefined;
}

export interface BundleSize {
  readonly codes: number;
  /** i18n/en.json gzipped: the locale's texts, the baseline of the describer budget. */
  readonly textsGzipBytes: number;
  readonly rows: readonly BundleRow[];
}

const EVAL = `const t = performance.now(); const m = await import(process.argv[1]); m.run(); process.stdout.write(String(performance.now() - t));`;

function evalMs(file: string): number | undefined {
  const times: number[] = [];
  for (let i = 0; i < 5; i++) {
    const r = spawnSync(process.execPath, ['--input-type=module', '-e', EVAL, pathToFileURL(file).href], { encoding: 'utf8' });
    if (r.status !== 0) return undefined;
    times.push(Number(r.stdout));
  }
  times.sort((a, b) => a - b);
  return times[2];
}

export async function measureBundles(sizes: readonly number[], log: (s: string) => void): Promise<BundleSize[]> {
  const out: BundleSize[] = [];
  for (const codes of sizes) {
    const work = mkdtempSync(join(tmpdir(), 'errspec-bundles-'));
    try {
      const model: ErrorModel | undefined = loadSpecSource({ path: 'spec.yaml', text: syntheticSpec(codes) }).model;
      if (model === undefined) throw new Error(`the synthetic spec of ${codes} codes does not load`);
      const pkg = await writeArtifactPackage(model, join(work, 'node_modules'));
      const first = model.codes[0]?.name ?? '';
      const rows: BundleRow[] = [];
      for (const name of Object.keys(BUNDLE_CASES) as BundleCase[]) {
        const bundled = await bundle(work, BUNDLE_CASES[name].source(pkg, first, LOCALE));
        const file = join(work, `${name}.mjs`);
        writeFileSync(file, bundled.code);
        rows.push({ codes, bundle: name, minBytes: bundled.minBytes, gzipBytes: bundled.gzipBytes, evalMs: evalMs(file) });
      }
      const textsGzipBytes = gzipBytes(readFileSync(join(work, 'node_modules', pkg, 'i18n', `${LOCALE}.json`)));
      out.push({ codes, textsGzipBytes, rows });
      log(`bundles, ${codes} codes: ${rows.map((r) => `${r.bundle} ${kb(r.gzipBytes)} gzip`).join(', ')}`);
    } finally {
      rmSync(work, { recursive: true, force: true });
    }
  }
  return out;
}

const kb = (bytes: number): string => `${(bytes / 1024).toFixed(1)} KB`;

export function bundleTable(sizes: readonly BundleSize[]): string {
  const lines = [
    `| codes | bundle | minified | gzip | evaluation + first call |`,
    '|---|---|---|---|---|',
  ];
  for (const size of sizes) {
    for (const row of size.rows) {
      const label = BUNDLE_CASES[row.bundle].label.replace('one locale', `\`${LOCALE}\``);
      lines.push(`| ${size.codes} | ${label} | ${kb(row.minBytes)} | ${kb(row.gzipBytes)} | ${row.evalMs === undefined ? 'failed' : `${row.evalMs.toFixed(1)} ms`} |`);
    }
    lines.push(`| ${size.codes} | (\`i18n/${LOCALE}.json\`, for comparison) | | ${kb(size.textsGzipBytes)} | |`);
  }
  return lines.join('\n');
}

export interface BundleVerdict {
  readonly target: string;
  readonly holds: boolean;
  readonly value: string;
}

export function bundleVerdicts(sizes: readonly BundleSize[]): BundleVerdict[] {
  const at1k = sizes.find((s) => s.codes === 1000);
  if (at1k === undefined) return [];
  const row = (name: BundleCase): BundleRow | undefined => at1k.rows.find((r) => r.bundle === name);
  const is = row('isErrorCode');
  const describer = row('describer');
  const budget = at1k.textsGzipBytes + BUNDLE_TARGETS.describerOverTexts;
  return [
    ...(is ? [{ target: 'isErrorCode alone at 1k codes ≤ 10 KB gzip', holds: is.gzipBytes <= BUNDLE_TARGETS.isErrorCodeGzip, value: kb(is.gzipBytes) }] : []),
    ...(describer
      ? [{ target: `lean ${LOCALE} describer at 1k codes ≤ i18n/${LOCALE}.json gzip + 5 KB`, holds: describer.gzipBytes <= budget, value: `${kb(describer.gzipBytes)} (budget ${kb(budget)})` }]
      : []),
  ];
}
