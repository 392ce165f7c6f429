// `package.version` of the config at both sides of a diff: read at the ref for a git
// ref, from the working tree otherwise, and checked against the bump the changes require.
import { readFileSync } from 'node:fs';
import { dirname, resolve, sep } from 'node:path';
import { parse } from 'yaml';
import type { Settings } from '../cli/settings.js';
import { gitShowSpec } from '../diff/git-show.js';
import { checkVersionBump, type Bump, type VersionCheck } from '../diff/version-bump.js';
import { DEFAULT_MAX_BYTES } from '../load/read-source.js';
import { isFile } from '../util/is-file.js';

/** `package.version` of a config's YAML text, when it sets one. */
function configVersion(text: string): string | undefined {
  const data: unknown = parse(text);
  const pkg = typeof data === 'object' && data !== null ? (data as Record<string, unknown>)['package'] : undefined;
  const version = typeof pkg === 'object' && pkg !== null ? (pkg as Record<string, unknown>)['version'] : undefined;
  return typeof version === 'string' ? version : undefined;
}

/** The config's text at a side; undefined for a side given as a spec file, or a ref without the config. */
function configAt(flag: '--base' | '--head', value: string | undefined, configPath: string, settings: Settings, cwd: string): string | undefined {
  if (value === undefined) return readFileSync(configPath, 'utf8');
  if (isFile(resolve(cwd, value))) return undefined;
  return gitShowSpec(flag, value, configPath, settings.maxBytes ?? DEFAULT_MAX_BYTES, true).bytes?.toString('utf8');
}

/** The version check, when the config sets `package.version` on both sides. */
export function packageVersionCheck(settings: Settings, base: string, head: string | undefined, required: Bump, cwd: string): VersionCheck | undefined {
  const path = settings.config?.path;
  // Read at the spec's refs only when the config is in the spec's tree (the same repository).
  if (path === undefined || !settings.spec.startsWith(`${dirname(path)}${sep}`)) return undefined;
  const [b, h] = [configAt('--base', base, path, settings, cwd), configAt('--head', head, path, settings, cwd)].map((t) => (t === undefined ? undefined : configVersion(t)));
  return b === undefined || h === undefined ? undefined : checkVersionBump(b, h, required);
}
