// Running the CLI in-process (fast, for most tests) or as a real process (for exit
// codes and the plain-JS bin).
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { main } from '../../generators/cli/main.js';

export const repoRoot = fileURLToPath(new URL('../..', import.meta.url));

export interface CliResult {
  code: number;
  stdout: string;
  stderr: string;
}

export async function runCli(args: readonly string[]): Promise<CliResult> {
  const out: string[] = [];
  const err: string[] = [];
  const code = await main(args, { out: (l) => out.push(l), err: (l) => err.push(l) });
  return { code, stdout: out.join('\n'), stderr: err.join('\n') };
}

/** The built bin (`npm run build` first; `npm test` does). */
export function runBin(args: readonly string[], cwd: string = repoRoot): CliResult {
  const r = spawnSync(process.execPath, [`${repoRoot}/bin/errspec.js`, ...args], { cwd, encoding: 'utf8' });
  return { code: r.status ?? -1, stdout: r.stdout, stderr: r.stderr };
}
