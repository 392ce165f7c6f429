// `errorCatalog`: the model as typed readonly data. Codes and uncoded causes are
// JSON rows, one single-quoted string per line, parsed at load: as object literals
// 50k codes are millions of tokens for every tool that parses the file (the compiler
// passes this generator once ran took about a minute); as rows they are one token
// each. Collections keyed by user ids are arrays (Maps at runtime), so no id can
// become a key like `__proto__`.
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
  const row = (data: object): string => `${tsSingleQuoted(JSON.stringify(data))},`;

  // The .js is the .ts with its types erased and its indentation doubled, as the
  // compiler reprints it; literals are copied as written.
  const property = (text: string): void => {
    emit.ts(`  ${text}`);
    emit.js(`    ${text}`);
  };
  /** A property holding an array, one element a line; the compiler prints an empty one as `[]`. */
  const list = (open: { ts: string; js: string }, close: string, items: readonly string[]): void => {
    emit.ts(`  ${open.ts}`);
    for (const item of items) emit.ts(`    ${item}`);
    emit.ts(`  ${close}`);
    if (items.length === 0) {
      emit.js(`    ${open.js}${close}`);
      return;
    }
    emit.js(`    ${open.js}`);
    for (const item of items) emit.js(`        ${item}`);
    emit.js(`    ${close}`);
  };
  const same = (text: string): { ts: string; js: string } => ({ ts: text, js: text });

  emit.ts('/** The whole catalog as data, in spec order. */');
  emit.ts('export const errorCatalog: ErrorCatalog = {');
  emit.js('export const errorCatalog = {');
  property(`id: ${tsString(model.id)},`);
  property(`title: ${localized(model.title)},`);
  property(`codeType: ${tsString(model.codeType)},`);
  property(`sourceLocale: ${tsString(model.sourceLocale)},`);
  property(`locales: ${strings(model.locales)},`);
  list(same('scenes: ['), '],', model.scenes.map((scene) => `{ id: ${tsString(scene.id)}, title: ${localized(scene.title)} },`));
  list(same('classifications: ['), '],', model.classifications.map((c) => {
    const note = c.note === undefined ? '' : `, note: ${localized(c.note)}`;
    return `{ id: ${tsString(c.id)}, retry: ${tsString(c.retry)}, advice: ${localized(c.advice)}${note} },`;
  }));
  list({ ts: 'codes: rows<ErrorInfo>([', js: 'codes: rows([' }, ']),', model.codes.map((code) => row(codeRow(model, index, code))));
  list({ ts: 'uncoded: rows<CauseInfo>([', js: 'uncoded: rows([' }, ']),', model.uncoded.map((cause) => row(causeRow(model, index, cause))));
  emit.ts('};');
  emit.js('};');
  emit.ts('');
  emit.ts('/** Parses the JSON rows above; the generator wrote them in the shape of T. */');
  emit.ts('function rows<T>(json: readonly string[]): readonly T[] {');
  emit.ts('  return json.map((row): T => JSON.parse(row) as T);');
  emit.ts('}');
  emit.js('function rows(json) {');
  emit.js('    return json.map((row) => JSON.parse(row));');
  emit.js('}');
  emit.dts('/** The whole catalog as data, in spec order. */');
  emit.dts('export declare const errorCatalog: ErrorCatalog;');
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
