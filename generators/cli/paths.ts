import { isAbsolute, relative, resolve, sep } from 'node:path';

/** A path as users see it in messages and headers: relative to cwd, `/` separators. */
export function displayPath(path: string, cwd: string = process.cwd()): string {
  const abs = resolve(cwd, path);
  const rel = relative(cwd, abs);
  const shown = rel === '' ? '.' : rel.startsWith('..') || isAbsolute(rel) ? abs : rel;
  return shown.split(sep).join('/');
}
