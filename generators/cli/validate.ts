import { hasErrors } from '../diagnostics/diagnostic.js';
import { toJson } from '../diagnostics/format.js';
import { loadSpecFile } from '../pipeline/load-spec.js';
import { translationDiagnostics } from '../translations/warnings.js';
import type { Output } from './output.js';
import { displayPath } from './paths.js';
import { printDiagnostics } from './report.js';
import type { Settings } from './settings.js';

export function validateCommand(settings: Settings, io: Output, format: 'text' | 'json'): number {
  const shown = displayPath(settings.spec);
  const loaded = loadSpecFile(settings.spec, shown, settings.maxBytes === undefined ? {} : { maxBytes: settings.maxBytes });
  // Stale translations, when a translation lock file sits beside the spec.
  const translations = loaded.model ? translationDiagnostics(loaded.model, settings.spec, (p) => displayPath(p)) : [];
  const diagnostics = [...loaded.diagnostics, ...translations];
  const ok = loaded.model !== undefined && !hasErrors(translations);
  if (format === 'json') {
    io.out(JSON.stringify({ spec: shown, valid: ok, diagnostics: diagnostics.map(toJson) }, null, 2));
  } else {
    printDiagnostics(io, diagnostics);
    if (ok) io.out(`${shown} is valid: ${loaded.model!.codes.length} codes, ${loaded.model!.locales.length} locales`);
  }
  return ok ? 0 : 1;
}
