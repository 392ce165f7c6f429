// Replacing a few files outside the output folder (the spec and its translation lock
// on import, an exported XLIFF file): each is written beside its target first and
// renamed into place only once all are written, so a failure leaves every file as
// it was. Files whose bytes would not change are not touched.
import { renameSync, rmSync } from 'node:fs';
import { ToolError } from '../diagnostics/tool-error.js';
import { sameOnDisk } from './on-disk.js';
import { writeUtf8File } from './utf8-file.js';

export interface FileText {
  /** Absolute path. */
  readonly path: string;
  readonly text: string;
}

/** Writes the files that differ from what is on disk; returns their paths. */
export function replaceFiles(files: readonly FileText[]): string[] {
  const changed = files.filter((f) => !sameOnDisk(f.path, f.text));
  const temps: string[] = [];
  try {
    for (const f of changed) {
      const temp = `${f.path}.errspec-tmp-${process.pid}`;
      temps.push(temp);
      writeUtf8File(temp, f.text);
    }
  } catch (error) {
    for (const temp of temps) rmSync(temp, { force: true });
    const code = (error as NodeJS.ErrnoException).code ?? String(error);
    throw new ToolError('io', `cannot write ${changed[temps.length - 1]?.path ?? ''} (${code}); nothing was changed`);
  }
  for (const [i, f] of changed.entries()) renameSync(temps[i] as string, f.path);
  return changed.map((f) => f.path);
}
