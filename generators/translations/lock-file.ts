// Reading the lock file beside a spec.
import { existsSync } from 'node:fs';
import type { Diagnostic } from '../diagnostics/diagnostic.js';
import { readSource } from '../load/read-source.js';
import type { SourceFile } from '../load/source-file.js';
import { parseLock, lockPathFor, type Lock } from './lock.js';

export interface LockFile {
  /** Absolute path. */
  readonly path: string;
  /** The file as read, path as shown to users (text empty when there is no file). */
  readonly file: SourceFile;
  /** `undefined` when there is no lock file (staleness is then not tracked) or it is invalid. */
  readonly lock?: Lock;
  /** Why the file is not a lock, when it is not. */
  readonly diagnostics: readonly Diagnostic[];
}

export function readLockFile(specPath: string, showPath: (path: string) => string): LockFile {
  const path = lockPathFor(specPath);
  const shown = showPath(path);
  if (!existsSync(path)) return { path, file: { path: shown, text: '' }, diagnostics: [] };
  const file = readSource(path, shown);
  if (file.problems && file.problems.length > 0) return { path, file, diagnostics: file.problems };
  return { path, file, ...parseLock(file) };
}
