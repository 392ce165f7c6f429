// Loading and validating a spec: the model, or every diagnostic that stops it.
import { hasErrors, type Diagnostic } from '../diagnostics/diagnostic.js';
import { translationDiagnostics } from '../translations/warnings.js';
import type { Settings } from '../cli/settings.js';
import { displayPath } from '../cli/paths.js';
import { decodeSource } from '../load/read-source.js';
import { loadSpecFile, loadSpecSource } from '../pipeline/load-spec.js';
import type { ErrorModel, FilledText } from '../model/types.js';
import type { Timings } from '../util/timings.js';
import { settingsFor, type ProjectOptions } from './options.js';

export interface LoadSpecOptions extends ProjectOptions {
  /** The spec's text, when it is not (yet) on disk; `spec` then only names it in diagnostics. */
  readonly text?: string;
}

export interface LoadSpecResult {
  /** The spec as diagnostics name it: relative to `cwd` where it can be. */
  readonly spec: string;
  /** The validated, frozen model; absent when any diagnostic is an error. */
  readonly model?: ErrorModel;
  /** Errors and warnings of the spec (or of the config), in file order: what the CLI prints. */
  readonly diagnostics: readonly Diagnostic[];
  /** Texts a locale lacks that its fallback fills: the translators' to-do list. */
  readonly untranslated: readonly FilledText[];
}

export interface ValidateResult extends Omit<LoadSpecResult, 'model'> {
  /** No error (warnings allowed), as `errspec validate` exits 0. */
  readonly valid: boolean;
}

export function loadSpec(options: LoadSpecOptions = {}): LoadSpecResult {
  const { settings, diagnostics } = settingsFor(options);
  if (!settings) return { spec: options.spec ?? '', diagnostics, untranslated: [] };
  return loadWith(settings, options.text, options.cwd);
}

/** The spec's diagnostics, plus a warning per stale translation when a translation lock sits beside it. */
export function validate(options: LoadSpecOptions = {}): ValidateResult {
  const { settings, diagnostics } = settingsFor(options);
  if (!settings) return { spec: options.spec ?? '', diagnostics, untranslated: [], valid: false };
  const { model, ...result } = validateWith(settings, options.text, options.cwd);
  return result;
}

/** `validate` with settings already resolved, keeping the model: what `errspec validate` prints. */
export function validateWith(settings: Settings, text?: string, cwd: string = process.cwd()): ValidateResult & { readonly model?: ErrorModel } {
  const loaded = loadWith(settings, text, cwd);
  const translations = loaded.model ? translationDiagnostics(loaded.model, settings.spec, (p) => displayPath(p, cwd)) : [];
  return {
    ...loaded,
    diagnostics: [...loaded.diagnostics, ...translations],
    valid: loaded.model !== undefined && !hasErrors(translations),
  };
}

/** The CLI's entry: settings already resolved. */
export function loadWith(settings: Settings, text?: string, cwd: string = process.cwd(), timings?: Timings): LoadSpecResult {
  const spec = displayPath(settings.spec, cwd);
  const loaded =
    text === undefined
      ? loadSpecFile(settings.spec, spec, settings.maxBytes === undefined ? {} : { maxBytes: settings.maxBytes }, timings)
      : loadSpecSource(decodeSource(new TextEncoder().encode(text), spec), timings);
  return {
    spec,
    ...(loaded.model ? { model: loaded.model } : {}),
    diagnostics: loaded.diagnostics,
    untranslated: loaded.model?.coverage ?? [],
  };
}
