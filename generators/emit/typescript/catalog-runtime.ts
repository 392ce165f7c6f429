// Lookups and `describeError` of `catalog.ts`: the same text for every model. Maps
// rather than objects so no input (`__proto__`, `constructor`, `toString`) can reach
// a prototype; overloads give known codes and names a non-undefined result. The
// text is kept with its .js and .d.ts forms; an edit to one needs the others (the
// transpile-oracle test prints what the compiler makes of the new .ts).
import { emitText, type Emit } from './source.js';

export function writeCatalogRuntime(emit: Emit): void {
  emitText(emit.ts, RUNTIME);
  emitText(emit.js, RUNTIME_JS);
  emitText(emit.dts, RUNTIME_DTS);
}

// String.raw: backslashes stay as written; the text must hold no backtick or dollar-brace.
const RUNTIME = String.raw`const byCode: ReadonlyMap<unknown, ErrorInfo> = new Map(errorCatalog.codes.map((info) => [info.code, info]));

const byName: ReadonlyMap<unknown, ErrorInfo> = indexByName();

function indexByName(): Map<unknown, ErrorInfo> {
  const index = new Map<unknown, ErrorInfo>();
  for (const info of errorCatalog.codes) {
    index.set(info.name, info);
    for (const alias of info.aliases) index.set(alias, info);
  }
  return index;
}

const sceneById: ReadonlyMap<string, SceneInfo> = new Map(errorCatalog.scenes.map((scene) => [scene.id, scene]));

const classificationById: ReadonlyMap<string, ClassificationInfo> = new Map(
  errorCatalog.classifications.map((c) => [c.id, c]),
);

const knownLocales: ReadonlySet<unknown> = new Set(errorCatalog.locales);

function resolveLocale(locale: Locale | undefined): Locale {
  return knownLocales.has(locale) ? (locale as Locale) : errorCatalog.sourceLocale;
}

/** Whether "value" is a code of this catalog (retired codes included). Safe for any input. */
export function isErrorCode(value: unknown): value is ErrorCodeValue {
  return byCode.has(value);
}

/** The catalog entry of a code, or undefined for an unknown one. */
export function getErrorByCode(code: ErrorCodeValue): ErrorInfo;
export function getErrorByCode(code: CodeInput): ErrorInfo | undefined;
export function getErrorByCode(code: CodeInput): ErrorInfo | undefined {
  return byCode.get(code);
}

/** The catalog entry of a name or a former name (alias), or undefined for an unknown one. */
export function getErrorByName(name: ErrorName | ErrorAlias): ErrorInfo;
export function getErrorByName(name: string): ErrorInfo | undefined;
export function getErrorByName(name: string): ErrorInfo | undefined {
  return byName.get(name);
}

/**
 * The verdict over some causes: "not-an-error" when each is informational or
 * classified not-an-error; otherwise over the rest, "never" or "may" when they all
 * agree, else "mixed".
 */
export function retryVerdict(causes: readonly CauseInfo[]): RetryVerdict {
  let verdict: Retry | undefined;
  for (const cause of causes) {
    if (cause.informational || cause.retry === "not-an-error") continue;
    if (verdict === undefined) verdict = cause.retry;
    else if (verdict !== cause.retry) return "mixed";
  }
  return verdict ?? "not-an-error";
}

function describeCause(cause: CauseInfo, locale: Locale): DescribedCause {
  const scene = sceneById.get(cause.scene);
  const classification = classificationById.get(cause.classification);
  return {
    id: cause.id,
    scene: cause.scene,
    sceneTitle: scene === undefined ? cause.scene : scene.title[locale],
    classification: cause.classification,
    retry: cause.retry,
    advice: classification === undefined ? "" : classification.advice[locale],
    explanation: cause.explanation[locale],
    informational: cause.informational,
    ...(cause.note === undefined ? {} : { note: cause.note[locale] }),
  };
}

/**
 * A code explained in one locale (default: the source locale), its causes limited
 * to one scene when "scene" is given; undefined for an unknown code. The verdict is
 * {@link retryVerdict} over the causes shown; a scene with none of the code's causes
 * keeps the code's overall verdict.
 */
export function describeError(code: ErrorCodeValue, options?: DescribeOptions): DescribedError;
export function describeError(code: CodeInput, options?: DescribeOptions): DescribedError | undefined;
export function describeError(code: CodeInput, options: DescribeOptions = {}): DescribedError | undefined {
  const info = byCode.get(code);
  if (info === undefined) return undefined;
  const locale = resolveLocale(options.locale);
  const scene = options.scene;
  const causes = scene === undefined ? info.causes : info.causes.filter((cause) => cause.scene === scene);
  return {
    code: info.code,
    name: info.name,
    http: info.http,
    informational: info.informational,
    ...(info.retired === undefined
      ? {}
      : { retired: { since: info.retired.since, reason: info.retired.reason[locale] } }),
    summary: info.summary[locale],
    ...(info.note === undefined ? {} : { note: info.note[locale] }),
    causes: causes.map((cause) => describeCause(cause, locale)),
    retry: causes.length === 0 ? info.retry : retryVerdict(causes),
  };
}`;

// RUNTIME as the compiler emits it: types and comments erased, then reprinted.
const RUNTIME_JS = String.raw`const byCode = new Map(errorCatalog.codes.map((info) => [info.code, info]));
const byName = indexByName();
function indexByName() {
    const index = new Map();
    for (const info of errorCatalog.codes) {
        index.set(info.name, info);
        for (const alias of info.aliases)
            index.set(alias, info);
    }
    return index;
}
const sceneById = new Map(errorCatalog.scenes.map((scene) => [scene.id, scene]));
const classificationById = new Map(errorCatalog.classifications.map((c) => [c.id, c]));
const knownLocales = new Set(errorCatalog.locales);
function resolveLocale(locale) {
    return knownLocales.has(locale) ? locale : errorCatalog.sourceLocale;
}
export function isErrorCode(value) {
    return byCode.has(value);
}
export function getErrorByCode(code) {
    return byCode.get(code);
}
export function getErrorByName(name) {
    return byName.get(name);
}
export function retryVerdict(causes) {
    let verdict;
    for (const cause of causes) {
        if (cause.informational || cause.retry === "not-an-error")
            continue;
        if (verdict === undefined)
            verdict = cause.retry;
        else if (verdict !== cause.retry)
            return "mixed";
    }
    return verdict ?? "not-an-error";
}
function describeCause(cause, locale) {
    const scene = sceneById.get(cause.scene);
    const classification = classificationById.get(cause.classification);
    return {
        id: cause.id,
        scene: cause.scene,
        sceneTitle: scene === undefined ? cause.scene : scene.title[locale],
        classification: cause.classification,
        retry: cause.retry,
        advice: classification === undefined ? "" : classification.advice[locale],
        explanation: cause.explanation[locale],
        informational: cause.informational,
        ...(cause.note === undefined ? {} : { note: cause.note[locale] }),
    };
}
export function describeError(code, options = {}) {
    const info = byCode.get(code);
    if (info === undefined)
        return undefined;
    const locale = resolveLocale(options.locale);
    const scene = options.scene;
    const causes = scene === undefined ? info.causes : info.causes.filter((cause) => cause.scene === scene);
    return {
        code: info.code,
        name: info.name,
        http: info.http,
        informational: info.informational,
        ...(info.retired === undefined
            ? {}
            : { retired: { since: info.retired.since, reason: info.retired.reason[locale] } }),
        summary: info.summary[locale],
        ...(info.note === undefined ? {} : { note: info.note[locale] }),
        causes: causes.map((cause) => describeCause(cause, locale)),
        retry: causes.length === 0 ? info.retry : retryVerdict(causes),
    };
}`;

// RUNTIME's declarations: the exported signatures with their docs.
const RUNTIME_DTS = String.raw`/** Whether "value" is a code of this catalog (retired codes included). Safe for any input. */
export declare function isErrorCode(value: unknown): value is ErrorCodeValue;
/** The catalog entry of a code, or undefined for an unknown one. */
export declare function getErrorByCode(code: ErrorCodeValue): ErrorInfo;
export declare function getErrorByCode(code: CodeInput): ErrorInfo | undefined;
/** The catalog entry of a name or a former name (alias), or undefined for an unknown one. */
export declare function getErrorByName(name: ErrorName | ErrorAlias): ErrorInfo;
export declare function getErrorByName(name: string): ErrorInfo | undefined;
/**
 * The verdict over some causes: "not-an-error" when each is informational or
 * classified not-an-error; otherwise over the rest, "never" or "may" when they all
 * agree, else "mixed".
 */
export declare function retryVerdict(causes: readonly CauseInfo[]): RetryVerdict;
/**
 * A code explained in one locale (default: the source locale), its causes limited
 * to one scene when "scene" is given; undefined for an unknown code. The verdict is
 * {@link retryVerdict} over the causes shown; a scene with none of the code's causes
 * keeps the code's overall verdict.
 */
export declare function describeError(code: ErrorCodeValue, options?: DescribeOptions): DescribedError;
export declare function describeError(code: CodeInput, options?: DescribeOptions): DescribedError | undefined;`;
