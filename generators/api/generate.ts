// Generating: load, check the config against the model, run every output into the
// writer (or, with `check`, compare with what is on disk). Writes nothing when anything fails.
import type { Diagnostic } from '../diagnostics/diagnostic.js';
import { displayPath } from '../cli/paths.js';
import type { Settings } from '../cli/settings.js';
import { checkConfigAgainstModel } from '../load/config.js';
import { readMarkdownTemplates } from '../load/templates.js';
import type { FilledText } from '../model/types.js';
import { emitOutputs } from '../pipeline/generate.js';
import { timed, type Timings } from '../util/timings.js';
import { CheckSession } from '../write/check.js';
import { WriteSession } from '../write/writer.js';
import { settingsFor, type ProjectOptions } from './options.js';
import { loadWith } from './validate.js';

export interface GenerateOptions extends ProjectOptions {
  /** Write nothing; report whether the output folder is what the spec produces. */
  readonly check?: boolean;
  /** Filled with milliseconds per stage, as `--timings` prints them. */
  readonly timings?: Timings;
}

export interface GenerateResult {
  /** The spec and the output folder, as messages name them. */
  readonly spec: string;
  readonly out: string;
  /** Generated (`check`: the output folder is fresh); false when a diagnostic is an error or `check` found it stale. */
  readonly ok: boolean;
  /** Diagnostics of the spec and of the config: what the CLI prints. */
  readonly diagnostics: readonly Diagnostic[];
  /** Paths inside the output folder, sorted; empty under `check`. */
  readonly written: readonly string[];
  readonly unchanged: readonly string[];
  readonly deleted: readonly string[];
  /** `check` only: each stale, missing or orphaned file with a short diff; '' when fresh. */
  readonly staleReport?: string;
  /** `check` only: the stale, missing and orphaned files, inside the output folder. */
  readonly staleFiles?: readonly string[];
  /** `check` only: how many files the spec produces. */
  readonly files?: number;
  readonly untranslated: readonly FilledText[];
}

export async function generate(options: GenerateOptions = {}): Promise<GenerateResult> {
  const { settings, diagnostics } = settingsFor(options);
  if (!settings) return { spec: options.spec ?? '', out: options.out ?? '', ok: false, diagnostics, written: [], unchanged: [], deleted: [], untranslated: [] };
  return generateWith(settings, options, options.cwd);
}

/** The CLI's entry: settings already resolved. */
export async function generateWith(settings: Settings, options: Pick<GenerateOptions, 'check' | 'timings'>, cwd: string = process.cwd()): Promise<GenerateResult> {
  const { timings } = options;
  const loaded = loadWith(settings, undefined, cwd, timings);
  const out = displayPath(settings.out, cwd);
  const none = { written: [], unchanged: [], deleted: [] };
  const model = loaded.model;
  if (!model) return { spec: loaded.spec, out, ok: false, diagnostics: loaded.diagnostics, ...none, untranslated: [] };
  // Config values only the model can judge (its locales), at the config's line:column.
  const configProblems = settings.config ? checkConfigAgainstModel(settings.config, model) : [];
  const diagnostics = [...loaded.diagnostics, ...configProblems];
  const base = { spec: loaded.spec, out, diagnostics, untranslated: loaded.untranslated };
  if (configProblems.length > 0) return { ...base, ok: false, ...none };

  const emit = (sink: CheckSession | WriteSession) =>
    emitOutputs(model, { command: settings.command }, settings.outputs, () => readMarkdownTemplates(settings.templates), sink, timings);
  if (options.check) {
    const session = new CheckSession(settings.out);
    await emit(session);
    const result = timed(timings, 'check', () => session.finish());
    const staleFiles = [...result.stale, ...result.missing, ...result.orphaned];
    return { ...base, ok: result.report === '', ...none, staleReport: result.report, staleFiles, files: session.files };
  }
  const session = new WriteSession(settings.out);
  try {
    await emit(session);
  } catch (error) {
    session.abort();
    throw error;
  }
  const result = timed(timings, 'write', () => session.commit());
  return { ...base, ok: true, written: result.written, unchanged: result.unchanged, deleted: result.deleted };
}
