// What a command runs with: flags over the config file over defaults. Flags resolve
// against the working directory; paths written in a config (and the defaults, when
// a config is used) resolve against the config's folder, so a config means the same
// thing from wherever it is run.
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Diagnostic } from '../diagnostics/diagnostic.js';
import { formatDiagnostic, summaryLine } from '../diagnostics/format.js';
import { ToolError } from '../diagnostics/tool-error.js';
import type { OutputSettings } from '../emit/registry.js';
import { CONFIG_FILE, loadConfigFile, type ConfigData, type LoadedConfig } from '../load/config.js';
import { maxBytesFlag } from './args.js';
import { displayPath } from './paths.js';

export interface Settings {
  /** Absolute path of the spec. */
  readonly spec: string;
  /** Absolute path of the output folder. */
  readonly out: string;
  /** The command named in generated headers. */
  readonly command: string;
  readonly templates?: string;
  readonly maxBytes?: number;
  readonly outputs: OutputSettings;
  /** The config file these settings came from, if any: `generate` checks it against the model. */
  readonly config?: LoadedConfig;
}

/** The flags settings come from; each command takes those it needs. */
export interface SettingsFlags {
  readonly spec?: string | undefined;
  readonly out?: string | undefined;
  readonly config?: string | undefined;
  readonly templates?: string | undefined;
  readonly 'max-bytes'?: string | undefined;
}

export const DEFAULTS = {
  spec: 'spec/errors.yaml',
  out: 'generated',
  command: 'npm run generate',
} as const;

/**
 * A config file with problems: carries them as diagnostics so the CLI prints them like
 * a spec's (exit 1). A ToolError, so a caller that knows only those still exits 1.
 */
export class ConfigInvalid extends ToolError {
  constructor(readonly diagnostics: readonly Diagnostic[]) {
    super('config-invalid', [...diagnostics.map((d) => formatDiagnostic(d)), summaryLine(diagnostics)].join('\n'), 1);
  }
}

/** `--config FILE`, else errspec.config.yaml in `cwd` if there is one. */
export function findConfig(flags: SettingsFlags, cwd: string): string | undefined {
  if (flags.config !== undefined) return resolve(cwd, flags.config);
  const here = join(cwd, CONFIG_FILE);
  return existsSync(here) ? here : undefined;
}

export function loadConfig(path: string, cwd: string): LoadedConfig {
  const loaded = loadConfigFile(path, displayPath(path, cwd));
  if (!loaded.config) throw new ConfigInvalid(loaded.diagnostics);
  return loaded.config;
}

export function resolveSettings(flags: SettingsFlags, cwd: string = process.cwd()): Settings {
  const maxBytes = maxBytesFlag(flags['max-bytes']);
  const configPath = findConfig(flags, cwd);
  const config = configPath === undefined ? undefined : loadConfig(configPath, cwd);
  const data: ConfigData = config?.data ?? {};
  const base = config?.dir ?? cwd;
  const path = (flag: string | undefined, fromConfig: string | undefined, fallback?: string): string | undefined =>
    flag !== undefined ? resolve(cwd, flag) : fromConfig !== undefined ? resolve(base, fromConfig) : fallback === undefined ? undefined : resolve(base, fallback);
  const templates = path(flags.templates, data.templates);
  return {
    spec: path(flags.spec, data.spec, DEFAULTS.spec) as string,
    out: path(flags.out, data.out, DEFAULTS.out) as string,
    command: data.command ?? DEFAULTS.command,
    ...(templates !== undefined ? { templates } : {}),
    ...(maxBytes !== undefined ? { maxBytes } : {}),
    outputs: outputSettings(data),
    ...(config ? { config } : {}),
  };
}

/** The config's outputs as the generators take them: `true` means defaults, `false` off. */
export function outputSettings(data: ConfigData): OutputSettings {
  const toggle = <T extends object>(value: T | boolean | undefined): T | false | undefined =>
    value === false ? false : value === true ? undefined : value;
  const o = data.outputs ?? {};
  const outputs = {
    ...defined('typescript', toggle(o.typescript)),
    ...defined('openapi', toggle(o.openapi)),
    ...defined('markdown', toggle(o.markdown)),
    ...defined('i18n', toggle(o.i18n)),
    ...defined('catalog', toggle(o.catalog)),
  } satisfies Omit<OutputSettings, 'package'>;
  const pkg = toggle(data.package);
  // The package generator gets the other outputs' settings: its exports and files
  // must name exactly what they write.
  return { ...outputs, package: pkg === false ? false : { ...(pkg ?? {}), outputs } };
}

// exactOptionalPropertyTypes: an absent setting is an absent key, never `key: undefined`.
function defined<K extends string, V>(key: K, value: V | undefined): { [P in K]?: V } {
  return (value === undefined ? {} : { [key]: value }) as { [P in K]?: V };
}
