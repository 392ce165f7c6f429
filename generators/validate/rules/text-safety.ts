// What a text or a name may hold, beyond its shape.
//
// text-control-character: names, ids, codes and keys are plain visible text: no control,
// format (zero-width, bidi), line-separator character or unpaired surrogate. Texts are
// for people and may need the right-to-left marks U+200E/U+200F, zero-width joiners and
// the bidi isolates U+2066–U+2069 (what the W3C recommends for mixing directions), but
// never a bidi override or embedding U+202A–U+202E (which make a line display differently
// from what it says), a control character other than tab and newline, or an unpaired
// surrogate (no UTF-8 output can hold one).
//
// bidi-isolate-unbalanced: every isolate a text opens is closed by U+2069 on its line
// (a paragraph, for the bidi algorithm), and no U+2069 closes what the text did not open:
// a text is shown inside other text, where an unclosed isolate would swallow what follows.
//
// i18n-syntax, the one rule for braces: a placeholder is `{{name}}`, written exactly so.
// Refused: every other `{{…}}` form (i18next's `{{- x}}`, `{{x, format}}`, `{{a.b}}`,
// `{{ x }}`, an unclosed `{{`), i18next nesting `$t(`, and an ICU argument with a format
// (`{n, plural, …}`, `{d, date}`: `{`, a name, a comma), which i18next prints as written.
// Any other brace (`/v1/wallets/{id}`, `{0}`, `});`, `{ }`) is literal text in every
// output; a converter to ICU quotes it. A plain `{name}` naming a param of its own text
// is a warning (single-brace-placeholder, in rules/placeholders.ts). So i18next, the
// generated `formatMessage` and an ICU consumer interpolate exactly the declared
// placeholders and nothing else.
import type { PathSegment } from '../../load/locate.js';
import { report, type AnyReport, type Span } from '../../diagnostics/diagnostic.js';
import { isRecord, texts, type Rule, type RuleContext } from '../context.js';

const ID_FORBIDDEN = /[\p{Cc}\p{Cf}\p{Zl}\p{Zp}\p{Cs}]/gu;
const TEXT_FORBIDDEN = /[\u0000-\u0008\u000B-\u001F\u007F-\u009F\u202A-\u202E]|\p{Cs}/gu;
/** An ICU MessageFormat argument with a format: `{name, type…` (`{n, plural, …}`, `{0, number}`). */
const ICU_ARGUMENT = /^\{\s*[\p{L}\p{N}_]+\s*,/u;
/** A plain `{name}`: literal text, unless `name` is a param of the text (rules/placeholders.ts). */
const SINGLE_BRACE = /^\{([A-Za-z_][A-Za-z0-9_]*)\}/;

const NAMES: Readonly<Record<number, string>> = {
  0x00: 'NULL', 0x09: 'CHARACTER TABULATION', 0x0a: 'LINE FEED', 0x0d: 'CARRIAGE RETURN', 0x1b: 'ESCAPE', 0x7f: 'DELETE',
  0x85: 'NEXT LINE', 0xad: 'SOFT HYPHEN', 0x200b: 'ZERO WIDTH SPACE', 0x200c: 'ZERO WIDTH NON-JOINER', 0x200d: 'ZERO WIDTH JOINER',
  0x200e: 'LEFT-TO-RIGHT MARK', 0x200f: 'RIGHT-TO-LEFT MARK', 0x2028: 'LINE SEPARATOR', 0x2029: 'PARAGRAPH SEPARATOR',
  0x202a: 'LEFT-TO-RIGHT EMBEDDING', 0x202b: 'RIGHT-TO-LEFT EMBEDDING', 0x202c: 'POP DIRECTIONAL FORMATTING',
  0x202d: 'LEFT-TO-RIGHT OVERRIDE', 0x202e: 'RIGHT-TO-LEFT OVERRIDE', 0x2060: 'WORD JOINER', 0x2066: 'LEFT-TO-RIGHT ISOLATE',
  0x2067: 'RIGHT-TO-LEFT ISOLATE', 0x2068: 'FIRST STRONG ISOLATE', 0x2069: 'POP DIRECTIONAL ISOLATE', 0xfeff: 'ZERO WIDTH NO-BREAK SPACE',
};

export function describeChar(c: string): string {
  const cp = c.codePointAt(0) ?? 0;
  const hex = `U+${cp.toString(16).toUpperCase().padStart(4, '0')}`;
  const name = NAMES[cp];
  return name ? `${hex} ${name}` : hex;
}

function kindOf(c: string): string {
  const cp = c.codePointAt(0) ?? 0;
  if (cp >= 0x202a && cp <= 0x202e) return 'a bidi override or embedding, which makes the line display differently from what it says';
  if (cp >= 0xd800 && cp <= 0xdfff) return 'an unpaired surrogate, which no UTF-8 output can hold';
  if (cp === 0x2028 || cp === 0x2029) return 'a line separator that JavaScript reads as a line end and markdown does not';
  if (/\p{Cc}/u.test(c)) return 'a control character';
  return 'an invisible character';
}

/** Every distinct forbidden character of `s`, with the index of its first occurrence. */
function forbidden(s: string, pattern: RegExp): Array<[string, number]> {
  // Almost every string is clean: one test, and no match objects, for those.
  pattern.lastIndex = 0;
  if (!pattern.test(s)) return [];
  // matchAll starts where the test left lastIndex.
  pattern.lastIndex = 0;
  const found = new Map<string, number>();
  for (const m of s.matchAll(pattern)) if (!found.has(m[0])) found.set(m[0], m.index);
  return [...found];
}

/**
 * The source span of `value[index..index+length]`, where it can be found: the k-th
 * occurrence of that character in the value is the k-th in the source (quoting and
 * folding change only quotes and whitespace), or the k-th `\uXXXX`-style escape of it
 * in a double-quoted scalar. Otherwise the whole value.
 */
export function spanInValue(ctx: RuleContext, path: readonly PathSegment[], part: 'key' | 'value', value: string, index: number, length: number): Span | undefined {
  const span = ctx.locate(path, part);
  if (!span) return undefined;
  const raw = ctx.file.text.slice(span.start, span.end);
  const c = String.fromCodePoint(value.codePointAt(index) ?? 0);
  let k = 0;
  for (let i = value.indexOf(c); i !== -1 && i < index; i = value.indexOf(c, i + c.length)) k++;
  let at = -1;
  for (let j = 0; j <= k; j++) {
    at = raw.indexOf(c, at + 1);
    if (at === -1) break;
  }
  if (at !== -1) return { start: span.start + at, end: span.start + at + length };
  const cp = c.codePointAt(0) ?? 0;
  const hex = cp.toString(16);
  const named: Record<number, string> = { 0: '0', 7: 'a', 8: 'b', 0x0b: 'v', 0x0c: 'f', 0x0d: 'r', 0x1b: 'e', 0x85: 'N', 0x2028: 'L', 0x2029: 'P' };
  // YAML escapes have fixed widths: \xXX, \uXXXX, \UXXXXXXXX.
  const escapes = [`\\\\u${hex.padStart(4, '0')}`, `\\\\U${hex.padStart(8, '0')}`];
  if (cp < 0x100) escapes.push(`\\\\x${hex.padStart(2, '0')}`);
  if (named[cp]) escapes.push(`\\\\${named[cp]}`);
  const found = [...raw.matchAll(new RegExp(escapes.join('|'), cp === 0x85 || cp === 0x2028 || cp === 0x2029 ? 'g' : 'gi'))];
  const m = found[k] ?? found[0];
  if (m) return { start: span.start + m.index, end: span.start + m.index + m[0].length };
  return span;
}

function reportChar(ctx: RuleContext, path: readonly PathSegment[], part: 'key' | 'value', value: string, c: string, index: number, r: AnyReport): void {
  ctx.add(path, r, part, spanInValue(ctx, path, part, value, index, c.length));
}

export interface BraceProblem {
  readonly index: number;
  readonly length: number;
  readonly report: AnyReport;
}

export interface BraceScan {
  /** `{{name}}` placeholders, in order. */
  readonly placeholders: ReadonlyArray<{ readonly name: string; readonly index: number }>;
  /** Plain `{name}`s (literal text), in order. */
  readonly singles: ReadonlyArray<{ readonly name: string; readonly index: number }>;
  readonly problems: readonly BraceProblem[];
}

const PLACEHOLDER_NAME = /^[A-Za-z_][A-Za-z0-9_]*$/;

/** A text read by the one brace rule (see the top of this file). */
export function scanBraces(text: string): BraceScan {
  const placeholders: Array<{ name: string; index: number }> = [];
  const singles: Array<{ name: string; index: number }> = [];
  const problems: BraceProblem[] = [];
  for (let i = nextBraceOrNesting(text, 0); i < text.length; i = nextBraceOrNesting(text, i)) {
    if (text.startsWith('$t(', i)) {
      problems.push({ index: i, length: 3, report: report({ rule: 'i18n-syntax', messageId: 'nesting' }) });
      i += 3;
    } else if (text.startsWith('{{', i)) {
      const close = text.indexOf('}}', i + 2);
      if (close === -1) {
        problems.push({ index: i, length: 2, report: report({ rule: 'i18n-syntax', messageId: 'unclosed' }) });
        i += 2;
        continue;
      }
      const inner = text.slice(i + 2, close);
      const whole = inner.length > 40 ? `{{${inner.slice(0, 40)}…}}` : `{{${inner}}}`;
      if (PLACEHOLDER_NAME.test(inner)) {
        placeholders.push({ name: inner, index: i });
      } else {
        problems.push({ index: i, length: close + 2 - i, report: braceProblem(inner, whole) });
      }
      i = close + 2;
    } else if (ICU_ARGUMENT.test(text.slice(i, i + 200))) {
      const end = matchingBrace(text, i);
      const shown = end === -1 || end - i > 40 ? `${text.slice(i, i + 20)}…` : text.slice(i, end + 1);
      problems.push({ index: i, length: 1, report: report({ rule: 'i18n-syntax', messageId: 'icu', format: { whole: shown } }) });
      // Its branches (`one {# item}`) are part of it, not more text to read.
      i = end === -1 ? i + 1 : end + 1;
    } else {
      const single = SINGLE_BRACE.exec(text.slice(i, i + 200));
      if (single) singles.push({ name: single[1] as string, index: i });
      i += single ? single[0].length : 1;
    }
  }
  return { placeholders, singles, problems };
}

/** The index of the `}` closing the `{` at `open`, counting nested braces; -1 if none does. */
function matchingBrace(text: string, open: number): number {
  let depth = 0;
  for (let i = open; i < text.length; i++) {
    if (text[i] === '{') depth++;
    else if (text[i] === '}' && --depth === 0) return i;
  }
  return -1;
}

/** What a `{{…}}` that is not `{{name}}` is. */
function braceProblem(inner: string, whole: string): AnyReport {
  const trimmed = inner.trim();
  if (trimmed.startsWith('-')) return report({ rule: 'i18n-syntax', messageId: 'unescaped', format: { whole } });
  if (inner.includes(',')) return report({ rule: 'i18n-syntax', messageId: 'format', format: { whole } });
  if (PLACEHOLDER_NAME.test(trimmed)) return report({ rule: 'i18n-syntax', messageId: 'spaces', format: { whole, name: trimmed } });
  if (/^[A-Za-z_][\w]*(\.[A-Za-z_]\w*)+$/.test(trimmed)) return report({ rule: 'i18n-syntax', messageId: 'lookup', format: { whole } });
  return report({ rule: 'i18n-syntax', format: { whole } });
}

const ISOLATE = /[\u2066-\u2069\n\u2029]/g;

/**
 * Where an isolate opens that no U+2069 closes on its line, or a U+2069 closes none, in
 * text order. A line end or U+2029 closes every isolate for the bidi algorithm (it ends a paragraph).
 */
export function unbalancedIsolates(text: string): number[] {
  // Almost no text holds an isolate.
  if (!/[\u2066-\u2069]/.test(text)) return [];
  const bad: number[] = [];
  let open: number[] = [];
  ISOLATE.lastIndex = 0;
  for (let m = ISOLATE.exec(text); ; m = ISOLATE.exec(text)) {
    if (m === null || m[0] === '\n' || m[0] === '\u2029') {
      bad.push(...open);
      open = [];
      if (m === null) break;
    } else if (m[0] !== '\u2069') open.push(m.index);
    else if (open.pop() === undefined) bad.push(m.index);
  }
  return bad.sort((a, b) => a - b);
}

const BRACE_OR_NESTING = /\{|\$t\(/g;

/** Where the next `{` or `$t(` starts at or after `from`; the text's length if none does. */
function nextBraceOrNesting(text: string, from: number): number {
  BRACE_OR_NESTING.lastIndex = from;
  return BRACE_OR_NESTING.exec(text)?.index ?? text.length;
}

export const textSafetyRules: Rule = (ctx) => {
  const textRecords = new Set<object>();
  for (const site of texts(ctx.data)) textRecords.add(site.text);

  const checkId = (value: string, path: readonly PathSegment[], part: 'key' | 'value') => {
    for (const [c, index] of forbidden(value, ID_FORBIDDEN)) {
      const what = part === 'key' ? `Key ${JSON.stringify(value)} in ${ctx.where(path.slice(0, -1))}` : `${ctx.where(path)} ${JSON.stringify(value)}`;
      reportChar(ctx, path, part, value, c, index, report({ rule: 'text-control-character', format: { what, char: describeChar(c), kind: kindOf(c) } }));
    }
  };

  const checkText = (value: string, path: readonly PathSegment[]) => {
    for (const [c, index] of forbidden(value, TEXT_FORBIDDEN)) {
      const cp = c.codePointAt(0) ?? 0;
      const hint = c === '\r' ? 'cr' : cp >= 0x202a && cp <= 0x202e ? 'bidi' : 'text';
      const format = { where: ctx.where(path), char: describeChar(c), kind: kindOf(c) };
      reportChar(ctx, path, 'value', value, c, index, report({ rule: 'text-control-character', messageId: 'text', hint, format }));
    }
    for (const problem of scanBraces(value).problems) {
      ctx.add(path, problem.report, 'value', spanInValue(ctx, path, 'value', value, problem.index, problem.length));
    }
    for (const index of unbalancedIsolates(value)) {
      const where = ctx.where(path);
      const r = value[index] === '\u2069'
        ? report({ rule: 'bidi-isolate-unbalanced', messageId: 'stray', format: { where } })
        : report({ rule: 'bidi-isolate-unbalanced', format: { where, char: describeChar(value[index] as string) } });
      ctx.add(path, r, 'value', spanInValue(ctx, path, 'value', value, index, 1));
    }
  };

  // Every key and every string of the file: what is not a text is a name, an id, a code
  // or a keyword, so the stricter rule applies to anything not known to be a text.
  // One path array, pushed and popped; a report reads it at once and keeps nothing.
  const path: PathSegment[] = [];
  const walk = (node: unknown): void => {
    if (Array.isArray(node)) {
      for (let i = 0; i < node.length; i++) {
        path.push(i);
        walk(node[i]);
        path.pop();
      }
    } else if (isRecord(node)) {
      const isText = textRecords.has(node);
      for (const key of Object.keys(node)) {
        const value = node[key];
        path.push(key);
        checkId(key, path, 'key');
        if (isText && typeof value === 'string') checkText(value, path);
        else walk(value);
        path.pop();
      }
    } else if (typeof node === 'string') {
      checkId(node, path, 'value');
    }
  };
  walk(ctx.data);
};
