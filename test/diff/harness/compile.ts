// One strict tsc run over several consumers, each resolving the package from its own
// node_modules: one compiler run however many cases there are. The native TypeScript 7
// compiler, as the other consumer checks run it.
import { spawnSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { dirname, isAbsolute, join, relative, resolve } from 'node:path';
import { TSC } from '../../support/tsc.js';

const compilerOptions = {
  strict: true,
  exactOptionalPropertyTypes: true,
  noUncheckedIndexedAccess: true,
  module: 'nodenext',
  moduleResolution: 'nodenext',
  target: 'es2022',
  lib: ['es2022'],
  types: [],
  noEmit: true,
  // The package's own declarations are checked by the package tests; here only their use.
  skipLibCheck: true,
};

/** Type errors per consumer folder (empty when it compiles), one per line; `work` holds the tsconfig. */
export function compileConsumers(roots: readonly string[], work: string): Map<string, string[]> {
  const config = join(work, 'tsconfig.json');
  writeFileSync(config, JSON.stringify({ compilerOptions, files: roots }));
  const r = spawnSync(process.execPath, [TSC, '-p', config, '--pretty', 'false'], { cwd: work, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  if (r.error) throw r.error;
  const out = new Map<string, string[]>(roots.map((root) => [dirname(root), []]));
  // `path(line,col): error TSnnnn: message`; continuation lines (indented) belong to the last one.
  let last: string[] | undefined;
  for (const line of r.stdout.split('\n')) {
    if (line.trim() === '') continue;
    const m = /^(.+?)\((\d+),\d+\): error (TS\d+): (.*)$/.exec(line);
    if (!m) {
      if (last && /^\s/.test(line)) last[last.length - 1] += ` ${line.trim()}`;
      else throw new Error(`harness: unexpected tsc output: ${line}`);
      continue;
    }
    const file = isAbsolute(m[1]!) ? m[1]! : resolve(work, m[1]!);
    const dir = [...out.keys()].find((k) => file.startsWith(`${k}/`));
    if (dir === undefined) throw new Error(`harness: a diagnostic outside every consumer: ${line}`);
    last = out.get(dir);
    last?.push(`${relative(dir, file)}:${m[2]} ${m[3]}: ${m[4]}`);
  }
  if (r.status !== 0 && [...out.values()].every((e) => e.length === 0)) throw new Error(`harness: tsc exited ${r.status}:\n${r.stdout}\n${r.stderr}`);
  return out;
}
