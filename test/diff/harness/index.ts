// The compatibility harness: for each base/head pair of specs, the base package's
// consumer (written from the base package's declarations) is compiled against the
// head package put in its place, and its run-time lookups are made against the head.
// All consumers compile in one TypeScript program.
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { compileConsumers } from './compile.js';
import { consumerSource } from './consumer.js';
import { lookupProblems } from './lookups.js';
import { PACKAGE, writePackage } from './package.js';

export interface HarnessCase {
  readonly name: string;
  readonly base: string;
  readonly head: string;
}

export interface HarnessResult {
  /** Strict tsc errors of the base's consumer against the head package. */
  readonly typeErrors: readonly string[];
  /** i18n lookups, message keys, `$ref`s and catalog fields the head no longer answers. */
  readonly lookups: readonly string[];
}

export const passes = (r: HarnessResult): boolean => r.typeErrors.length === 0 && r.lookups.length === 0;

/** Runs every case; the temporary folder is removed afterwards. */
export async function runHarness(cases: readonly HarnessCase[]): Promise<Map<string, HarnessResult>> {
  const work = mkdtempSync(join(tmpdir(), 'errspec-harness-'));
  try {
    // Most cases share their base (and some a head): each spec version is generated once.
    const packages = new Map<string, Promise<string>>();
    const packageOf = (text: string): Promise<string> => {
      let dir = packages.get(text);
      if (!dir) {
        const path = join(work, 'packages', String(packages.size));
        dir = writePackage(text, path).then(() => path);
        packages.set(text, dir);
      }
      return dir;
    };
    const sources = new Map<string, string>();
    const dirs = await Promise.all(
      cases.map(async (c, i) => {
        const dir = join(work, String(i));
        const base = await packageOf(c.base);
        const head = await packageOf(c.head);
        const consumer = join(dir, 'consumer');
        // The head package installed where the base's was: a folder copy, as npm would lay it out.
        const installed = join(consumer, 'node_modules', PACKAGE);
        cpSync(head, installed, { recursive: true });
        // TypeScript treats two packages of one name and version as one and loads the first
        // it meets for both: a version per case keeps the cases of one program apart.
        const pkgPath = join(installed, 'package.json');
        writeFileSync(pkgPath, JSON.stringify({ ...(JSON.parse(readFileSync(pkgPath, 'utf8')) as object), version: `0.0.0-case.${i}` }));
        writeFileSync(join(consumer, 'package.json'), '{ "type": "module" }\n');
        const source = sources.get(base) ?? consumerSource(base);
        sources.set(base, source);
        writeFileSync(join(consumer, 'consumer.ts'), source);
        return { base, head, root: join(consumer, 'consumer.ts'), consumer };
      }),
    );
    const typeErrors = compileConsumers(dirs.map((d) => d.root), work);
    const out = new Map<string, HarnessResult>();
    for (const [i, c] of cases.entries()) {
      const d = dirs[i];
      if (!d) continue;
      out.set(c.name, { typeErrors: typeErrors.get(d.consumer) ?? [], lookups: await lookupProblems(d.base, d.head) });
    }
    return out;
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}
