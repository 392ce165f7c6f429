// The data a markdown page template renders: raw text, per locale. Templates escape it
// through the helpers registered in `render.ts`.
import type { ErrorModel, Locale, Localized, Param, RetryVerdict } from '../../model/types.js';
import { causeRetry } from '../../model/retry.js';

export interface PageView {
  readonly notice: string;
  readonly locale: Locale;
  readonly locales: readonly Locale[];
  readonly title: string;
  readonly labels: Readonly<Record<string, string>>;
  readonly codes: readonly CodeRow[];
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
  readonly aliases: string;
  readonly http: number;
  readonly retry: string;
  readonly summary: string;
  readonly note: string | null;
  /** The summary's placeholders with their types and examples, or null. */
  readonly params: string | null;
  readonly informational: boolean;
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
  readonly anchor: string | null;
  readonly code: string | null;
  readonly name: string | null;
  readonly http: number | null;
  readonly causeId: string;
  readonly scene: string;
  readonly classification: string;
  readonly retry: string;
  readonly explanation: string;
  readonly advice: string;
  readonly note: string | null;
  /** The explanation's placeholders with their types and examples, or null. */
  readonly params: string | null;
  readonly informational: boolean;
  /** The owner code's `retired.since` when it is retired: the row must not look live. */
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

  const liveCodes = model.codes.filter((c) => c.retired === undefined);
  const codes: CodeRow[] = model.codes.map((c) => ({
    anchor: anchor(c.code),
    code: String(c.code),
    name: c.name,
    aliases: c.aliases.join(', '),
    http: c.http,
    retry: retryLabel(c.retry),
    summary: t(c.summary),
    note: tn(c.note),
    params: params(c.params),
    informational: c.informational,
    retiredSince: c.retired?.since ?? null,
    retiredReason: c.retired ? t(c.retired.reason) : null,
  }));

  const causeRow = (cause: ErrorModel['uncoded'][number], owner: ErrorModel['codes'][number] | null): CauseRow => {
    const cls = classification.get(cause.classification);
    return {
      anchor: owner ? anchor(owner.code) : null,
      code: owner ? String(owner.code) : null,
      name: owner ? owner.name : null,
      http: owner ? owner.http : null,
      causeId: cause.id,
      scene: sceneTitle.get(cause.scene) ?? cause.scene,
      classification: cause.classification,
      retry: retryLabel(causeRetry(cause, model.classifications)),
      explanation: t(cause.explanation),
      advice: cls ? t(cls.advice) : '',
      note: tn(cause.note),
      params: params(cause.params),
      informational: cause.informational,
      retiredSince: owner?.retired?.since ?? null,
    };
  };

  // One pass over the causes, each row to its scene: coded rows in code order, then uncoded ones.
  const rowsOf = new Map<string, CauseRow[]>(model.scenes.map((s) => [s.id, []]));
  for (const c of model.codes) for (const k of c.causes) rowsOf.get(k.scene)?.push(causeRow(k, c));
  const uncoded = model.uncoded.map((k) => causeRow(k, null));
  model.uncoded.forEach((k, i) => rowsOf.get(k.scene)?.push(uncoded[i] as CauseRow));
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
      codes: live.filter((_, i) => liveCodes[i]?.range === r.id),
    })) ?? null;

  return {
    notice,
    locale,
    locales: model.locales,
    title: t(model.title),
    labels,
    codes: live,
    ranges,
    scenes,
    uncoded,
    classifications: model.classifications.map((c) => ({ id: c.id, retry: retryLabel(c.retry), advice: t(c.advice), note: tn(c.note) })),
    retired: codes.filter((c) => c.retiredSince !== null),
  };
}
