// `ts/server.ts`: the catalog's typed `apiError`, `ApiError`, `isApiError` and
// `toResponse` over the fixed runtime (`ts/runtime/server.ts`). Each code's init is
// typed from its texts: the summary's params, plus those of the cause named (a code with
// one cause implies it), so a missing, extra or mistyped param does not compile.
import { occurrenceParams } from '../../model/params.js';
import type { Cause, ErrorCode, ErrorModel, Param } from '../../model/types.js';
import { codeAnchor } from '../markdown/escape.js';
import { codeLiteral, paramType, propertyKey, tsString } from './literal.js';
import { arrayLines, codeLine, docBoth, exportedFunction, lazyValue, property, typeLine } from './print.js';
import { importLocales, localeNames } from './root-module.js';
import type { Emit } from './source.js';

export function writeServer(emit: Emit, model: ErrorModel): void {
  const header = [
    'import type { CatalogTypes, ErrorCodeValue } from "./core.js";',
    'import type { ApiError as ApiErrorOf, ApiErrorClass, ApiErrorWithCode, ErrorResponse, ResponseOptions as ResponseOptionsOf } from "./runtime/server.js";',
  ];
  // Declaration emit keeps only what the declarations use: the implementation's types apart.
  emit.ts('import type { CodeInput } from "./core.js";');
  emit.ts('import type { ApiErrorInit, EnvelopeConfig, ServerCatalog } from "./runtime/server.js";');
  for (const line of header) typeLine(emit, line);
  codeLine(emit, 'import { createDescriber, errorCodes, getErrorByCode, locales, sourceLocale } from "./core.js";');
  codeLine(emit, 'import { ApiError as RuntimeApiError, createApiError, isApiError as isRuntimeApiError, toResponse as respond } from "./runtime/server.js";');
  importLocales(emit, model, './messages/');
  emit.ts('');
  typeLine(emit, 'export type { ErrorResponse } from "./runtime/server.js";');
  emit.ts('');
  writeInits(emit, model);
  emit.ts('');
  docBoth(emit, ['The arguments of {@link apiError} after the code: the init, required when the code\'s texts have params.']);
  typeLine(emit, 'export type ApiErrorArgs<C extends ErrorCodeValue> = ErrorInits[`${C}`] extends infer I ? ({} extends I ? [init?: I] : [init: I]) : never;');
  emit.ts('');
  docBoth(emit, ['Options of {@link toResponse}: a locale, or the request\'s Accept-Language, the `instance` URI, and members to add (e.g. `{ logId }`).']);
  typeLine(emit, 'export type ResponseOptions = ResponseOptionsOf<CatalogTypes>;');
  emit.ts('');
  docBoth(emit, ['An error of this catalog, with its typed `code`, `name`, `status`, `retry` and `params`, and the ES2022 `cause`.']);
  typeLine(emit, 'export type ApiError = ApiErrorOf<CatalogTypes>;');
  docBoth(emit, ['The class, for `instanceof`; build errors with {@link apiError}.']);
  emit.ts('export const ApiError: ApiErrorClass<CatalogTypes> = RuntimeApiError;');
  emit.js('export const ApiError = RuntimeApiError;');
  emit.dts('export declare const ApiError: ApiErrorClass<CatalogTypes>;');
  emit.ts('');
  writeEnvelope(emit, model);
  emit.ts('');
  writeFunctions(emit, model);
}

/** Each code's init type: a union over the causes it may name. */
function writeInits(emit: Emit, model: ErrorModel): void {
  docBoth(emit, ['What {@link apiError} takes for each code, keyed by the code value.']);
  typeLine(emit, 'export interface ErrorInits {');
  for (const code of model.codes) {
    const variants = initVariants(code);
    const key = propertyKey(String(code.code));
    const inline = (v: Variant): string => `{ ${v.causeId}; ${paramsInline(v.params)}; readonly cause?: unknown }`;
    if (variants.length === 1) emit.ts(`  readonly ${key}: ${inline(variants[0] as Variant)};`);
    else {
      emit.ts(`  readonly ${key}:`);
      variants.forEach((v, i) => emit.ts(`    | ${inline(v)}${i === variants.length - 1 ? ';' : ''}`));
    }
    // Declaration emit spreads every type literal over lines; a union's members follow `} | {`.
    emit.dts(`    readonly ${key}: {`);
    variants.forEach((v, i) => {
      if (i > 0) emit.dts('    } | {');
      emit.dts(`        ${v.causeId};`);
      if (v.params.length === 0) emit.dts('        readonly params?: Readonly<Record<string, never>>;');
      else {
        emit.dts('        readonly params: {');
        for (const p of v.params) emit.dts(`            readonly ${propertyKey(p.name)}: ${paramType(p)};`);
        emit.dts('        };');
      }
      emit.dts('        readonly cause?: unknown;');
    });
    emit.dts('    };');
  }
  typeLine(emit, '}');
}

interface Variant {
  /** The `causeId` member, as written. */
  readonly causeId: string;
  readonly params: readonly Param[];
}

function paramsInline(params: readonly Param[]): string {
  if (params.length === 0) return 'readonly params?: Readonly<Record<string, never>>';
  return `readonly params: { ${params.map((p) => `readonly ${propertyKey(p.name)}: ${paramType(p)}`).join('; ')} }`;
}

/** One variant per cause the init may name (none, or one of several), with the params it then needs. */
function initVariants(code: ErrorCode): Variant[] {
  if (code.causes.length === 1) {
    const only = code.causes[0] as Cause;
    return [{ causeId: `readonly causeId?: ${tsString(only.id)}`, params: occurrenceParams(code, only) }];
  }
  return [
    { causeId: 'readonly causeId?: undefined', params: occurrenceParams(code) },
    ...code.causes.map((c) => ({ causeId: `readonly causeId: ${tsString(c.id)}`, params: occurrenceParams(code, c) })),
  ];
}

function writeEnvelope(emit: Emit, model: ErrorModel): void {
  const { kind, typeBase, fallbackCode } = model.envelope;
  emit.ts('const envelope: EnvelopeConfig<CatalogTypes> = {');
  emit.js('const envelope = {');
  property(emit, 1, `kind: ${tsString(kind)},`);
  if (typeBase !== undefined) property(emit, 1, `typeBase: ${tsString(typeBase)},`);
  if (fallbackCode !== undefined) property(emit, 1, `fallbackCode: ${codeLiteral(fallbackCode, model.codeType)},`);
  codeLine(emit, '};');
  emit.ts('');
  // One problem `type` URI per code, in errorCodes order: the docs' anchor of its value.
  // Without a typeBase every `type` is about:blank, and the list stays empty.
  const uris = kind === 'problem' && typeBase !== undefined ? model.codes.map((c) => tsString(`${typeBase}#${codeAnchor(c.code)}`)) : [];
  arrayLines(emit, 0, { ts: 'const typeUris: readonly string[] = [', js: 'const typeUris = [' }, '];', uris);
}

function writeFunctions(emit: Emit, model: ErrorModel): void {
  lazyValue(emit, {
    variable: 'typeUriByCode',
    type: 'ReadonlyMap<unknown, string>',
    getter: 'typeUriMap',
    init: 'new Map(errorCodes.map((c, i) => [c, typeUris[i] ?? "about:blank"]))',
  });
  emit.ts('');
  emit.ts('let catalog: ServerCatalog<CatalogTypes> | undefined;');
  emit.js('let catalog;');
  emit.ts('');
  emit.ts('function serverCatalog(): ServerCatalog<CatalogTypes> {');
  emit.js('function serverCatalog() {');
  // [.ts line, .js line]: the object literal as written, and as the compiler reprints it.
  const lines: readonly (readonly [string, string])[] = [
    ['catalog ??= {', 'catalog ??= {'],
    ['  envelope,', '    envelope,'],
    ['  sourceLocale,', '    sourceLocale,'],
    ['  locales,', '    locales,'],
    ['  facts: (code) => getErrorByCode(code as CodeInput),', '    facts: (code) => getErrorByCode(code),'],
    ['  typeOf: (code) => typeUriMap().get(code) ?? "about:blank",', '    typeOf: (code) => typeUriMap().get(code) ?? "about:blank",'],
    [`  describer: createDescriber(${localeNames(model).join(', ')}),`, `    describer: createDescriber(${localeNames(model).join(', ')}),`],
    ['};', '};'],
    ['return catalog;', 'return catalog;'],
  ];
  for (const [ts, js] of lines) {
    emit.ts(`  ${ts}`);
    emit.js(`    ${js}`);
  }
  codeLine(emit, '}');
  emit.ts('');
  exportedFunction(emit, {
    doc: [
      'The error of a code, to throw. Its init is typed per code: the params its texts need,',
      'the documented cause (`causeId`; implied when the code has one), the original error.',
      ...(model.severities.some((s) => s !== 'error')
        ? ['Codes that are not errors (severity warning or info) are accepted too, for APIs that send', 'them in the same envelope; the error\'s `severity` says which.']
        : []),
    ],
    name: 'apiError',
    typeParams: '<C extends ErrorCodeValue>',
    signature: '(code: C, ...init: ApiErrorArgs<C>): ApiError',
    jsParams: 'code, ...init',
    body: ['return createApiError(serverCatalog(), code, init[0] as ApiErrorInit | undefined);'],
    jsBody: ['return createApiError(serverCatalog(), code, init[0]);'],
  });
  emit.ts('');
  exportedFunction(emit, {
    doc: ['Whether "value" is an {@link ApiError} of this catalog, of the given code when one is given.'],
    name: 'isApiError',
    typeParams: '<C extends ErrorCodeValue>',
    signature: '(value: unknown, code?: C): value is ApiErrorWithCode<CatalogTypes, C>',
    jsParams: 'value, code',
    body: ['return isRuntimeApiError(value, code);'],
  });
  emit.ts('');
  exportedFunction(emit, {
    doc: [
      'The response for anything a handler threw, in the spec\'s envelope: status, headers',
      '(content type, `Content-Language`, `Vary`) and body. A value that is not an',
      '{@link ApiError} becomes the envelope\'s fallback; its message and stack are never sent.',
      ...(model.httpMapping
        ? []
        : ['This catalog has no HTTP mapping (`http: false`): every error answers 500 unless', '`options.status` gives the status to answer.']),
    ],
    name: 'toResponse',
    signature: '(error: unknown, options?: ResponseOptions): ErrorResponse',
    jsParams: 'error, options',
    body: ['return respond(serverCatalog(), error, options);'],
  });
}
