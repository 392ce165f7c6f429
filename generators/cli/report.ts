import type { Diagnostic } from '../diagnostics/diagnostic.js';
import { formatDiagnostic, summaryLine } from '../diagnostics/format.js';
import type { Output } from './output.js';

export function printDiagnostics(io: Output, diagnostics: readonly Diagnostic[]): void {
  for (const d of diagnostics) io.err(formatDiagnostic(d));
  if (diagnostics.length > 0) io.err(summaryLine(diagnostics));
}
