import { rules, type RuleId, type Rules, type Severity } from './catalog.js';
import type { KeysOf, MessageParams } from './message.js';
import type { SourceFile } from '../load/source-file.js';
import { compareCodePoints } from '../util/stable-json.js';

export interface Span {
  readonly start: number;
  readonly end: number;
}

export interface Diagnostic {
  readonly rule: RuleId;
  readonly severity: Severity;
  /** What is wrong. */
  readonly message: string;
  /** How to fix it. */
  readonly hint: string;
  readonly file: SourceFile;
  /** Offsets into `file.text`; absent for whole-file problems. */
  readonly span?: Span;
}

type MessagesOf<R extends RuleId> = Rules[R]['messages'];
type HintsOf<R extends RuleId> = Rules[R]['hints'];
export type MessageId<R extends RuleId> = keyof MessagesOf<R> & string;
export type HintId<R extends RuleId> = keyof HintsOf<R> & string;
/** The hint a report gets: the one it names, else the one named like its message, else `default`. */
type HintFor<R extends RuleId, M extends string, H extends string> = [H] extends [never] ? (M extends HintId<R> ? M : 'default') : H;
type ParamsOf<R extends RuleId, M extends MessageId<R>, H extends HintId<R>> = MessageParams<
  KeysOf<MessagesOf<R>[M]> | KeysOf<HintsOf<R>[HintFor<R, M, H> & keyof HintsOf<R>]>
>;

/** A diagnostic as a call site states it: the rule, which wording, and the values it needs. */
export type Report<R extends RuleId = RuleId, M extends MessageId<R> = 'default' & MessageId<R>, H extends HintId<R> = never> = {
  readonly rule: R;
  readonly messageId?: M;
  readonly hint?: H;
} & ({} extends ParamsOf<R, M, H> ? { readonly format?: ParamsOf<R, M, H> } : { readonly format: ParamsOf<R, M, H> });

/** Any report, once checked at its call site; what collections of reports hold. */
export interface AnyReport {
  readonly rule: RuleId;
  readonly messageId?: string;
  readonly hint?: string;
  readonly format?: Readonly<Record<string, string | number>>;
}

/** A checked report; returns it as is, so reports can be built before they are placed. */
export const report = <R extends RuleId, M extends MessageId<R> = 'default' & MessageId<R>, H extends HintId<R> = never>(r: Report<R, M, H>): AnyReport =>
  r as AnyReport;

// Invisible, control and bidi characters, and unpaired surrogates. A message that echoes
// user data must not carry them to a terminal or CI log: a bidi override would reorder
// the very line that reports it.
const INVISIBLE = /[\p{Cc}\p{Cf}\p{Zl}\p{Zp}\p{Cs}]/gu;

/** `s` with every invisible or control character written as `\u{XXXX}`. */
export const visible = (s: string): string =>
  s.replace(INVISIBLE, (c) => `\\u{${(c.codePointAt(0) ?? 0).toString(16).toUpperCase().padStart(4, '0')}}`);

/** `s` with every invisible or control character but tab replaced by U+FFFD, one for one (columns stay). */
export const masked = (s: string): string => s.replace(INVISIBLE, (c) => (c === '\t' ? c : '\uFFFD'.repeat(c.length)));

export function diagnostic<R extends RuleId, M extends MessageId<R> = 'default' & MessageId<R>, H extends HintId<R> = never>(
  file: SourceFile,
  span: Span | undefined,
  r: Report<R, M, H>,
): Diagnostic {
  return render(file, span, r as AnyReport);
}

/** The catalog's wording filled with the report's values. */
export function render(file: SourceFile, span: Span | undefined, r: AnyReport): Diagnostic {
  const def = rules[r.rule];
  const messages = def.messages as Readonly<Record<string, (p: object) => string>>;
  const hints = def.hints as Readonly<Record<string, (p: object) => string>>;
  const messageId = r.messageId ?? 'default';
  const message = messages[messageId] ?? messages['default']!;
  const hint = hints[r.hint ?? messageId] ?? hints['default']!;
  const format = r.format ?? {};
  const d = { rule: r.rule, severity: def.severity, message: visible(message(format)), hint: visible(hint(format)), file };
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
