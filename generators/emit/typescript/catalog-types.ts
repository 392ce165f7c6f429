// The type section of `catalog.ts`: literal unions from the model, then the shapes
// of the data and of `describeError`'s result. Every export has an explicit type so
// the file satisfies `isolatedDeclarations`. Types only: nothing of it is in the .js.
import type { ErrorModel } from '../../model/types.js';
import { jsDocBlock } from './jsdoc.js';
import { codeLiteral, tsString } from './literal.js';
import { emitText, type Emit } from './source.js';

export function writeCatalogTypes(emit: Emit, model: ErrorModel): void {
  const union = (doc: string, name: string, literals: readonly string[]): void => {
    for (const line of jsDocBlock([doc])) {
      emit.ts(line);
      emit.dts(line);
    }
    if (literals.length === 0) {
      emit.ts(`export type ${name} = never;`);
      emit.dts(`export type ${name} = never;`);
      return;
    }
    // One literal per line: 50k codes stay diffable and never make a giant line. The
    // compiler prints a union on one line, copying each literal as written.
    emit.ts(`export type ${name} =`);
    literals.forEach((literal, i) => emit.ts(`  | ${literal}${i === literals.length - 1 ? ';' : ''}`));
    emit.dts(`export type ${name} = ${literals.join(' | ')};`);
  };
  union('Every code value in the catalog, retired codes included.', 'ErrorCodeValue',
    model.codes.map((c) => codeLiteral(c.code, model.codeType)));
  emit.ts('');
  union('Every current symbolic name.', 'ErrorName', model.codes.map((c) => tsString(c.name)));
  emit.ts('');
  union('Former names that still resolve (deprecated).', 'ErrorAlias',
    model.codes.flatMap((c) => c.aliases.map(tsString)));
  emit.ts('');
  union('Locales the texts are in; the first is the source locale.', 'Locale', model.locales.map(tsString));
  emit.ts('');
  union('Scene ids (where in the product an error happens).', 'SceneId', model.scenes.map((s) => tsString(s.id)));
  emit.ts('');
  union('Classification ids (how to handle a cause).', 'ClassificationId',
    model.classifications.map((c) => tsString(c.id)));
  emit.ts('');
  const codeType = model.codeType === 'string' ? 'string' : 'number';
  emitText(emit.ts, staticTypes(codeType));
  emitText(emit.dts, staticDeclarations(codeType));
}

/** Shapes that do not depend on the model beyond the code's primitive type. */
function staticTypes(codeType: 'number' | 'string'): string {
  // String.raw: backslashes stay as written; the text must hold no backtick or dollar-brace.
  return String.raw`/** What a classification says about retrying. */
export type Retry = "never" | "may" | "not-an-error";

/** The verdict over several causes: "mixed" when they disagree. */
export type RetryVerdict = Retry | "mixed";

/** A text in every locale. */
export type Localized = { readonly [L in Locale]: string };

/** A primitive of the type codes have; {@link isErrorCode} narrows it to {@link ErrorCodeValue}. */
export type CodeInput = ${codeType};

export interface SceneInfo {
  readonly id: SceneId;
  readonly title: Localized;
}

export interface ClassificationInfo {
  readonly id: ClassificationId;
  readonly retry: Retry;
  /** Handling advice for every cause in this classification. */
  readonly advice: Localized;
  readonly note?: Localized;
}

/** One documented way an error happens. */
export interface CauseInfo {
  /** Unique within its code (or among the uncoded causes). */
  readonly id: string;
  readonly scene: SceneId;
  readonly classification: ClassificationId;
  /** The classification's retry class. */
  readonly retry: Retry;
  /** The source marks this cause "not an error". */
  readonly informational: boolean;
  /** May hold {{param}} placeholders, named in params. */
  readonly explanation: Localized;
  readonly params: readonly string[];
  readonly note?: Localized;
}

export interface RetiredInfo {
  /** A version or an ISO date. */
  readonly since: string;
  readonly reason: Localized;
}

export interface ErrorInfo {
  readonly code: ErrorCodeValue;
  readonly name: ErrorName;
  /** Former names (deprecated). */
  readonly aliases: readonly ErrorAlias[];
  readonly http: number;
  /** Every cause is informational. */
  readonly informational: boolean;
  /** The verdict over all causes. */
  readonly retry: RetryVerdict;
  /** Scenes of the causes, in first-appearance order. */
  readonly scenes: readonly SceneId[];
  readonly summary: Localized;
  /** Placeholders {{param}} that the summary uses. */
  readonly params: readonly string[];
  readonly note?: Localized;
  readonly retired?: RetiredInfo;
  readonly causes: readonly CauseInfo[];
}

export interface ErrorCatalog {
  readonly id: string;
  readonly title: Localized;
  readonly codeType: "integer" | "string";
  readonly sourceLocale: Locale;
  readonly locales: readonly Locale[];
  /** Sorted by id. */
  readonly scenes: readonly SceneInfo[];
  /** Sorted by id. */
  readonly classifications: readonly ClassificationInfo[];
  /** In spec order, retired codes included. */
  readonly codes: readonly ErrorInfo[];
  /** Causes documented without a code. */
  readonly uncoded: readonly CauseInfo[];
}

export interface DescribeOptions {
  /** Keep only the causes in this scene. */
  readonly scene?: SceneId | undefined;
  /** Defaults to the source locale. */
  readonly locale?: Locale | undefined;
}

export interface DescribedCause {
  readonly id: string;
  readonly scene: SceneId;
  readonly sceneTitle: string;
  readonly classification: ClassificationId;
  readonly retry: Retry;
  readonly advice: string;
  /** Placeholders are left as written; {@link formatMessage} fills them. */
  readonly explanation: string;
  readonly informational: boolean;
  readonly note?: string;
}

export interface DescribedError {
  readonly code: ErrorCodeValue;
  readonly name: ErrorName;
  readonly http: number;
  readonly informational: boolean;
  readonly retired?: { readonly since: string; readonly reason: string };
  readonly summary: string;
  readonly note?: string;
  readonly causes: readonly DescribedCause[];
  readonly retry: RetryVerdict;
}`;
}

/** `staticTypes` as declaration emit prints it (object types spread over lines). */
function staticDeclarations(codeType: 'number' | 'string'): string {
  // String.raw: backslashes stay as written; the text must hold no backtick or dollar-brace.
  return String.raw`/** What a classification says about retrying. */
export type Retry = "never" | "may" | "not-an-error";
/** The verdict over several causes: "mixed" when they disagree. */
export type RetryVerdict = Retry | "mixed";
/** A text in every locale. */
export type Localized = {
    readonly [L in Locale]: string;
};
/** A primitive of the type codes have; {@link isErrorCode} narrows it to {@link ErrorCodeValue}. */
export type CodeInput = ${codeType};
export interface SceneInfo {
    readonly id: SceneId;
    readonly title: Localized;
}
export interface ClassificationInfo {
    readonly id: ClassificationId;
    readonly retry: Retry;
    /** Handling advice for every cause in this classification. */
    readonly advice: Localized;
    readonly note?: Localized;
}
/** One documented way an error happens. */
export interface CauseInfo {
    /** Unique within its code (or among the uncoded causes). */
    readonly id: string;
    readonly scene: SceneId;
    readonly classification: ClassificationId;
    /** The classification's retry class. */
    readonly retry: Retry;
    /** The source marks this cause "not an error". */
    readonly informational: boolean;
    /** May hold {{param}} placeholders, named in params. */
    readonly explanation: Localized;
    readonly params: readonly string[];
    readonly note?: Localized;
}
export interface RetiredInfo {
    /** A version or an ISO date. */
    readonly since: string;
    readonly reason: Localized;
}
export interface ErrorInfo {
    readonly code: ErrorCodeValue;
    readonly name: ErrorName;
    /** Former names (deprecated). */
    readonly aliases: readonly ErrorAlias[];
    readonly http: number;
    /** Every cause is informational. */
    readonly informational: boolean;
    /** The verdict over all causes. */
    readonly retry: RetryVerdict;
    /** Scenes of the causes, in first-appearance order. */
    readonly scenes: readonly SceneId[];
    readonly summary: Localized;
    /** Placeholders {{param}} that the summary uses. */
    readonly params: readonly string[];
    readonly note?: Localized;
    readonly retired?: RetiredInfo;
    readonly causes: readonly CauseInfo[];
}
export interface ErrorCatalog {
    readonly id: string;
    readonly title: Localized;
    readonly codeType: "integer" | "string";
    readonly sourceLocale: Locale;
    readonly locales: readonly Locale[];
    /** Sorted by id. */
    readonly scenes: readonly SceneInfo[];
    /** Sorted by id. */
    readonly classifications: readonly ClassificationInfo[];
    /** In spec order, retired codes included. */
    readonly codes: readonly ErrorInfo[];
    /** Causes documented without a code. */
    readonly uncoded: readonly CauseInfo[];
}
export interface DescribeOptions {
    /** Keep only the causes in this scene. */
    readonly scene?: SceneId | undefined;
    /** Defaults to the source locale. */
    readonly locale?: Locale | undefined;
}
export interface DescribedCause {
    readonly id: string;
    readonly scene: SceneId;
    readonly sceneTitle: string;
    readonly classification: ClassificationId;
    readonly retry: Retry;
    readonly advice: string;
    /** Placeholders are left as written; {@link formatMessage} fills them. */
    readonly explanation: string;
    readonly informational: boolean;
    readonly note?: string;
}
export interface DescribedError {
    readonly code: ErrorCodeValue;
    readonly name: ErrorName;
    readonly http: number;
    readonly informational: boolean;
    readonly retired?: {
        readonly since: string;
        readonly reason: string;
    };
    readonly summary: string;
    readonly note?: string;
    readonly causes: readonly DescribedCause[];
    readonly retry: RetryVerdict;
}`;
}
