// What every API call may say about the project, as the CLI's flags do: the same
// resolution (flags over errspec.config.yaml over defaults), so a script and the CLI
// read the same spec and write the same folder.
import type { Diagnostic } from '../diagnostics/diagnostic.js';
import type { Flags } from '../cli/args.js';
import { ConfigInvalid, resolveSettings, type Settings } from '../cli/settings.js';

export interface ProjectOptions {
  /** The folder paths resolve against and the config is looked for in (default: `process.cwd()`). */
  readonly cwd?: string;
  /** A config file (default: `errspec.config.yaml` in `cwd`, if there is one). */
  readonly config?: string;
  /** The spec (default: `spec/errors.yaml`, or the config's). */
  readonly spec?: string;
  /** The output folder (default: `generated`, or the config's). */
  readonly out?: string;
  /** A templates folder holding `markdown/page.md.hbs` and `markdown/labels.json`. */
  readonly templates?: string;
  /** Refuse specs larger than this many bytes (default 32 MiB). */
  readonly maxBytes?: number;
}

/** The settings the CLI would run with, or the config's diagnostics when it is invalid. */
export function settingsFor(options: ProjectOptions): { settings?: Settings; diagnostics: readonly Diagnostic[] } {
  const flags: Flags = {
    ...(options.config === undefined ? {} : { config: options.config }),
    ...(options.spec === undefined ? {} : { spec: options.spec }),
    ...(options.out === undefined ? {} : { out: options.out }),
    ...(options.templates === undefined ? {} : { templates: options.templates }),
    ...(options.maxBytes === undefined ? {} : { 'max-bytes': String(options.maxBytes) }),
  };
  try {
    return { settings: resolveSettings(flags, options.cwd ?? process.cwd()), diagnostics: [] };
  } catch (error) {
    if (error instanceof ConfigInvalid) return { diagnostics: error.diagnostics };
    throw error;
  }
}
