// What the output folder holds now, read only as far as a comparison needs.
import { readFileSync, statSync } from 'node:fs';
import { ToolError } from '../diagnostics/tool-error.js';

export function readIfExists(path: string): string | undefined {
  try {
    return readFileSync(path, 'utf8');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT' || code === 'ENOTDIR') return undefined;
    throw new ToolError('io', `cannot read ${path} (${code ?? String(error)})`);
  }
}

/** The file holds exactly `contents`. A size that differs answers without reading it. */
export function sameOnDisk(path: string, contents: string): boolean {
  let size: number;
  try {
    const stat = statSync(path);
    if (!stat.isFile()) return false;
    size = stat.size;
  } catch {
    return false;
  }
  if (size !== Buffer.byteLength(contents, 'utf8')) return false;
  return readIfExists(path) === contents;
}
