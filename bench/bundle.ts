// Client bundles of the artifact package, as an app's bundler makes them: esbuild,
// minified, ESM, the package resolved through its `exports` map from node_modules.
// Shared by `npm run bench` (sizes, evaluation time) and test/package/bundles.test.ts
// (what a bundle holds: texts of which locales).
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { build } from 'esbuild';
import type { ErrorModel } from '../generators/model/types.js';
import { runGenerators } from '../generators/pipeline/generate.js';

/** Writes the package's TypeScript, i18n JSON and package.json under `nodeModules`; returns its name. */
export async function writeArtifactPackage(model: ErrorModel, nodeModules: string): Promise<string> {
  const outputs = { openapi: false, markdown: false, catalog: false } as const;
  const files = await runGenerators(model, { command: 'npm run generate' }, outputs, () => {
    throw new Error('no markdown here');
  });
  const pkg = files.find((f) => f.path === 'package.json');
  if (pkg === undefined) throw new Error('the package output wrote no package.json');
  const name = (JSON.parse(pkg.contents) as { name: string }).name;
  for (const file of files) {
    const path = join(nodeModules, name, file.path);
    mkdirSync(dirname(path), { recursive: true });
    writeFileSync(path, file.contents);
  }
  return name;
}

/** The three client imports the budgets are about; each exports `run`, the first call. */
export const BUNDLE_CASES = {
  errorCode: {
    label: '`ErrorCode` only',
    source: (pkg: string, firstName: string): string =>
      `import { ErrorCode } from ${JSON.stringify(pkg)};\nexport const run = () => ErrorCode[${JSON.stringify(firstName)}];\n`,
  },
  isErrorCode: {
    label: '`isErrorCode` only',
    source: (pkg: string): string => `import { isErrorCode } from ${JSON.stringify(pkg)};\nexport const run = () => isErrorCode(-1);\n`,
  },
  describer: {
    label: 'lean describer, one locale',
    source: (pkg: string, firstName: string, locale: string): string =>
      `import { createDescriber, getErrorByName } from ${JSON.stringify(`${pkg}/core`)};\n` +
      `import { messages } from ${JSON.stringify(`${pkg}/messages/${locale}`)};\n` +
      `export const run = () => createDescriber(messages).describeError(getErrorByName(${JSON.stringify(firstName)}).code);\n`,
  },
} as const;

export type BundleCase = keyof typeof BUNDLE_CASES;

export interface Bundled {
  readonly code: string;
  readonly minBytes: number;
  /** gzip level 9. */
  readonly gzipBytes: number;
}

/** Bundles `source` (an entry module) from `cwd`, whose node_modules hold the package. */
export async function bundle(cwd: string, source: string): Promise<Bundled> {
  const result = await build({
    stdin: { contents: source, resolveDir: cwd, loader: 'js' },
    absWorkingDir: cwd,
    bundle: true,
    minify: true,
    format: 'esm',
    platform: 'neutral',
    target: 'es2022',
    // Texts as written, so a test can search the bundle for them.
    charset: 'utf8',
    write: false,
    logLevel: 'silent',
  });
  const file = result.outputFiles[0];
  if (file === undefined) throw new Error('esbuild wrote nothing');
  return { code: file.text, minBytes: file.contents.byteLength, gzipBytes: gzipBytes(file.contents) };
}

export function gzipBytes(data: Uint8Array | string): number {
  return gzipSync(data, { level: 9 }).byteLength;
}
