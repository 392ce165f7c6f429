// `ts/core.ts`: the catalog without its human texts. Literal types of the model, the
// typed message keys, the facts as JSON rows (parsed on first use), and thin typed
// wrappers over the fixed runtime (`ts/runtime/`). Every top-level statement is free
// of side effects, so a bundler keeps only what an import uses: `isErrorCode` alone
// needs `errorCodes` alone.
import type { Cause, ErrorCode, ErrorModel, Param } from '../../model/types.js';
import { keys } from '../../model/keys.js';
import { codeLiteral, paramType, propertyKey, tsSingleQuoted, tsString } from './literal.js';
import { indexModel } from './model-index.js';
import { arrayLines, codeLine, docBoth, exportedFunction, lazyValue, property, typeLine, typeUnion } from './print.js';
import type { Emit } from './source.js';

/** The runtime's generic types, bound to this catalog's literal types under their own names. */
const BOUND_TYPES: readonly (readonly [name: string, doc: string])[] = [
  ['ErrorInfo', 'The facts of a code (no texts).'],
  ['CauseInfo', 'The facts of one documented cause (no texts).'],
  ['LocaleMessages', "One locale's texts: what `messages/<locale>` exports, for {@link createDescriber}."],
  ['Describer', 'What {@link createDescriber} returns: `describeError`, `formatMessage` and `isMessageKey` over the locales given.'],
  ['DescribeOptions', 'Options of `describeError`.'],
  ['DescribedError', 'A code explained in one locale.'],
  ['DescribedCause', 'A cause explained in one locale.'],
  ['MessageKey', 'Every i18n key of the catalog.'],
  ['ErrorFromResponse', 'An error response read back by {@link errorFromResponse}: a known code with its facts, or why not.'],
];

export function writeCore(emit: Emit, model: ErrorModel): void {
  writeImports(emit);
  emit.ts('');
  writeLiteralTypes(emit, model);
  emit.ts('');
  writeMessageKeyTypes(emit, model);
  emit.ts('');
  writeBoundTypes(emit, model);
  emit.ts('');
  writeData(emit, model);
  emit.ts('');
  writeFunctions(emit);
}

function writeImports(emit: Emit): void {
  codeLine(emit, 'import { createCore, sceneVerdict } from "./runtime/core.js";');
  codeLine(emit, 'import { createDescriber as joinTexts } from "./runtime/describe.js";');
  codeLine(emit, 'import { parseErrorBody } from "./runtime/response.js";');
  // Declaration emit keeps only what the declarations use: the implementation's types apart.
  emit.ts('import type { Core, CoreData } from "./runtime/core.js";');
  typeLine(emit, 'import type { CauseInfo as CauseInfoOf, ErrorInfo as ErrorInfoOf, RetryVerdict } from "./runtime/core.js";');
  typeLine(emit, 'import type { ErrorFromResponse as ErrorFromResponseOf } from "./runtime/response.js";');
  typeLine(emit, 'import type { DescribedCause as DescribedCauseOf, DescribedError as DescribedErrorOf, DescribeOptions as DescribeOptionsOf, Describer as DescriberOf, LocaleMessages as LocaleMessagesOf, MessageArgs as MessageArgsOf, MessageKey as MessageKeyOf } from "./runtime/describe.js";');
  emit.ts('');
  codeLine(emit, 'export { retryVerdict } from "./runtime/core.js";');
  emit.dts('export { retryVerdict } from "./runtime/core.js";');
  typeLine(emit, 'export type { Retry, RetryVerdict, Severity } from "./runtime/core.js";');
  typeLine(emit, 'export type { NoParams } from "./runtime/describe.js";');
}

function writeLiteralTypes(emit: Emit, model: ErrorModel): void {
  typeUnion(emit, 'Every code value in the catalog, retired codes included.', 'ErrorCodeValue',
    model.codes.map((c) => codeLiteral(c.code, model.codeType)));
  emit.ts('');
  // Former names stay in ErrorName: a rename that keeps the old name in `aliases` must
  // not break code that holds the old name in an ErrorName.
  // Synonyms are current names: with the names, before the former ones.
  typeUnion(emit, 'Every symbolic name: the current names, then the former names (deprecated, also in {@link ErrorAlias}).', 'ErrorName',
    [...model.codes.flatMap((c) => [c.name, ...c.synonyms].map(tsString)), ...model.codes.flatMap((c) => c.aliases.map(tsString))]);
  emit.ts('');
  typeUnion(emit, 'Former names that still resolve (deprecated).', 'ErrorAlias', model.codes.flatMap((c) => c.aliases.map(tsString)));
  emit.ts('');
  typeUnion(emit, 'Locales the texts are in; the first is the source locale.', 'Locale', model.locales.map(tsString));
  emit.ts('');
  typeUnion(emit, 'Scene ids (where in the product an error happens).', 'SceneId', model.scenes.map((s) => tsString(s.id)));
  emit.ts('');
  typeUnion(emit, 'Classification ids (how to handle a cause).', 'ClassificationId', model.classifications.map((c) => tsString(c.id)));
  emit.ts('');
  docBoth(emit, ['A primitive of the type codes have; {@link isErrorCode} narrows it to {@link ErrorCodeValue}.']);
  typeLine(emit, `export type CodeInput = ${model.codeType === 'string' ? 'string' : 'number'};`);
}

/** Most texts have no placeholders: those keys go in a plain union; the rest map to their params. */
function writeMessageKeyTypes(emit: Emit, model: ErrorModel): void {
  const plain: string[] = [];
  const withParams: { key: string; params: readonly (readonly [name: string, type: string])[] }[] = [];
  const add = (key: string, params: readonly Param[] = []): void => {
    if (params.length === 0) plain.push(tsString(key));
    else withParams.push({ key: tsString(key), params: params.map((p) => [propertyKey(p.name), paramType(p)] as const) });
  };
  add(keys.title());
  for (const scene of model.scenes) add(keys.scene(scene.id));
  for (const c of model.classifications) {
    add(keys.advice(c.id));
    if (c.note !== undefined) add(keys.classificationNote(c.id));
  }
  // Aliases and synonyms key the same texts: a rename that keeps the old name keeps its keys compiling.
  for (const code of model.codes) {
    for (const name of [code.name, ...code.aliases, ...code.synonyms]) {
      add(keys.summary(name), code.params);
      if (code.note !== undefined) add(keys.codeNote(name));
      if (code.retired !== undefined) add(keys.retiredReason(name));
      for (const cause of code.causes) {
        add(keys.cause(name, cause.id), cause.params);
        if (cause.note !== undefined) add(keys.causeNote(name, cause.id));
      }
    }
  }
  for (const cause of model.uncoded) {
    add(keys.uncoded(cause.id), cause.params);
    if (cause.note !== undefined) add(keys.uncodedNote(cause.id));
  }
  // `title` is always there, so the union is never empty.
  typeUnion(emit, 'The i18n keys (as in the i18n JSON) whose texts have no placeholders.', 'PlainMessageKey', plain);
  emit.ts('');
  docBoth(emit, ['The i18n keys whose texts have {{name}} placeholders, with the values they need.']);
  typeLine(emit, 'export interface MessageParams {');
  for (const { key, params } of withParams) {
    emit.ts(`  readonly ${key}: { ${params.map(([p, type]) => `readonly ${p}: ${type}`).join('; ')} };`);
    // Declaration emit spreads a type literal over lines.
    emit.dts(`    readonly ${key}: {`);
    for (const [p, type] of params) emit.dts(`        readonly ${p}: ${type};`);
    emit.dts('    };');
  }
  typeLine(emit, '}');
}

function writeBoundTypes(emit: Emit, model: ErrorModel): void {
  const members: readonly (readonly [string, string])[] = [
    ['code', 'ErrorCodeValue'], ['input', 'CodeInput'], ['name', 'ErrorName'], ['alias', 'ErrorAlias'],
    ['locale', 'Locale'], ['scene', 'SceneId'], ['classification', 'ClassificationId'],
    // A catalog without HTTP mapping has no status to type.
    ['http', model.httpMapping ? 'number' : 'undefined'],
    ['plainKey', 'PlainMessageKey'], ['messageParams', 'MessageParams'],
  ];
  docBoth(emit, ["This catalog's literal types, as the runtime's generic types take them."]);
  typeLine(emit, 'export interface CatalogTypes {');
  for (const [key, type] of members) {
    emit.ts(`  readonly ${key}: ${type};`);
    emit.dts(`    readonly ${key}: ${type};`);
  }
  typeLine(emit, '}');
  for (const [name, doc] of BOUND_TYPES) {
    emit.ts('');
    docBoth(emit, [doc]);
    typeLine(emit, `export type ${name} = ${name}Of<CatalogTypes>;`);
  }
  emit.ts('');
  docBoth(emit, ['The arguments of `formatMessage` after the key: params (required when the text has placeholders), then a locale.']);
  typeLine(emit, 'export type MessageArgs<K extends MessageKey> = MessageArgsOf<CatalogTypes, K>;');
}

function writeData(emit: Emit, model: ErrorModel): void {
  const index = indexModel(model);
  docBoth(emit, ['Every code value, in spec order (retired codes included).']);
  arrayLines(emit, 0, { ts: 'export const errorCodes: readonly ErrorCodeValue[] = [', js: 'export const errorCodes = [' }, '];',
    model.codes.map((c) => codeLiteral(c.code, model.codeType)));
  emit.dts('export declare const errorCodes: readonly ErrorCodeValue[];');
  emit.ts('');
  docBoth(emit, ['The locale texts default to.']);
  emit.ts(`export const sourceLocale: Locale = ${tsString(model.sourceLocale)};`);
  emit.js(`export const sourceLocale = ${tsString(model.sourceLocale)};`);
  emit.dts('export declare const sourceLocale: Locale;');
  emit.ts('');
  docBoth(emit, ['Every locale of the catalog, the source locale first.']);
  emit.ts(`export const locales: readonly Locale[] = [${model.locales.map(tsString).join(', ')}];`);
  emit.js(`export const locales = [${model.locales.map(tsString).join(', ')}];`);
  emit.dts('export declare const locales: readonly Locale[];');
  emit.ts('');
  emit.ts('const coreData: CoreData<CatalogTypes> = {');
  emit.js('const coreData = {');
  property(emit, 1, `id: ${tsString(model.id)},`);
  property(emit, 1, `codeType: ${tsString(model.codeType)},`);
  property(emit, 1, 'sourceLocale,');
  property(emit, 1, 'locales,');
  property(emit, 1, `scenes: [${model.scenes.map((s) => tsString(s.id)).join(', ')}],`);
  property(emit, 1, `classifications: [${model.classifications.map((c) => tsString(c.id)).join(', ')}],`);
  property(emit, 1, `retries: [${model.classifications.map((c) => tsString(c.retry)).join(', ')}],`);
  property(emit, 1, 'codes: errorCodes,');
  const row = (data: object): string => tsSingleQuoted(JSON.stringify(data));
  arrayLines(emit, 1, { ts: 'rows: [', js: 'rows: [' }, '],', model.codes.map((code) => row(codeRow(code, index))));
  arrayLines(emit, 1, { ts: 'uncoded: [', js: 'uncoded: [' }, '],', model.uncoded.map((cause) => row(causeRow(cause, index))));
  codeLine(emit, '};');
}

/** A `CodeRow` of the runtime; key order fixed, defaults left out. */
function codeRow(code: ErrorCode, index: ReturnType<typeof indexModel>): object {
  return {
    name: code.name,
    ...(code.aliases.length === 0 ? {} : { aliases: code.aliases }),
    ...(code.synonyms.length === 0 ? {} : { synonyms: code.synonyms }),
    ...(code.http === undefined ? {} : { http: code.http }),
    ...(code.severity === 'error' ? {} : { severity: code.severity }),
    ...(code.params.length === 0 ? {} : { params: code.params.map((p) => p.name) }),
    ...(code.retired === undefined ? {} : { retired: code.retired.since }),
    causes: code.causes.map((cause) => causeRow(cause, index, code)),
  };
}

/** A `CauseRow`; its scene and classification checked against the model; what it shares with its code left out. */
function causeRow(cause: Cause, index: ReturnType<typeof indexModel>, code?: ErrorCode): object {
  return {
    id: cause.id,
    ...(cause.scene === undefined ? {} : { scene: index.scene(cause.scene).id }),
    classification: index.classification(cause.classification).id,
    ...(cause.severity === (code?.severity ?? 'error') ? {} : { severity: cause.severity }),
    ...(cause.http === code?.http ? {} : { http: cause.http }),
    ...(cause.params.length === 0 ? {} : { params: cause.params.map((p) => p.name) }),
  };
}

function writeFunctions(emit: Emit): void {
  lazyValue(emit, { variable: 'codeSet', type: 'ReadonlySet<unknown>', getter: 'codeValues', init: 'new Set(errorCodes)' });
  emit.ts('');
  lazyValue(emit, { variable: 'core', type: 'Core<CatalogTypes>', getter: 'theCore', init: 'createCore(coreData)' });
  const fns = [
    {
      doc: ['Whether "value" is a code of this catalog (retired codes included). Safe for any input.'],
      name: 'isErrorCode', signature: '(value: unknown): value is ErrorCodeValue', jsParams: 'value',
      body: ['return codeValues().has(value);'],
    },
    {
      doc: ['The facts of a code (no texts), or undefined for an unknown one.'],
      name: 'getErrorByCode', overloads: ['(code: ErrorCodeValue): ErrorInfo', '(code: CodeInput): ErrorInfo | undefined'],
      signature: '(code: CodeInput): ErrorInfo | undefined', jsParams: 'code',
      body: ['const facts = theCore();', 'return facts.codes[facts.position(code)];'],
    },
    {
      doc: ['The facts of a code by its name or a former name (alias), or undefined for an unknown one.'],
      name: 'getErrorByName', overloads: ['(name: ErrorName | ErrorAlias): ErrorInfo', '(name: string): ErrorInfo | undefined'],
      signature: '(name: string): ErrorInfo | undefined', jsParams: 'name',
      body: ['return theCore().byName(name);'],
    },
    {
      doc: ['Every code with its facts, in spec order (retired codes included).'],
      name: 'listErrors', signature: '(): readonly ErrorInfo[]', jsParams: '',
      body: ['return theCore().codes;'],
    },
    {
      doc: [
        'May a retry help? The verdict over the causes of a code in a scene (all its causes',
        'when no scene is given, or none of them is in it); undefined for an unknown code.',
      ],
      name: 'retryVerdictOf', overloads: ['(code: ErrorCodeValue, scene?: SceneId): RetryVerdict', '(code: CodeInput, scene?: SceneId): RetryVerdict | undefined'],
      signature: '(code: CodeInput, scene?: SceneId): RetryVerdict | undefined', jsParams: 'code, scene',
      body: ['const info = getErrorByCode(code);', 'return info === undefined ? undefined : sceneVerdict(info, scene);'],
    },
    {
      doc: [
        'An error response parsed back (problem details or the simple body): the code, its name,',
        'the retry verdict and the params. Never throws: a foreign body or a code this version',
        'does not know gives `known: false` with the reason.',
      ],
      name: 'errorFromResponse', signature: '(status: number, body: unknown): ErrorFromResponse', jsParams: 'status, body',
      body: ['return parseErrorBody(getErrorByCode, status, body);'],
    },
    {
      doc: [
        "Joins this core with one or more locales' texts (`messages/<locale>`): a bundle then",
        'holds only those locales. The first given is the default when the source locale is not.',
      ],
      name: 'createDescriber', signature: '(...messages: readonly LocaleMessages[]): Describer', jsParams: '...messages',
      body: ['return joinTexts(theCore(), messages);'],
    },
  ];
  for (const fn of fns) {
    emit.ts('');
    exportedFunction(emit, fn);
  }
}
