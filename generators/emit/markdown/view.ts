// The data a markdown page template renders: raw text, per locale. Templates escape it
// through the helpers registered in `render.ts`.
import type { Cause, ErrorCode, ErrorModel, Locale, Localized, Param, RetryVerdict, Severity } from '../../model/types.js';
import { causeRetry } from '../../model/retry.js';

export interface PageView {
  readonly notice: string;
  readonly locale: Locale;
  readonly locales: readonly Locale[];
  readonly title: string;
  readonly labels: Readonly<Record<string, string>>;
  /** The catalog maps codes to HTTP statuses: the tables have an HTTP column. */
  readonly showHttp: boolean;
  /** The codes have more than one severity: the tables have a severity column. */
  readonly showSeverity: boolean;
  readonly codes: readonly CodeRow[];
  /** False for a catalog that declares no scenes: its causes are listed by code (`byCode`). */
  readonly hasScenes: boolean;
  /** Without scenes: every code in spec order, each followed by its causes; null with scenes. */
  readonly byCode: readonly ByCodeRow[] | null;
  /** The index grouped by range, when the spec declares ranges; else null and `codes` is the index. */
  readonly ranges: readonly RangeView[] | null;
  readonly scenes: readonly SceneView[];
  readonly uncoded: readonly CauseRow[];
  readonly classifications: readonly ClassificationRow[];
  readonly retired: readonly CodeRow[];
}

export interface CodeRow {
  readonly anchor: string;
  readonly code: string;
  readonly name: string;
  readonly synonyms: string;
  readonly aliases: string;
  /** Every status it can answer, e.g. `404, 409`. */
  readonly http: string;
  readonly severity: string;
  readonly retry: string;
  readonly summary: string;
  readonly note: string | null;
  /** The summary's placeholders with their types and examples, or null. */
  readonly params: string | null;
  readonly retiredSince: string | null;
  readonly retiredReason: string | null;
}

export interface RangeView {
  readonly id: string;
  /** The range's title in this locale, else its id. */
  readonly title: string;
  readonly owner: string;
  /** An interval's bounds, or null for a prefix range. */
  readonly from: string | null;
  readonly to: string | null;
  readonly prefix: string | null;
  /** Its live codes, in spec order. */
  readonly codes: readonly CodeRow[];
}

export interface CauseRow {
  /**
   * Its explanation is its code's summary (the code's only cause, no summary of its own):
   * the index shows it, so a scene table points there instead of printing it twice.
   */
  readonly asSummary: boolean;
  readonly anchor: string | null;
  readonly code: string | null;
  readonly name: string | null;
  readonly http: string;
  readonly severity: string;
  readonly causeId: string;
  /** The scene's title; null in a catalog without scenes. */
  readonly scene: string | null;
  readonly classification: string;
  readonly retry: string;
  readonly explanation: string;
  readonly advice: string;
  readonly note: string | null;
  /** The explanation's placeholders with their types and examples, or null. */
  readonly params: string | null;
  /** The owner code's `retired.since` when it is retired: the row must not look live. */
  readonly retiredSince: string | null;
}

/**
 * A row of the by-code table: a code's own row (its summary), or one of its causes. A
 * code whose summary is its only cause's explanation has one row, holding both.
 */
export interface ByCodeRow {
  /** The code's anchor, defined on its first row (a retired code's is in the retired table). */
  readonly anchor: string | null;
  /** A retired code's first row links to its anchor instead. */
  readonly link: string | null;
  /** These four on the code's first row only. */
  readonly code: string | null;
  readonly name: string | null;
  readonly synonyms: string;
  readonly aliases: string;
  /** The code's statuses on its row, the cause's status on a cause's. */
  readonly http: string;
  readonly severity: string;
  readonly retry: string;
  /** The summary on a code's row, the explanation on a cause's. */
  readonly text: string;
  readonly params: string | null;
  readonly note: string | null;
  /** A cause's classification advice; null on a code's own row. */
  readonly advice: string | null;
  readonly retiredSince: string | null;
}

export interface SceneView {
  readonly id: string;
  readonly title: string;
  readonly rows: readonly CauseRow[];
}

export interface ClassificationRow {
  readonly id: string;
  readonly retry: string;
  readonly advice: string;
  readonly note: string | null;
}

export function pageView(
  model: ErrorModel,
  locale: Locale,
  labels: Readonly<Record<string, string>>,
  notice: string,
  anchor: (code: string | number) => string,
): PageView {
  const t = (text: Localized): string => text[locale] ?? text[model.sourceLocale] ?? '';
  const tn = (text: Localized | undefined): string | null => (text ? t(text) : null);
  const retryLabel = (r: RetryVerdict): string => labels[`retry.${r}`] ?? r;
  const severityLabel = (s: Severity): string => labels[`severity.${s}`] ?? s;
  const sceneTitle = new Map(model.scenes.map((s) => [s.id, t(s.title)]));
  const classification = new Map(model.classifications.map((c) => [c.id, c]));
  const example = labels['paramExample'] ?? 'e.g.';
  /** `{{storeId}} (string, e.g. S-1): the store's id; …`, or null without params. */
  const params = (list: readonly Param[]): string | null =>
    list.length === 0
      ? null
      : list
          .map((p) => {
            const facts = [p.type ?? 'string or number', ...(p.example === undefined ? [] : [`${example} ${String(p.example)}`])];
            return `{{${p.name}}} (${facts.join(', ')})${p.description === undefined ? '' : `: ${p.description}`}`;
          })
          .join('; ');

  const codes: CodeRow[] = model.codes.map((c) => ({
    anchor: anchor(c.code),
    code: String(c.code),
    name: c.name,
    synonyms: c.synonyms.join(', '),
    aliases: c.aliases.join(', '),
    http: c.statuses.join(', '),
    severity: severityLabel(c.severity),
    retry: retryLabel(c.retry),
    summary: t(c.summary),
    note: tn(c.note),
    params: params(c.params),
    retiredSince: c.retired?.since ?? null,
    retiredReason: c.retired ? t(c.retired.reason) : null,
  }));

  const causeRow = (cause: ErrorModel['uncoded'][number], owner: ErrorModel['codes'][number] | null): CauseRow => {
    const cls = classification.get(cause.classification);
    return {
      asSummary: owner?.summaryFromCause === true,
      anchor: owner ? anchor(owner.code) : null,
      code: owner ? String(owner.code) : null,
      name: owner ? owner.name : null,
      http: cause.http === undefined ? '' : String(cause.http),
      severity: severityLabel(cause.severity),
      causeId: cause.id,
      scene: cause.scene === undefined ? null : (sceneTitle.get(cause.scene) ?? cause.scene),
      classification: cause.classification,
      retry: retryLabel(causeRetry(cause, model.classifications)),
      explanation: t(cause.explanation),
      advice: cls ? t(cls.advice) : '',
      note: tn(cause.note),
      params: params(cause.params),
      retiredSince: owner?.retired?.since ?? null,
    };
  };

  // One pass over the causes, each row to its scene: coded rows in code order, then uncoded ones.
  const rowsOf = new Map<string, CauseRow[]>(model.scenes.map((s) => [s.id, []]));
  for (const c of model.codes) for (const k of c.causes) if (k.scene !== undefined) rowsOf.get(k.scene)?.push(causeRow(k, c));
  const uncoded = model.uncoded.map((k) => causeRow(k, null));
  model.uncoded.forEach((k, i) => (k.scene === undefined ? undefined : rowsOf.get(k.scene)?.push(uncoded[i] as CauseRow)));
  const scenes: SceneView[] = model.scenes.map((s) => ({ id: s.id, title: t(s.title), rows: rowsOf.get(s.id) ?? [] }));

  const live = codes.filter((c) => c.retiredSince === null);
  const ranges: RangeView[] | null =
    model.ranges?.map((r) => ({
      id: r.id,
      title: r.title ? t(r.title) : r.id,
      owner: r.owner,
      from: r.kind === 'interval' ? String(r.from) : null,
      to: r.kind === 'interval' ? String(r.to) : null,
      prefix: r.kind === 'prefix' ? r.prefix : null,
      // `codes` is in step with `model.codes`.
      codes: codes.filter((c, i) => c.retiredSince === null && model.codes[i]?.range === r.id),
    })) ?? null;

  return {
    notice,
    locale,
    locales: model.locales,
    title: t(model.title),
    labels,
    showHttp: model.httpMapping,
    showSeverity: model.severities.length > 1,
    codes: live,
    ranges,
    hasScenes: model.scenes.length > 0,
    byCode: model.scenes.length > 0 ? null : byCodeRows(model, codes, (cause, owner) => causeRow(cause, owner)),
    scenes,
    uncoded,
    classifications: model.classifications.map((c) => ({ id: c.id, retry: retryLabel(c.retry), advice: t(c.advice), note: tn(c.note) })),
    retired: codes.filter((c) => c.retiredSince !== null),
  };
}

/** The by-code table of a catalog without scenes: each code's row, then its causes' rows. */
function byCodeRows(
  model: ErrorModel,
  codes: readonly CodeRow[],
  causeRow: (cause: Cause, owner: ErrorCode) => CauseRow,
): ByCodeRow[] {
  const out: ByCodeRow[] = [];
  model.codes.forEach((owner, i) => {
    const row = codes[i] as CodeRow;
    const head = {
      anchor: row.retiredSince === null ? row.anchor : null,
      link: row.retiredSince === null ? null : row.anchor,
      code: row.code,
      name: row.name,
      synonyms: row.synonyms,
      aliases: row.aliases,
      retiredSince: row.retiredSince,
    };
    const causes = owner.causes.map((cause) => causeRow(cause, owner));
    const cause = (c: CauseRow): Pick<ByCodeRow, 'http' | 'severity' | 'retry' | 'text' | 'params' | 'note' | 'advice'> =>
      ({ http: c.http, severity: c.severity, retry: c.retry, text: c.explanation, params: c.params, note: c.note, advice: c.advice });
    // The summary is the only cause's explanation: one row, so the text is shown once.
    if (owner.summaryFromCause && causes.length === 1) {
      out.push({ ...head, ...cause(causes[0] as CauseRow), note: joinNotes(row.note, (causes[0] as CauseRow).note) });
      return;
    }
    out.push({ ...head, http: row.http, severity: row.severity, retry: row.retry, text: row.summary, params: row.params, note: row.note, advice: null });
    const blank = { anchor: null, link: null, code: null, name: null, synonyms: '', aliases: '', retiredSince: null };
    for (const c of causes) out.push({ ...blank, ...cause(c) });
  });
  return out;
}

/** A code's note and its only cause's note, when both share one row. */
const joinNotes = (a: string | null, b: string | null): string | null => (a === null ? b : b === null ? a : `${a} ${b}`);
