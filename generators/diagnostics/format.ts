// Diagnostics as people and machines read them: `file:line:col  error  message  (rule)`
// with a short code frame and a hint saying how to fix it, or JSON.
import { masked, type Diagnostic } from './diagnostic.js';
import { lineColumn, lineText } from '../load/source-file.js';

export function formatDiagnostic(d: Diagnostic, { frame = true } = {}): string {
  const at = d.span ? lineColumn(d.file, d.span.start) : undefined;
  const head = `${d.file.path}${at ? `:${at.line}:${at.column}` : ''}  ${d.severity}  ${d.message}  (${d.rule})`;
  return frame ? `${head}\n${codeFrame(d)}  hint: ${d.hint}` : head;
}

/** The offending line with a caret underline, like tsc's pretty output. */
export function codeFrame(d: Diagnostic): string {
  if (!d.span) return '';
  const { line, column } = lineColumn(d.file, d.span.start);
  const text = masked(lineText(d.file, line));
  const gutter = String(line);
  const shown = text.length > 160 ? `${text.slice(0, 160)}…` : text;
  const width = Math.max(1, Math.min(d.span.end - d.span.start, text.length - column + 1, 160 - column + 1));
  const pad = ' '.repeat(gutter.length);
  // Tabs keep their width under the caret line.
  const lead = text.slice(0, column - 1).replace(/[^\t]/g, ' ');
  return `  ${gutter} | ${shown}\n  ${pad} | ${lead}${'^'.repeat(width)}\n`;
}

export function summaryLine(diagnostics: readonly Diagnostic[]): string {
  const errors = diagnostics.filter((d) => d.severity === 'error').length;
  const warnings = diagnostics.length - errors;
  const plural = (n: number, w: string) => `${n} ${w}${n === 1 ? '' : 's'}`;
  return `${plural(errors, 'error')}, ${plural(warnings, 'warning')}`;
}

export interface JsonDiagnostic {
  file: string;
  line?: number;
  column?: number;
  severity: string;
  rule: string;
  message: string;
  hint: string;
}

export function toJson(d: Diagnostic): JsonDiagnostic {
  const base = { file: d.file.path, severity: d.severity, rule: d.rule, message: d.message, hint: d.hint };
  if (!d.span) return base;
  return { ...base, ...lineColumn(d.file, d.span.start) };
}
