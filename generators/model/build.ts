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
} from './types.js';
import { keys } from './keys.js';
import { compareRanges, rangeOf } from './ranges.js';
import { causeRetry, retryVerdict } from './retry.js';
import { compareCodePoints } from '../util/stable-json.js';

type Text = Record<string, string>;
type RawParam = string | Param;
interface RawCause {
  id: string;
  /** Absent when the code's range gives a default scene. */
  scene?: string;
  classification: string;
  explanation: Text;
  informational?: boolean;
  note?: Text;
  params?: RawParam[];
}
interface RawError {
  code: number | string;
  name: string;
  aliases?: string[];
  http: number;
  summary: Text;
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
  scenes: Record<string, { title: Text }>;
  classifications: Record<string, { retry: Retry; advice: Text; note?: Text }>;
  errors: RawError[];
  uncoded?: RawCause[];
  ranges?: Record<string, { from?: number; to?: number; prefix?: string; owner: string; title?: Text; scene?: string }>;
}

export function buildModel(data: unknown, specPath: string): ErrorModel {
  const spec = data as RawSpec;
  const sourceLocale = spec.locales.source;
  const locales = [sourceLocale, ...(spec.locales.targets ?? []).filter((l) => l !== sourceLocale)];
  const fallbacks: Record<Locale, Locale> = {};
  for (const [from, to] of Object.entries(spec.locales.fallback ?? {})) fallbacks[from] = to;
  const coverage: FilledText[] = [];

  const localize = (text: Text, key: string): Localized => {
    const out: Record<string, string> = {};
    for (const locale of locales) {
      let value = Object.hasOwn(text, locale) ? text[locale] : undefined;
      // Follow the fallback chain; validation guarantees it ends at a present text.
      for (let from = fallbacks[locale]; value === undefined && from !== undefined; from = fallbacks[from]) {
        if (Object.hasOwn(text, from)) {
          value = text[from];
          coverage.push({ locale, key, from });
        }
      }
      out[locale] = value ?? text[sourceLocale] ?? '';
    }
    return out;
  };
  const optional = <K extends string>(name: K, text: Text | undefined, key: string): { [P in K]?: Localized } =>
    (text === undefined ? {} : { [name]: localize(text, key) }) as { [P in K]?: Localized };

  const cause = (raw: RawCause, textKey: string, noteKey: string, defaultScene?: string): Cause => ({
    id: raw.id,
    // Validation guarantees a scene here: the cause's own or its range's default.
    scene: (raw.scene ?? defaultScene) as string,
    classification: raw.classification,
    explanation: localize(raw.explanation, textKey),
    informational: raw.informational === true,
    ...optional('note', raw.note, noteKey),
    params: params(raw.params),
  });

  const scenes: Scene[] = Object.keys(spec.scenes)
    .sort(compareCodePoints)
    .map((id) => ({ id, title: localize(spec.scenes[id]!.title, keys.scene(id)) }));

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
    const causes = (e.causes ?? []).map((c) => cause(c, keys.cause(e.name, c.id), keys.causeNote(e.name, c.id), range?.scene));
    const withRetry = causes.map((c) => ({ informational: c.informational, retry: causeRetry(c, classifications) }));
    return {
      code: e.code,
      name: e.name,
      aliases: e.aliases ?? [],
      http: e.http,
      summary: localize(e.summary, keys.summary(e.name)),
      params: params(e.params),
      ...optional('note', e.note, keys.codeNote(e.name)),
      ...(e.retired ? { retired: { since: e.retired.since, reason: localize(e.retired.reason, keys.retiredReason(e.name)) } } : {}),
      causes,
      ...(range === undefined ? {} : { range: range.id }),
      informational: causes.length > 0 && causes.every((c) => c.informational),
      scenes: [...new Set(causes.map((c) => c.scene))],
      retry: retryVerdict(withRetry),
    };
  });

  const uncoded = (spec.uncoded ?? []).map((c) => cause(c, keys.uncoded(c.id), keys.uncodedNote(c.id)));

  const model: ErrorModel = {
    specPath,
    id: spec.id,
    title: localize(spec.title, keys.title()),
    codeType: spec.codes.type,
    naming: spec.codes.naming ?? 'SCREAMING_SNAKE_CASE',
    envelope: spec.envelope ?? { kind: 'simple' },
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
