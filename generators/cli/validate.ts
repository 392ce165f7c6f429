import { hasErrors } from '../diagnostics/diagnostic.js';
import { toJson } from '../diagnostics/format.js';
import { loadSpecFile } from '../pipeline/load-spec.js';
import { translationDiagnostics } from '../translations/warnings.js';
import { diagnosticAnnotation } from '../diagnostics/github.js';
import type { Output } from './output.js';
import { displayPath } from './paths.js';
import { printDiagnostics } from './report.js';
import type { Settings } from './settings.js';

export interface ValidateOptions {
  readonly format: 'text' | 'json' | 'github';
  /** Fail when there are more warnings than this (eslint's `--max-warnings`). */
  readonly maxWarnings?: number;
}

export function validateCommand(settings: Settings, io: Output, { format, maxWarnings }: ValidateOptions): number {
  const shown = displayPath(settings.spec);
  const loaded = loadSpecFile(settings.spec, shown, settings.maxBytes === undefined ? {} : { maxBytes: settings.maxBytes });
  // Stale translations, when a translation lock file sits beside the spec.
  const translations = loaded.model ? translationDiagnostics(loaded.model, settings.spec, (p) => displayPath(p)) : [];
  const diagnostics = [...loaded.diagnostics, ...translations];
  const valid = loaded.model !== undefined && !hasErrors(translations);
  const warnings = diagnostics.filter((d) => d.severity === 'warning').length;
  const tooManyWarnings = maxWarnings !== undefined && warnings > maxWarnings;
  const ok = valid && !tooManyWarnings;
  if (format === 'github') {
    for (const d of diagnostics) io.out(diagnosticAnnotation(d));
  } else if (format === 'json') {
    io.out(JSON.stringify({ spec: shown, valid: ok, diagnostics: diagnostics.map(toJson) }, null, 2));
  } else {
    printDiagnostics(io, diagnostics);
    if (valid) io.out(`${shown} is valid: ${loaded.model!.codes.length} codes, ${loaded.model!.locales.length} locales`);
  }
  if (valid && tooManyWarnings) io.err(`errspec: ${warnings} warning${warnings === 1 ? '' : 's'}, more than --max-warnings ${maxWarnings}`);
  return ok ? 0 : 1;
}
