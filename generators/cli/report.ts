import type { Diagnostic } from '../diagnostics/diagnostic.js';
import { formatDiagnostic, summaryLine } from '../diagnostics/format.js';
import type { FilledText } from '../model/types.js';
import type { Output } from './output.js';

export function printDiagnostics(io: Output, diagnostics: readonly Diagnostic[]): void {
  for (const d of diagnostics) io.err(formatDiagnostic(d));
  if (diagnostics.length > 0) io.err(summaryLine(diagnostics));
}

/** Texts that fallbacks filled, per locale: the translators' to-do list. */
export function printCoverage(io: Output, filled: readonly FilledText[]): void {
  const byLocale = new Map<string, string[]>();
  for (const f of filled) byLocale.set(f.locale, [...(byLocale.get(f.locale) ?? []), `${f.key} (from ${f.from})`]);
  for (const [locale, keys] of byLocale) {
    io.out(`${locale}: ${keys.length} text${keys.length === 1 ? '' : 's'} filled by fallback:`);
    for (const key of keys.slice(0, 50)) io.out(`  ${key}`);
    if (keys.length > 50) io.out(`  … and ${keys.length - 50} more`);
  }
}
