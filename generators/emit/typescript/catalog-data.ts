// `errorCatalog`: the model as typed readonly data. Codes and uncoded causes are
// JSON rows, one single-quoted string per line, parsed at load: as object literals
// 50k codes are millions of tokens that the parse, transpile and declaration steps
// each pay for (about a minute); as rows they are one token each. Collections keyed
// by user ids are arrays (Maps at runtime), so no id can become a key like `__proto__`.
import type { Cause, ErrorCode, ErrorModel, Localized } from '../../model/types.js';
import { propertyKey, tsSingleQuoted, tsString } from './literal.js';
import { indexModel, textIn, type ModelIndex } from './model-index.js';
import type { Emit } from './source.js';

const LOCALE = /^[A-Za-z]{1,8}(?:-[A-Za-z0-9]{1,8})*$/;

export function writeCatalogData(emit: Emit, model: ErrorModel): void {
  for (const locale of model.locales) {
    if (!LOCALE.test(locale)) throw new Error(`errspec: not a BCP 47 locale tag: ${JSON.stringify(locale)}`);
  }
  const index = indexModel(model);
  const localized = (text: Localized): string =>
    `{ ${model.locales.map((l) => `${propertyKey(l)}: ${tsString(textIn(text, l))}`).join(', ')} }`;
  const strings = (values: readonly string[]): string => `[${values.map(tsString).join(', ')}]`;
  const row = (data: object): string => `    ${tsSingleQuoted(JSON.stringify(data))},`;

  emit('/** The whole catalog as data, in spec order. */');
  emit('export const errorCatalog: ErrorCatalog = {');
  emit(`  id: ${tsString(model.id)},`);
  emit(`  title: ${localized(model.title)},`);
  emit(`  codeType: ${tsString(model.codeType)},`);
  emit(`  sourceLocale: ${tsString(model.sourceLocale)},`);
  emit(`  locales: ${strings(model.locales)},`);
  emit('  scenes: [');
  for (const scene of model.scenes) emit(`    { id: ${tsString(scene.id)}, title: ${localized(scene.title)} },`);
  emit('  ],');
  emit('  classifications: [');
  for (const c of model.classifications) {
    const note = c.note === undefined ? '' : `, note: ${localized(c.note)}`;
    emit(`    { id: ${tsString(c.id)}, retry: ${tsString(c.retry)}, advice: ${localized(c.advice)}${note} },`);
  }
  emit('  ],');
  emit('  codes: rows<ErrorInfo>([');
  for (const code of model.codes) emit(row(codeRow(model, index, code)));
  emit('  ]),');
  emit('  uncoded: rows<CauseInfo>([');
  for (const cause of model.uncoded) emit(row(causeRow(model, index, cause)));
  emit('  ]),');
  emit('};');
  emit('');
  emit('/** Parses the JSON rows above; the generator wrote them in the shape of T. */');
  emit('function rows<T>(json: readonly string[]): readonly T[] {');
  emit('  return json.map((row): T => JSON.parse(row) as T);');
  emit('}');
}

/** Locale -> text, in locale order; a null-prototype object so no key is special here either. */
function localizedRow(model: ErrorModel, text: Localized): Record<string, string> {
  const out: Record<string, string> = Object.create(null) as Record<string, string>;
  for (const locale of model.locales) out[locale] = textIn(text, locale);
  return out;
}

/** An `ErrorInfo` (see catalog-types.ts); key order is fixed, so output is stable. */
function codeRow(model: ErrorModel, index: ModelIndex, code: ErrorCode): object {
  return {
    code: code.code,
    name: code.name,
    aliases: code.aliases,
    http: code.http,
    informational: code.informational,
    retry: code.retry,
    scenes: code.scenes.map((id) => index.scene(id).id),
    summary: localizedRow(model, code.summary),
    params: code.params,
    ...(code.note === undefined ? {} : { note: localizedRow(model, code.note) }),
    ...(code.retired === undefined
      ? {}
      : { retired: { since: code.retired.since, reason: localizedRow(model, code.retired.reason) } }),
    causes: code.causes.map((cause) => causeRow(model, index, cause)),
  };
}

/** A `CauseInfo`, its retry class copied from the classification. */
function causeRow(model: ErrorModel, index: ModelIndex, cause: Cause): object {
  const classification = index.classification(cause.classification);
  return {
    id: cause.id,
    scene: index.scene(cause.scene).id,
    classification: classification.id,
    retry: classification.retry,
    informational: cause.informational,
    explanation: localizedRow(model, cause.explanation),
    params: cause.params,
    ...(cause.note === undefined ? {} : { note: localizedRow(model, cause.note) }),
  };
}
