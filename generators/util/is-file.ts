import { statSync } from 'node:fs';

/** Whether a regular file exists at `path` (a missing path, a folder or an unreadable one: false). */
export function isFile(path: string): boolean {
  try {
    return statSync(path).isFile();
  } catch {
    return false;
  }
}
