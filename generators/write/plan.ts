// What writing a set of files into a folder would change, computed without writing:
// shared by the writer and by `--check`.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { GeneratedFile } from '../model/types.js';
import { ToolError } from '../diagnostics/tool-error.js';
import { isSafeRelative, manifestContents, MANIFEST, parseManifest } from './manifest.js';

export interface Plan {
  /** Files to create or rewrite, the manifest included. */
  readonly changed: readonly { readonly file: GeneratedFile; readonly before: string | undefined }[];
  readonly unchanged: readonly string[];
  /** Files the previous run wrote that nothing produces now. */
  readonly orphaned: readonly string[];
}

function readIfExists(path: string): string | undefined {
  try {
    return readFileSync(path, 'utf8');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT' || code === 'ENOTDIR') return undefined;
    throw new ToolError('io', `cannot read ${path} (${code ?? String(error)})`);
  }
}

export function planWrite(outDir: string, files: readonly GeneratedFile[]): Plan {
  const seen = new Set<string>();
  for (const f of files) {
    if (!isSafeRelative(f.path) || f.path === MANIFEST) throw new Error(`generator produced an unsafe path: ${JSON.stringify(f.path)}`);
    if (seen.has(f.path)) throw new Error(`two generators produced ${f.path}`);
    seen.add(f.path);
  }
  const all = [...files, { path: MANIFEST, contents: manifestContents(files.map((f) => f.path)) }];
  const changed: { file: GeneratedFile; before: string | undefined }[] = [];
  const unchanged: string[] = [];
  for (const file of all) {
    const before = readIfExists(join(outDir, file.path));
    if (before === file.contents) unchanged.push(file.path);
    else changed.push({ file, before });
  }
  const previous = parseManifest(readIfExists(join(outDir, MANIFEST)));
  const orphaned = previous.filter((p) => !seen.has(p) && readIfExists(join(outDir, p)) !== undefined).sort();
  return { changed, unchanged, orphaned };
}
