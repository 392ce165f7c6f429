// Table rows -> spec data. Rows of one code become one entry with a cause per row;
// identical advice texts become one classification; rows without a code go to
// `uncoded`. What the table cannot give (names, ids, summaries, retry stances, other
// locales' texts) is made up visibly: a `note` on the entry, a comment where the
// schema has no note, and a line in `invented` for the command to list.
import { render, report as checked, type AnyReport, type Diagnostic } from '../diagnostics/diagnostic.js';
import { ToolError } from '../diagnostics/tool-error.js';
import type { SourceFile } from '../load/source-file.js';
import type { CodeType, NamingConvention, Retry } from '../model/types.js';
import { codeValue, detectCodeType, httpStatus } from './cell-values.js';
import { screamingNameOf, SlugIds, slugOf, unique, wordsOf } from './names.js';
import type { Row } from './rows.js';
import type { Cell } from './table.js';

/** `--retry "retry will not succeed=never"`: advice texts containing `match` get `retry`. */
export interface RetryRule {
  readonly match: string;
  readonly retry: Retry;
}

export interface BuildOptions {
  readonly codes?: CodeType;
  /** Source locale first; the others fall back to it until translated. */
  readonly locales: readonly [string, ...string[]];
  readonly retry: readonly RetryRule[];
  readonly id: string;
  readonly title: string;
}

/** A field the table did not give, by its place in the spec. */
export interface Invented {
  readonly path: string;
  readonly what: string;
}

/** A comment above the key (or list item) at `path`, for what the schema gives no `note`. */
export interface SpecComment {
  readonly path: readonly (string | number)[];
  readonly text: string;
}

export interface BuiltSpec {
  readonly data: Record<string, unknown>;
  readonly comments: readonly SpecComment[];
  readonly invented: readonly Invented[];
  readonly diagnostics: readonly Diagnostic[];
  readonly stats: { readonly rows: number; readonly codes: number; readonly causes: number; readonly uncoded: number };
}

const DEFAULT_HTTP = 500;
const NO_SCENE = 'General';
const NO_ADVICE = 'No handling advice is given for these causes.';
const NOT_AN_ERROR = /\bnot an error\b/i;
const NAMING_PATTERNS: readonly [NamingConvention, RegExp][] = [
  ['SCREAMING_SNAKE_CASE', /^[A-Z][A-Z0-9]*(_[A-Z0-9]+)*$/],
  ['PascalCase', /^[A-Z][A-Za-z0-9]*$/],
  ['camelCase', /^[a-z][A-Za-z0-9]*$/],
  ['snake_case', /^[a-z][a-z0-9]*(_[a-z0-9]+)*$/],
];

interface Cause {
  id: string;
  scene: string;
  classification: string;
  explanation: Record<string, string>;
  severity?: 'info';
  /** The row's status, when it differs from its code's (the code's first one). */
  http?: number;
  note?: Record<string, string>;
}

interface Entry {
  readonly code: number | string;
  readonly codeCell: Cell;
  readonly rows: Row[];
  http?: Slot<number> | undefined;
  name?: Slot<string> | undefined;
}

export function buildSpec(file: SourceFile, rows: readonly Row[], options: BuildOptions): BuiltSpec {
  const [source, ...targets] = options.locales;
  const text = (s: string): Record<string, string> => ({ [source]: s });
  const diagnostics: Diagnostic[] = [];
  const invented: Invented[] = [];
  const comments: SpecComment[] = [];
  const report: Report = (cell, r) => diagnostics.push(render(file, { start: cell.offset, end: cell.offset + 1 }, r));

  const usable = rows.filter((row) => {
    if (row.explanation?.text) return true;
    const at = row.code ?? row.explanation ?? Object.values(row)[0];
    if (at) report(at, checked({ rule: 'table-cell' }));
    return false;
  });

  const codeTexts = usable.map((r) => r.code?.text ?? '').filter((t) => t !== '');
  const codeType = options.codes ?? detectCodeType(codeTexts);
  if (options.codes === undefined) {
    const why = codeType === 'integer' ? 'every code is a whole number' : 'not every code is a whole number';
    invented.push({ path: 'codes.type', what: `${codeType}: ${why} (--codes integer|string decides)` });
  }

  // Scenes and classifications, by their text in first-appearance order.
  const scenes = new SlugIds(5, 'scene', (title, id) => {
    const made = title === NO_SCENE ? 'the scene: the table gives none' : `the id, from the title "${title}"`;
    invented.push({ path: `scenes.${id}`, what: made });
    comments.push({ path: ['scenes', id], text: ` Made by errspec import: ${made}. Review the id: it is a key in i18n and in the API.` });
  });
  const sceneOf = (row: Row): string => scenes.idOf(row.scene?.text || NO_SCENE);
  const advices = new SlugIds(4, 'classification');
  const classificationOf = (row: Row): string => advices.idOf(row.advice?.text || NO_ADVICE);

  const entries = new Map<number | string, Entry>();
  const uncoded: { row: Row; cause: Cause }[] = [];
  // A row whose status differs from its code's: its cause answers its own.
  const ownStatus = new Map<Row, number>();
  const causeOf = (row: Row, ids: Set<string>): Cause => {
    const explanation = row.explanation!.text;
    const cause: Cause = {
      id: unique(slugOf(explanation, 5) || 'cause', ids, '-'),
      scene: sceneOf(row),
      classification: classificationOf(row),
      explanation: text(explanation),
    };
    if (NOT_AN_ERROR.test(explanation)) cause.severity = 'info';
    const status = ownStatus.get(row);
    if (status !== undefined) cause.http = status;
    return cause;
  };

  // Scenes and classifications in the order their rows come, whatever code they belong to.
  for (const row of usable) {
    sceneOf(row);
    classificationOf(row);
  }
  for (const row of usable) {
    const codeCell = row.code;
    if (!codeCell || codeCell.text === '') {
      uncoded.push({ row, cause: causeOf(row, new Set(uncoded.map((u) => u.cause.id))) });
      continue;
    }
    const value = codeValue(codeCell.text, codeType);
    if (value === undefined) {
      report(codeCell, checked({ rule: 'table-cell', messageId: 'code', format: { code: JSON.stringify(codeCell.text) } }));
      continue;
    }
    let entry = entries.get(value);
    if (!entry) {
      entry = { code: value, codeCell, rows: [] };
      entries.set(value, entry);
    }
    entry.rows.push(row);
    const status = once(undefined, row.http, httpStatus, 'HTTP status', codeCell.text, report);
    if (entry.http === undefined) entry.http = status;
    else if (status !== undefined && status.value !== entry.http.value) ownStatus.set(row, status.value);
    entry.name = once(entry.name, row.name, (t) => t, 'name', codeCell.text, report);
  }

  const naming = namingOf([...entries.values()], report);
  const retryOf = retryStances([...advices.byText.keys()], options.retry);
  const takenNames = new Set<string>();
  // Given names first, so a made-up one never takes a name the table gives.
  for (const e of entries.values()) if (e.name) takenNames.add(e.name.value.toLowerCase());

  // HTTP as the table gives it: per code where it does, `defaults.http` (said to be made up)
  // for the codes it leaves out, and no mapping at all (`http: false`) when it gives none.
  const withHttp = [...entries.values()].filter((e) => e.http !== undefined).length;
  const httpMapping = withHttp > 0;
  const errors = [...entries.values()].map((entry, i) => {
    const ids = new Set<string>();
    const causes = entry.rows.map((row) => causeOf(row, ids));
    const made: string[] = [];
    let name = entry.name?.value;
    if (name === undefined) {
      name = unique(nameOf(entry, causes[0]!.explanation[source]!, codeType, naming), takenNames, '_');
      made.push('the name');
    }
    // One cause: its explanation serves as the summary, so none is made up.
    if (causes.length > 1) made.push("the summary (the first row's explanation)");
    made.push(causes.length === 1 ? 'the cause id' : 'the cause ids');
    invented.push({ path: `errors[${i}] (${entry.code} ${name})`, what: made.join(', ') });
    return {
      code: entry.code,
      name,
      ...(entry.http === undefined ? {} : { http: entry.http.value }),
      ...(causes.length === 1 ? {} : { summary: text(causes[0]!.explanation[source]!) }),
      note: text(`Made by errspec import: ${made.join(', ')}. Review them (names and ids are part of the API once released), then delete this note.`),
      causes,
    };
  });

  for (const { cause } of uncoded) {
    cause.note = text('The table gives no error code for this row.');
    invented.push({ path: `uncoded.${cause.id}`, what: 'the cause id (the row has no code)' });
  }

  const classifications = Object.fromEntries(
    [...advices.byText].map(([advice, id]) => {
      const retry = retryOf.get(advice);
      const made = retry === undefined ? `retry: never is a placeholder, the table does not say whether retrying helps (errspec import --retry "TEXT=never|may|not-an-error")` : '';
      invented.push({ path: `classifications.${id}`, what: made ? `the id, and ${made}` : 'the id, from the advice' });
      const note = `Made by errspec import: the id, from the advice${made ? `; REVIEW: ${made}` : ''}. Review, then delete this note.`;
      return [id, { retry: retry ?? 'never', advice: text(advice), note: text(note) }];
    }),
  );

  const locales: Record<string, unknown> = { source };
  if (targets.length > 0) {
    locales['targets'] = targets;
    locales['fallback'] = Object.fromEntries(targets.map((t) => [t, source]));
    for (const t of targets) invented.push({ path: `locales.fallback.${t}`, what: `every ${t} text is the ${source} one until translated (validate lists them)` });
    comments.push({ path: ['locales', 'fallback'], text: ` Untranslated: each target locale shows the ${source} text until its own is added (\`errspec validate\` lists them).\n Remove a locale from here once every text has it.` });
  }
  invented.push({ path: 'id, title', what: `from the file name: ${options.id}` });
  if (httpMapping && withHttp < entries.size) {
    invented.push({ path: 'defaults.http', what: `${DEFAULT_HTTP}, for the ${entries.size - withHttp} code(s) the table gives no HTTP status` });
    comments.push({ path: ['defaults'], text: ` Made by errspec import: the table gives no HTTP status for ${entries.size - withHttp} code(s); they answer this one.` });
  }

  const data: Record<string, unknown> = {
    errspec: 1,
    id: options.id,
    title: text(options.title),
    codes: { type: codeType, naming },
    locales,
    ...(httpMapping ? (withHttp < entries.size ? { defaults: { http: DEFAULT_HTTP } } : {}) : { http: false }),
    scenes: Object.fromEntries([...scenes.byText].map(([title, id]) => [id, { title: text(title) }])),
    classifications,
    errors,
    ...(uncoded.length > 0 ? { uncoded: uncoded.map((u) => u.cause) } : {}),
  };
  const causes = errors.reduce((n, e) => n + e.causes.length, 0) + uncoded.length;
  // Listed in the order of the file.
  const order = ['id', 'codes', 'locales', 'defaults', 'scenes', 'classifications', 'errors', 'uncoded'];
  const rank = (f: Invented) => order.findIndex((o) => f.path.startsWith(o));
  const listed = invented.map((f, i) => ({ f, i })).sort((a, b) => rank(a.f) - rank(b.f) || a.i - b.i).map(({ f }) => f);
  return { data, comments, invented: listed, diagnostics, stats: { rows: rows.length, codes: errors.length, causes, uncoded: uncoded.length } };
}

type Report = (cell: Cell, r: AnyReport) => void;
type Slot<V> = { readonly value: V; readonly cell: Cell };

/** The first row's value of a field a code has once; a later row saying otherwise is a conflict. */
function once<V extends string | number>(
  first: Slot<V> | undefined,
  cell: Cell | undefined,
  read: (text: string) => V | undefined,
  what: string,
  code: string,
  report: Report,
): Slot<V> | undefined {
  if (!cell || cell.text === '') return first;
  const value = read(cell.text);
  if (value === undefined) {
    report(cell, checked({ rule: 'table-cell', messageId: 'status', format: { value: JSON.stringify(cell.text), what } }));
    return first;
  }
  if (first === undefined) return { value, cell };
  if (first.value !== value) {
    report(cell, checked({ rule: 'table-conflict', format: { code, what, first: JSON.stringify(first.value), value: JSON.stringify(value) } }));
  }
  return first;
}

/** The convention every name the table gives follows (SCREAMING_SNAKE_CASE when it gives none). */
function namingOf(entries: readonly Entry[], report: Report): NamingConvention {
  const given = entries.flatMap((e) => (e.name ? [e.name] : []));
  const fits = NAMING_PATTERNS.find(([, pattern]) => given.every((n) => pattern.test(n.value)));
  if (fits) return fits[0];
  const odd = given.find((n) => !NAMING_PATTERNS[0]![1].test(n.value))!;
  report(odd.cell, checked({ rule: 'table-cell', messageId: 'naming', format: { name: JSON.stringify(odd.value) } }));
  return 'SCREAMING_SNAKE_CASE';
}

/** A name from a string code that reads as words (`card_declined`), else from the explanation. */
function nameOf(entry: Entry, explanation: string, codeType: CodeType, naming: NamingConvention): string {
  const fromCode = codeType === 'string' && /^[A-Za-z]/.test(String(entry.code)) ? String(entry.code) : '';
  const all = wordsOf(fromCode || explanation);
  // Four words say enough, unless the fourth is a `no` or `not` that needs its object.
  const cut = fromCode ? 8 : /^(no|not)$/.test(all[3] ?? '') ? 5 : 4;
  const words = all.slice(0, cut);
  const screaming = screamingNameOf(words.join(' '), 8) || `CODE_${String(entry.code).replace(/\W/g, '_')}`;
  if (naming === 'SCREAMING_SNAKE_CASE') return screaming;
  if (naming === 'snake_case') return screaming.toLowerCase();
  const pascal = screaming.toLowerCase().replace(/(^|_)([a-z0-9])/g, (_m, _s: string, c: string) => c.toUpperCase());
  return naming === 'PascalCase' ? pascal : pascal.charAt(0).toLowerCase() + pascal.slice(1);
}

/** Each advice text's stance from `--retry`; a rule that matches nothing, or two that disagree, is a usage error. */
function retryStances(advices: readonly string[], rules: readonly RetryRule[]): Map<string, Retry> {
  const out = new Map<string, Retry>();
  for (const rule of rules) {
    const matched = advices.filter((a) => a.toLowerCase().includes(rule.match.toLowerCase()));
    if (matched.length === 0) {
      throw new ToolError('usage', `--retry ${JSON.stringify(`${rule.match}=${rule.retry}`)} matches no advice text of the table; the advice texts are:\n${advices.map((a) => `  ${a}`).join('\n')}`);
    }
    for (const advice of matched) {
      const earlier = out.get(advice);
      if (earlier !== undefined && earlier !== rule.retry) {
        throw new ToolError('usage', `--retry gives both ${earlier} and ${rule.retry} for the advice ${JSON.stringify(advice)}; make the texts more specific`);
      }
      out.set(advice, rule.retry);
    }
  }
  return out;
}
