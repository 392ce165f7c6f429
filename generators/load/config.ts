// The config file (errspec.config.yaml), loaded by the same machinery as the spec
// (readSource, parseYaml, ajv through checkSchema) so a wrong config gets the same
// `file:line:column  error  message  (rule)` diagnostics a wrong spec gets.
import { dirname } from 'node:path';
import { diagnostic, hasErrors, sortDiagnostics, type Diagnostic } from '../diagnostics/diagnostic.js';
import type { OutputSettings } from '../emit/registry.js';
import type { ErrorModel } from '../model/types.js';
import { createContext, isRecord } from '../validate/context.js';
import { checkSchema, schemaValidator } from '../validate/schema.js';
import { parseYaml } from './parse-yaml.js';
import type { Locator } from './locate.js';
import { readSource } from './read-source.js';
import type { SourceFile } from './source-file.js';

/** The file looked for in the working directory when `--config` is not given. */
export const CONFIG_FILE = 'errspec.config.yaml';
export const CONFIG_SCHEMA = 'spec/config.schema.json';

export interface PackageConfig {
  readonly name: string;
  readonly version: string;
  readonly description?: string;
  readonly license?: string;
}

type Toggle<T> = T | boolean;

/** The file's data once it matched config.schema.json. Paths are as written. */
export interface ConfigData {
  readonly spec?: string;
  readonly out?: string;
  readonly command?: string;
  readonly templates?: string;
  readonly outputs?: {
    readonly [K in Exclude<keyof OutputSettings, 'package'>]?: Toggle<Exclude<OutputSettings[K], false | undefined>>;
  };
  readonly package?: Toggle<PackageConfig>;
}

export interface LoadedConfig {
  /** Absolute path of the config file. */
  readonly path: string;
  /** Its folder: what relative paths in it resolve against. */
  readonly dir: string;
  readonly data: ConfigData;
  // Kept so checks that need the spec's model can still point into the file.
  readonly file: SourceFile;
  readonly locator: Locator;
}

export interface ConfigResult {
  readonly config?: LoadedConfig;
  readonly diagnostics: readonly Diagnostic[];
}

export function loadConfigFile(path: string, displayPath: string): ConfigResult {
  const file = readSource(path, displayPath);
  const parsed = parseYaml(file);
  const dir = dirname(path);
  // A config holding only comments (say, the schema line) means "all defaults".
  if (parsed.diagnostics.length === 1 && parsed.diagnostics[0]?.rule === 'empty-file') {
    return { config: { path, dir, data: {}, file, locator: parsed.locator }, diagnostics: [] };
  }
  if (hasErrors(parsed.diagnostics)) return { diagnostics: parsed.diagnostics };
  if (!isRecord(parsed.data)) {
    return { diagnostics: [diagnostic(file, undefined, { rule: 'config-invalid', messageId: 'notMapping', format: { what: 'config' } })] };
  }
  const found: Diagnostic[] = [...parsed.diagnostics];
  const ctx = createContext(file, parsed.data, parsed.locator, found);
  checkSchema(ctx, schemaValidator(CONFIG_SCHEMA), 'config-invalid');
  const diagnostics = sortDiagnostics(found);
  if (hasErrors(diagnostics)) return { diagnostics };
  return { config: { path, dir, data: parsed.data as ConfigData, file, locator: parsed.locator }, diagnostics };
}

/**
 * What the schema cannot know: the locales the config names must be the spec's. Run
 * once the model exists, reported at the config's own line and column.
 */
export function checkConfigAgainstModel(config: LoadedConfig, model: ErrorModel): Diagnostic[] {
  const found: Diagnostic[] = [];
  const data = config.data as Record<string, unknown>;
  const ctx = createContext(config.file, data, config.locator, found);
  for (const output of ['markdown', 'i18n'] as const) {
    const settings = config.data.outputs?.[output];
    if (typeof settings !== 'object') continue;
    (settings.locales ?? []).forEach((locale, i) => {
      if (!model.locales.includes(locale)) {
        ctx.report(['outputs', output, 'locales', i], {
          rule: 'config-invalid',
          messageId: 'locale',
          format: { output, locale, spec: model.specPath, locales: model.locales.join(', ') },
        });
      }
    });
  }
  return sortDiagnostics(found);
}
