import { rules, type RuleId, type Severity } from './catalog.js';
import type { SourceFile } from '../load/source-file.js';
import { compareCodePoints } from '../util/stable-json.js';

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

// Invisible, control and bidi characters, and unpaired surrogates. A message that echoes
// user data must not carry them to a terminal or CI log: a bidi override would reorder
// the very line that reports it.
const INVISIBLE = /[\p{Cc}\p{Cf}\p{Zl}\p{Zp}\p{Cs}]/gu;

/** `s` with every invisible or control character written as `\u{XXXX}`. */
export const visible = (s: string): string =>
  s.replace(INVISIBLE, (c) => `\\u{${(c.codePointAt(0) ?? 0).toString(16).toUpperCase().padStart(4, '0')}}`);

/** `s` with every invisible or control character but tab replaced by U+FFFD, one for one (columns stay). */
export const masked = (s: string): string => s.replace(INVISIBLE, (c) => (c === '\t' ? c : '\uFFFD'.repeat(c.length)));

export function diagnostic(rule: RuleId, file: SourceFile, span: Span | undefined, message: string): Diagnostic {
  const d = { rule, severity: rules[rule].severity, message: visible(message), file };
  return span ? { ...d, span } : d;
}

export const hasErrors = (diagnostics: readonly Diagnostic[]): boolean =>
  diagnostics.some((d) => d.severity === 'error');

/** File order, then position, then rule: a stable order whatever order rules ran in. */
export function sortDiagnostics(diagnostics: readonly Diagnostic[]): Diagnostic[] {
  return [...diagnostics].sort(
    (a, b) =>
      compareCodePoints(a.file.path, b.file.path) ||
      (a.span?.start ?? -1) - (b.span?.start ?? -1) ||
      compareCodePoints(a.rule, b.rule),
  );
}
