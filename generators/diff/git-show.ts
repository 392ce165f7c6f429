// Reading the spec as it was at a git ref: `git show <commit>:<path from the repo root>`.
// The only place diff touches git. Arguments go to git as an array (no shell), and a
// ref may not start with `-`, so a ref can never be read as an option.
import { spawnSync } from 'node:child_process';
import { existsSync, realpathSync } from 'node:fs';
import { basename, dirname, isAbsolute, join, relative, sep } from 'node:path';
import { ToolError } from '../diagnostics/tool-error.js';

export interface GitSpec {
  /** Absent when the commit has no file at `path` (only with `missingOk`). */
  readonly bytes?: Buffer;
  /** The spec's path from the repository root, with `/` separators. */
  readonly path: string;
}

function git(args: readonly string[], cwd: string, maxBuffer = 1024 * 1024): { ok: boolean; stdout: Buffer; stderr: string } {
  const r = spawnSync('git', args, { cwd, maxBuffer, encoding: 'buffer' });
  if (r.error) {
    const code = (r.error as NodeJS.ErrnoException).code;
    throw new ToolError('git', code === 'ENOENT' ? 'git is not installed or not on PATH' : `git ${args[0] ?? ''} failed (${code ?? r.error.message})`);
  }
  return { ok: r.status === 0, stdout: r.stdout, stderr: r.stderr.toString('utf8').trim() };
}

const firstLine = (text: string): string => text.split('\n')[0] ?? '';

/** The spec file `specPath` (absolute) at `ref` of the repository that holds it. */
export function gitShowSpec(flag: string, ref: string, specPath: string, maxBytes: number, missingOk = false): GitSpec {
  const what = `${flag} ${ref}`;
  if (ref === '' || ref.startsWith('-')) throw new ToolError('usage', `${what}: not a file, and not a valid git ref`);
  // The spec's folder may not exist in the working tree; git runs in its nearest existing ancestor.
  let dir = dirname(specPath);
  while (!existsSync(dir) && dirname(dir) !== dir) dir = dirname(dir);
  const real = join(realpathSync(dir), relative(dir, dirname(specPath)), basename(specPath));

  const top = git(['rev-parse', '--show-toplevel'], dir);
  if (!top.ok) throw new ToolError('git', `${what}: not a file, and ${dir} is not inside a git repository`);
  const root = realpathSync(top.stdout.toString('utf8').trim());
  const rel = relative(root, real);
  if (rel === '' || rel.startsWith('..') || isAbsolute(rel)) throw new ToolError('git', `${what}: the spec ${specPath} is not inside the repository ${root}`);
  const path = rel.split(sep).join('/');

  const commit = git(['rev-parse', '--verify', '--quiet', `${ref}^{commit}`], root);
  if (!commit.ok) throw new ToolError('git', `${what}: not a file, and not a commit git knows (fetch it first, e.g. git fetch origin)`);
  const sha = commit.stdout.toString('utf8').trim();

  const type = git(['cat-file', '-t', `${sha}:${path}`], root);
  if (!type.ok && missingOk) return { path };
  if (!type.ok) throw new ToolError('git', `${what}: ${path} does not exist at that commit`);
  if (type.stdout.toString('utf8').trim() !== 'blob') throw new ToolError('git', `${what}: ${path} is not a file at that commit`);
  const size = Number(git(['cat-file', '-s', `${sha}:${path}`], root).stdout.toString('utf8').trim());
  if (size > maxBytes) {
    throw new ToolError('file-too-large', `${ref}:${path}: the file is ${size} bytes, over the limit of ${maxBytes} bytes (raise it with --max-bytes)`);
  }

  const shown = git(['show', `${sha}:${path}`], root, maxBytes + 1);
  if (!shown.ok) throw new ToolError('git', `${what}: git show failed: ${firstLine(shown.stderr)}`);
  return { bytes: shown.stdout, path };
}
