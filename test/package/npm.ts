// Running npm, npx and node as a consuming repository would, offline. Under `npm test`
// the environment carries npm_* variables naming this repository as the project (a
// child npm would install into it): they are dropped, except where the cache and
// the user's npm config are, which the offline install needs.
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';

export interface Run {
  readonly code: number;
  readonly stdout: string;
  readonly stderr: string;
}

const KEEP = /^npm_config_(cache|userconfig|globalconfig|registry)$/i;

function cleanEnv(): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = {};
  for (const [key, value] of Object.entries(process.env)) if (!/^npm_/i.test(key) || KEEP.test(key)) env[key] = value;
  // No registry: anything not in the tarball or the npm cache fails instead of downloading.
  return { ...env, npm_config_offline: 'true', npm_config_audit: 'false', npm_config_fund: 'false', npm_config_update_notifier: 'false' };
}

export function run(command: string, args: readonly string[], cwd: string): Run {
  const r = spawnSync(command, [...args], { cwd, env: cleanEnv(), encoding: 'utf8', timeout: 120_000 });
  if (r.error) throw r.error;
  return { code: r.status ?? -1, stdout: r.stdout, stderr: r.stderr };
}

/** Like `run`, but a failure throws with everything the command printed. */
export function ok(command: string, args: readonly string[], cwd: string): Run {
  const r = run(command, args, cwd);
  if (r.code !== 0) throw new Error(`${command} ${args.join(' ')} (in ${cwd}) exited ${r.code}\n${r.stdout}\n${r.stderr}`);
  return r;
}

export interface Packed {
  /** Absolute path of the tarball. */
  readonly tarball: string;
  /** Paths inside the package, as npm lists them. */
  readonly files: readonly string[];
}

/** `npm pack` of `dir` into `dest`: the tarball and what it holds. */
export function pack(dir: string, dest: string): Packed {
  const r = ok('npm', ['pack', dir, '--pack-destination', dest, '--json'], dir);
  // Lifecycle scripts print to stdout ahead of the JSON; the JSON is the last array.
  const json = r.stdout.slice(r.stdout.lastIndexOf('\n[') + 1 || r.stdout.indexOf('['));
  const [info] = JSON.parse(json) as Array<{ filename: string; files: Array<{ path: string }> }>;
  if (!info) throw new Error(`npm pack printed no package:\n${r.stdout}`);
  return { tarball: join(dest, info.filename), files: info.files.map((f) => f.path).sort() };
}

/**
 * Installs a tarball. `offline`: from the tarball and the npm cache only (a package with
 * no dependencies). `prefer-offline`: as from the registry, with its dependencies from
 * the cache `npm ci` filled, asking the registry only for what a fresh machine's cache
 * lacks (package metadata: `npm ci` caches tarballs, not the registry's version lists).
 */
export function installTarball(tarball: string, cwd: string, mode: 'offline' | 'prefer-offline' = 'offline'): Run {
  const network = mode === 'offline' ? ['--offline'] : ['--no-offline', '--prefer-offline'];
  return ok('npm', ['install', ...network, '--no-audit', '--no-fund', '--no-package-lock', tarball], cwd);
}
