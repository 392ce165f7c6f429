import { rules, type RuleId, type Severity } from './catalog.js';
import type { SourceFile } from '../load/source-file.js';

export interface Span {
  readonly start: number;
  readonly end: number;
}

export interface Diagnostic {
  readonly rule: RuleId;
  readonly severity: Severity;
  readonly message: string;
  readonly file: SourceFile;
  /** Offsets into `file.text`; absent for whole-file problems. */
  readonly span?: Span;
}

export function diagnostic(rule: RuleId, file: SourceFile, span: Span | undefined, message: string): Diagnostic {
  const d = { rule, severity: rules[rule].severity, message, file };
  return span ? { ...d, span } : d;
}

export const hasErrors = (diagnostics: readonly Diagnostic[]): boolean =>
  diagnostics.some((d) => d.severity === 'error');

/** File order, then position, then rule: a stable order whatever order rules ran in. */
export function sortDiagnostics(diagnostics: readonly Diagnostic[]): Diagnostic[] {
  return [...diagnostics].sort(
    (a, b) =>
      (a.file.path < b.file.path ? -1 : a.file.path > b.file.path ? 1 : 0) ||
      (a.span?.start ?? -1) - (b.span?.start ?? -1) ||
      (a.rule < b.rule ? -1 : a.rule > b.rule ? 1 : 0),
  );
}
