// Validated spec data -> the frozen model. Runs only on data that passed validation, so
// it trusts the shape; it fills fallback texts and records which ones it filled.
import type {
  Cause,
  Classification,
  CodeRange,
  CodeType,
  ErrorCode,
  ErrorModel,
  FilledText,
  Envelope,
  Locale,
  Localized,
  NamingConvention,
  Param,
  Retry,
  Scene,
  Severity,
} from './types.js';
import { keys } from './keys.js';
import { compareRanges, rangeOf } from './ranges.js';
import { causeRetry, retryVerdict } from './retry.js';
import { causeSeverity, codeSeverity, SEVERITIES } from './severity.js';
import { compareCodePoints } from '../util/stable-json.js';
import { isBlank } from '../util/blank.js';

type Text = Record<string, string>;
type RawParam = string | Param;
interface RawCause {
  id: string;
  /** Absent in a catalog without scenes, or when the code's range gives a default scene. */
  scene?: string;
  classification: string;
  severity?: Severity;
  http?: number;
  explanation: Text;
  informational?: boolean;
  note?: Text;
  params?: RawParam[];
}
interface RawError {
  code: number | string;
  name: string;
  aliases?: string[];
  synonyms?: string[];
  http?: number;
  severity?: Severity;
  summary?: Text;
  params?: RawParam[];
  note?: Text;
  retired?: { since: string; reason: Text };
  causes?: RawCause[];
}
interface RawSpec {
  id: string;
  title: Text;
  codes: { type: CodeType; naming?: NamingConvention };
  locales: { source: string; targets?: string[]; fallback?: Record<string, string> };
  envelope?: Envelope;
  defaults?: { http?: number };
  http?: false;
  scenes?: Record<string, { title: Text }>;
  classifications: Record<string, { retry: Retry; advice: Text; note?: Text }>;
  errors: RawError[];
  uncoded?: RawCause[];
  ranges?: Record<string, { from?: number; to?: number; prefix?: string; owner: string; title?: Text; scene?: string }>;
}

/** A locale's own text; a blank one counts as none, so a fallback fills it. */
const textIn = (text: Text, locale: Locale): string | undefined => {
  const value = Object.hasOwn(text, locale) ? text[locale] : undefined;
  return value === undefined || isBlank(value) ? undefined : value;
};

export function buildModel(data: unknown, specPath: string): ErrorModel {
  const spec = data as RawSpec;
  const sourceLocale = spec.locales.source;
  const locales = [sourceLocale, ...(spec.locales.targets ?? []).filter((l) => l !== sourceLocale)];
  const fallbacks: Record<Locale, Locale> = {};
  for (const [from, to] of Object.entries(spec.locales.fallback ?? {})) fallbacks[from] = to;
  const coverage: FilledText[] = [];
  const httpMapping = spec.http !== false;

  const localize = (text: Text, key: string): Localized => {
    const out: Record<string, string> = {};
    for (const locale of locales) {
      let value = textIn(text, locale);
      // Follow the fallback chain; validation guarantees it ends at a present text.
      for (let from = fallbacks[locale]; value === undefined && from !== undefined; from = fallbacks[from]) {
        value = textIn(text, from);
        if (value !== undefined) coverage.push({ locale, key, from });
      }
      out[locale] = value ?? text[sourceLocale] ?? '';
    }
    return out;
  };
  const optional = <K extends string>(name: K, text: Text | undefined, key: string): { [P in K]?: Localized } =>
    (text === undefined ? {} : { [name]: localize(text, key) }) as { [P in K]?: Localized };

  const retryOf = (id: string): Retry | undefined => (Object.hasOwn(spec.classifications, id) ? spec.classifications[id]?.retry : undefined);
  /** `owner`: what a cause takes from its code (and the code's range) unless it says otherwise. */
  const cause = (raw: RawCause, owner: { severity?: Severity; http?: number; scene?: string }, textKey: string, noteKey: string): Cause => {
    const http = httpMapping ? (raw.http ?? owner.http) : undefined;
    const scene = raw.scene ?? owner.scene;
    return {
      id: raw.id,
      ...(scene === undefined ? {} : { scene }),
      classification: raw.classification,
      severity: causeSeverity(raw, owner.severity, retryOf(raw.classification)),
      ...(http === undefined ? {} : { http }),
      explanation: localize(raw.explanation, textKey),
      ...optional('note', raw.note, noteKey),
      params: params(raw.params),
    };
  };

  const declaredScenes = spec.scenes ?? {};
  const scenes: Scene[] = Object.keys(declaredScenes)
    .sort(compareCodePoints)
    .map((id) => ({ id, title: localize(declaredScenes[id]!.title, keys.scene(id)) }));

  const classifications: Classification[] = Object.keys(spec.classifications)
    .sort(compareCodePoints)
    .map((id) => {
      const c = spec.classifications[id]!;
      return { id, retry: c.retry, advice: localize(c.advice, keys.advice(id)), ...optional('note', c.note, keys.classificationNote(id)) };
    });

  const ranges: CodeRange[] | undefined =
    // `ranges: {}` declares none, like no `ranges` at all.
    spec.ranges === undefined || Object.keys(spec.ranges).length === 0
      ? undefined
      : Object.entries(spec.ranges)
          .map(([id, r]): CodeRange => {
            const facts = {
              id,
              owner: r.owner,
              ...optional('title', r.title, `ranges.${id}.title`),
              ...(r.scene === undefined ? {} : { scene: r.scene }),
            };
            return r.prefix === undefined ? { ...facts, kind: 'interval', from: r.from as number, to: r.to as number } : { ...facts, kind: 'prefix', prefix: r.prefix };
          })
          .sort(compareRanges);

  const codes: ErrorCode[] = spec.errors.map((e) => {
    const range = ranges === undefined ? undefined : rangeOf(e.code, ranges);
    const http = httpMapping ? (e.http ?? spec.defaults?.http) : undefined;
    const owner = {
      ...(e.severity ? { severity: e.severity } : {}),
      ...(http === undefined ? {} : { http }),
      ...(range?.scene === undefined ? {} : { scene: range.scene }),
    };
    const causes = (e.causes ?? []).map((c) => cause(c, owner, keys.cause(e.name, c.id), keys.causeNote(e.name, c.id)));
    const statuses = new Set<number>(http === undefined ? [] : [http]);
    for (const c of causes) if (c.http !== undefined) statuses.add(c.http);
    // Validation allows no summary only on a code with exactly one cause: its explanation serves.
    const only = e.summary === undefined ? causes[0] : undefined;
    return {
      code: e.code,
      name: e.name,
      aliases: e.aliases ?? [],
      synonyms: e.synonyms ?? [],
      ...(http === undefined ? {} : { http }),
      statuses: [...statuses].sort((a, b) => a - b),
      severity: codeSeverity(e.severity, causes.map((c) => c.severity)),
      summary: only ? only.explanation : localize(e.summary ?? {}, keys.summary(e.name)),
      summaryFromCause: only !== undefined,
      params: only ? only.params : params(e.params),
      ...optional('note', e.note, keys.codeNote(e.name)),
      ...(e.retired ? { retired: { since: e.retired.since, reason: localize(e.retired.reason, keys.retiredReason(e.name)) } } : {}),
      causes,
      ...(range === undefined ? {} : { range: range.id }),
      scenes: [...new Set(causes.flatMap((c) => (c.scene === undefined ? [] : [c.scene])))],
      retry: retryVerdict(causes.map((c) => ({ retry: causeRetry(c, classifications) }))),
    };
  });

  const uncoded = (spec.uncoded ?? []).map((c) => cause(c, {}, keys.uncoded(c.id), keys.uncodedNote(c.id)));
  const present = new Set(codes.map((c) => c.severity));

  const model: ErrorModel = {
    specPath,
    id: spec.id,
    title: localize(spec.title, keys.title()),
    codeType: spec.codes.type,
    naming: spec.codes.naming ?? 'SCREAMING_SNAKE_CASE',
    envelope: spec.envelope ?? { kind: 'simple' },
    httpMapping,
    severities: SEVERITIES.filter((s) => present.has(s)),
    locales,
    sourceLocale,
    fallbacks,
    scenes,
    classifications,
    codes,
    ...(ranges === undefined ? {} : { ranges }),
    uncoded,
    coverage: coverage.sort((a, b) => compareCodePoints(a.locale, b.locale) || compareCodePoints(a.key, b.key)),
  };
  return deepFreeze(model);
}

/** Bare names become `{ name }`; typed params keep their fields, in a fixed order. */
function params(raw: readonly RawParam[] | undefined): Param[] {
  return (raw ?? []).map((p) =>
    typeof p === 'string'
      ? { name: p }
      : {
          name: p.name,
          ...(p.type === undefined ? {} : { type: p.type }),
          ...(p.example === undefined ? {} : { example: p.example }),
          ...(p.description === undefined ? {} : { description: p.description }),
        },
  );
}

export function deepFreeze<T>(value: T): T {
  if (value !== null && typeof value === 'object' && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const v of Object.values(value)) deepFreeze(v);
  }
  return value;
}
