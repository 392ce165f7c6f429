// The one typed model every generator reads. Built once from a validated spec by
// `buildModel`, deep-frozen, and carrying no source positions: generators are pure
// functions of this model and their options.

/** A locale tag (BCP 47), e.g. `en`, `zh-CN`. */
export type Locale = string;

/**
 * A human text in every locale of the model. After fallback filling every locale of
 * `ErrorModel.locales` is present; which ones were filled is in `ErrorModel.coverage`.
 */
export type Localized = Readonly<Record<Locale, string>>;

/** What a classification says about retrying; `not-an-error` for every cause that is not an error. */
export type Retry = 'never' | 'may' | 'not-an-error';

/**
 * How serious an outcome is: `error` (the request failed), `warning` (it succeeded with a
 * caveat) or `info` (not an error: a success or a notice). The one spelling of "is this an
 * error"; a cause's retry is `not-an-error` exactly when its severity is not `error`.
 */
export type Severity = 'error' | 'warning' | 'info';

/** The retry verdict over several causes: `mixed` when they disagree. */
export type RetryVerdict = Retry | 'mixed';

export type CodeType = 'integer' | 'string';
export type CodeValue = number | string;

export type NamingConvention = 'SCREAMING_SNAKE_CASE' | 'PascalCase' | 'camelCase' | 'snake_case';

/** The type a placeholder's value has; `undefined` for a bare name (a string or a number). */
export type ParamType = 'string' | 'integer' | 'number' | 'boolean';

/** A `{{name}}` placeholder of a text. */
export interface Param {
  readonly name: string;
  readonly type?: ParamType;
  readonly example?: string | number | boolean;
  readonly description?: string;
}

/** The body of every error response (the spec's `envelope`). */
export interface Envelope {
  /** `problem`: RFC 9457 problem details; `simple`: `{ code, message, logId?, params? }`. */
  readonly kind: 'problem' | 'simple';
  /** `problem` only: a code's `type` is `<typeBase>#code-<value>`. */
  readonly typeBase?: string;
  /** The code an unknown thrown value becomes; absent: a generic 500. */
  readonly fallbackCode?: CodeValue;
}

export interface Scene {
  readonly id: string;
  readonly title: Localized;
}

export interface Classification {
  readonly id: string;
  readonly retry: Retry;
  /** Handling advice for every cause in this classification. */
  readonly advice: Localized;
  readonly note?: Localized;
}

/** One documented way an error happens: one row of a docs table. */
export interface Cause {
  /** Slug, unique within its code (or within `uncoded`). Used in i18n keys and by diff. */
  readonly id: string;
  /** A declared scene's id; absent only in a catalog that declares no scenes. */
  readonly scene?: string;
  readonly classification: string;
  /** Its own, else its code's (or `info` in a `not-an-error` classification). */
  readonly severity: Severity;
  /** The HTTP status it answers: its own, else its code's; absent when the catalog has no HTTP mapping. */
  readonly http?: number;
  readonly explanation: Localized;
  readonly note?: Localized;
  /** Placeholders `{{name}}` that `explanation` uses, in declared order. */
  readonly params: readonly Param[];
}

/**
 * A named range of code values with its owner (the spec's `ranges`): an inclusive
 * integer interval in an integer catalog, a string prefix in a string catalog.
 */
export type CodeRange = IntervalRange | PrefixRange;

interface RangeFacts {
  readonly id: string;
  /** A team or a person, as the spec writes it. */
  readonly owner: string;
  readonly title?: Localized;
  /** The scene a cause of this range's codes takes when it gives none. */
  readonly scene?: string;
}

export interface IntervalRange extends RangeFacts {
  readonly kind: 'interval';
  readonly from: number;
  readonly to: number;
}

export interface PrefixRange extends RangeFacts {
  readonly kind: 'prefix';
  readonly prefix: string;
}

export interface Retired {
  /** A version or an ISO date. */
  readonly since: string;
  readonly reason: Localized;
}

export interface ErrorCode {
  readonly code: CodeValue;
  /** Symbolic name, following `ErrorModel.naming`. */
  readonly name: string;
  /** Former names, kept so consumers' code keeps compiling (deprecated). */
  readonly aliases: readonly string[];
  /** Other current names, equal to `name` (not deprecated): every output has them where it has the name. */
  readonly synonyms: readonly string[];
  /** Its own status, else `defaults.http`; absent when the catalog has no HTTP mapping. */
  readonly http?: number;
  /** Derived: every status it can answer (its own and its causes'), ascending. */
  readonly statuses: readonly number[];
  /** Declared, else the most serious of its causes' (`error` when it has none). */
  readonly severity: Severity;
  readonly summary: Localized;
  /** The spec omits the summary: `summary` is the only cause's explanation (and `params` its params). */
  readonly summaryFromCause: boolean;
  /** Placeholders `{{name}}` that `summary` uses. */
  readonly params: readonly Param[];
  readonly note?: Localized;
  readonly retired?: Retired;
  readonly causes: readonly Cause[];
  /** Id of the range the value falls in; absent when the spec declares no ranges. */
  readonly range?: string;
  /** Derived: scenes of the causes, in first-appearance order, unique (none in a catalog without scenes). */
  readonly scenes: readonly string[];
  /** Derived: the verdict over all causes (see `retryVerdict`). */
  readonly retry: RetryVerdict;
}

/** A text that a locale lacked and its fallback filled. */
export interface FilledText {
  readonly locale: Locale;
  /** The i18n key of the text, e.g. `errors.NAME.summary`. */
  readonly key: string;
  readonly from: Locale;
}

export interface ErrorModel {
  /** Spec path as shown in generated headers, with forward slashes (e.g. `spec/errors.yaml`). */
  readonly specPath: string;
  /** Catalog id, a slug (e.g. `voucher-verification`). */
  readonly id: string;
  readonly title: Localized;
  readonly codeType: CodeType;
  readonly naming: NamingConvention;
  readonly envelope: Envelope;
  /** False when the spec says `http: false`: no code has an HTTP status. */
  readonly httpMapping: boolean;
  /** Severities the codes have, most serious first (`['error']` for a catalog of errors only). */
  readonly severities: readonly Severity[];
  /** Source locale first, then the others in declared order. */
  readonly locales: readonly Locale[];
  readonly sourceLocale: Locale;
  /** Locale -> the locale its missing texts come from. */
  readonly fallbacks: Readonly<Record<Locale, Locale>>;
  /** Sorted by id. */
  readonly scenes: readonly Scene[];
  /** Sorted by id. */
  readonly classifications: readonly Classification[];
  /** In spec order, retired codes included. */
  readonly codes: readonly ErrorCode[];
  /** The spec's `ranges`, in value order (intervals by `from`, prefixes by code point); absent when it declares none. */
  readonly ranges?: readonly CodeRange[];
  /** Causes the source documents without giving their code: never enum members. */
  readonly uncoded: readonly Cause[];
  readonly coverage: readonly FilledText[];
}

/** One output file, relative to the output folder, always with `/` separators. */
export interface GeneratedFile {
  readonly path: string;
  readonly contents: string;
}

/** Options every generator receives. */
export interface CommonOptions {
  /** The command that regenerates the outputs, named in headers. */
  readonly command: string;
}

/** A generator is a pure function: no filesystem, no clock, no environment. */
export type Generator<O extends CommonOptions = CommonOptions> = (
  model: ErrorModel,
  options: O,
) => GeneratedFile[];
