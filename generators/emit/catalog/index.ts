// `catalog.json`: the model as plain data, for teams generating constants in other
// languages, plus `catalog.schema.json` describing it. Fields are copied one by one
// rather than spread so the file's shape is exactly what the schema says, whatever
// else the model type grows. Coverage is left out: it reports how texts were filled,
// not what the catalog is.
import type { Cause, Classification, CodeRange, ErrorCode, ErrorModel, Generator, Localized, Param, Scene } from '../../model/types.js';
import { setOwnKey, stableJson } from '../../util/stable-json.js';
import { catalogSchema } from './schema.js';

export const CATALOG_PATH = 'catalog.json';
export const CATALOG_SCHEMA_PATH = 'catalog.schema.json';

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
type JsonObject = { [key: string]: Json };

/** Own data properties only, so no key (even `__proto__`) reaches a prototype. */
/** A param as the spec types it: name, then type, example and description when given. */
function param(p: Param): JsonObject {
  return record([['name', p.name], ['type', p.type], ['example', p.example], ['description', p.description]]);
}

function record(entries: ReadonlyArray<readonly [string, Json | undefined]>): JsonObject {
  const out: Record<string, Json> = {};
  for (const [key, value] of entries) {
    // Absent optional fields are omitted, never written as null.
    if (value !== undefined) setOwnKey(out, key, value);
  }
  return out;
}

function makeLocalized(model: ErrorModel) {
  return (text: Localized | undefined, where: string): JsonObject | undefined => {
    if (text === undefined) return undefined;
    return record(
      model.locales.map((locale) => {
        const value = Object.prototype.hasOwnProperty.call(text, locale) ? text[locale] : undefined;
        if (value === undefined) throw new Error(`catalog: ${where} lacks locale ${locale}; the model must be fallback-filled`);
        return [locale, value] as const;
      }),
    );
  };
}

export function catalogData(model: ErrorModel): JsonObject {
  const localized = makeLocalized(model);
  const cause = (c: Cause, where: string): JsonObject =>
    record([
      ['id', c.id],
      ['scene', c.scene],
      ['classification', c.classification],
      ['severity', c.severity],
      ['http', c.http],
      ['explanation', localized(c.explanation, `${where}.explanation`)],
      ['note', localized(c.note, `${where}.note`)],
      ['params', c.params.map(param)],
    ]);
  const scene = (s: Scene): JsonObject =>
    record([
      ['id', s.id],
      ['title', localized(s.title, `scene ${s.id}`)],
    ]);
  const classification = (c: Classification): JsonObject =>
    record([
      ['id', c.id],
      ['retry', c.retry],
      ['advice', localized(c.advice, `classification ${c.id}.advice`)],
      ['note', localized(c.note, `classification ${c.id}.note`)],
    ]);
  const range = (r: CodeRange): JsonObject =>
    record([
      ['id', r.id],
      ['owner', r.owner],
      ...(r.kind === 'interval' ? ([['from', r.from], ['to', r.to]] as const) : ([['prefix', r.prefix]] as const)),
      ['title', localized(r.title, `range ${r.id}.title`)],
      ['scene', r.scene],
    ]);
  const code = (e: ErrorCode): JsonObject =>
    record([
      ['code', e.code],
      ['name', e.name],
      ['aliases', [...e.aliases]],
      ['synonyms', [...e.synonyms]],
      ['http', e.http],
      ['statuses', [...e.statuses]],
      ['severity', e.severity],
      ['summary', localized(e.summary, `${e.name}.summary`)],
      ['summaryFromCause', e.summaryFromCause],
      ['params', e.params.map(param)],
      ['note', localized(e.note, `${e.name}.note`)],
      [
        'retired',
        e.retired === undefined
          ? undefined
          : record([
              ['since', e.retired.since],
              ['reason', localized(e.retired.reason, `${e.name}.retired`)],
            ]),
      ],
      ['causes', e.causes.map((c) => cause(c, `${e.name}.causes.${c.id}`))],
      ['range', e.range],
      ['scenes', [...e.scenes]],
      ['retry', e.retry],
    ]);

  return record([
    ['$schema', `./${CATALOG_SCHEMA_PATH}`],
    ['generatedBy', 'errspec'],
    ['source', model.specPath],
    ['id', model.id],
    ['title', localized(model.title, 'title')],
    ['codeType', model.codeType],
    ['naming', model.naming],
    ['httpMapping', model.httpMapping],
    ['severities', [...model.severities]],
    ['envelope', record([
      ['kind', model.envelope.kind],
      ['typeBase', model.envelope.typeBase],
      ['fallbackCode', model.envelope.fallbackCode],
    ])],
    ['locales', [...model.locales]],
    ['sourceLocale', model.sourceLocale],
    ['fallbacks', record(Object.entries(model.fallbacks))],
    ['scenes', model.scenes.map(scene)],
    ['classifications', model.classifications.map(classification)],
    ['codes', model.codes.map(code)],
    ['uncoded', model.uncoded.map((c) => cause(c, `uncoded.${c.id}`))],
    // Only when the spec declares ranges: catalogs without them keep their shape.
    ['ranges', model.ranges?.map(range)],
  ]);
}

export const generateCatalog: Generator = (model) => [
  { path: CATALOG_PATH, contents: stableJson(catalogData(model)) },
  { path: CATALOG_SCHEMA_PATH, contents: stableJson(catalogSchema) },
];
