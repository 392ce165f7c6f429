// The server end of a generated catalog: typed errors (`ApiError`) and the response
// each becomes in the spec's envelope, RFC 9457 problem details or the simple body.
// The generated `server.ts` binds it to the catalog: its typed `apiError`, its texts
// and its envelope. Nothing of a thrown value that is not an `ApiError` reaches the
// response: an unknown error becomes the envelope's fallback, never its message or stack.
import type { CatalogTypes, ErrorInfo, RetryVerdict, Severity } from "./core.js";
import type { Describer, MessageTypes } from "./describe.js";

/** A param's value as `apiError` takes it. */
export type ParamValue = string | number | boolean;

/** The spec's `envelope`. */
export interface EnvelopeConfig<T extends CatalogTypes> {
  readonly kind: "problem" | "simple";
  /** Problem `type` URIs are built from it (`<typeBase>#code-<value>`); without it `about:blank`. */
  readonly typeBase?: string;
  /** What an unknown thrown value becomes; without it a generic 500. */
  readonly fallbackCode?: T["code"];
}

/** What the generated server module hands the runtime. */
export interface ServerCatalog<T extends MessageTypes> {
  readonly envelope: EnvelopeConfig<T>;
  readonly sourceLocale: T["locale"];
  readonly locales: readonly T["locale"][];
  readonly facts: (code: unknown) => ErrorInfo<T> | undefined;
  /** The problem `type` URI of a code (`about:blank` without a typeBase). */
  readonly typeOf: (code: T["code"]) => string;
  readonly describer: Describer<T>;
}

export interface ApiErrorInit {
  /** Values of the placeholders of the code's summary and of the named cause's explanation. */
  readonly params?: Readonly<Record<string, ParamValue>>;
  /** The documented cause; implied when the code has exactly one. */
  readonly causeId?: string;
  /** The original error (ES2022 `cause`), kept for logs, never sent. */
  readonly cause?: unknown;
}

/** An error of the catalog, thrown by server code; `toResponse` turns it into a response. */
export class ApiError<T extends CatalogTypes = CatalogTypes> extends Error {
  /** The code's symbolic name (also the error's `name`, so logs show it). */
  declare readonly name: T["name"];
  readonly code: T["code"];
  /**
   * The HTTP status: the named cause's, else the code's; 500 in a catalog without HTTP
   * mapping (`toResponse`'s `status` option answers another).
   */
  readonly status: number;
  /** The named cause's severity, else the code's. Warnings and infos are sent like errors, in the same envelope. */
  readonly severity: Severity;
  /** May a retry help? The named cause's class, else the code's verdict. */
  readonly retry: RetryVerdict;
  readonly params: Readonly<Record<string, ParamValue>>;
  readonly causeId: string | undefined;

  constructor(info: ErrorInfo<T>, message: string, init: ApiErrorInit = {}) {
    super(message, init.cause === undefined ? undefined : { cause: init.cause });
    const cause = init.causeId === undefined ? undefined : info.causes.find((c) => c.id === init.causeId);
    Object.defineProperty(this, "name", { value: info.name, enumerable: false, configurable: true, writable: true });
    this.code = info.code;
    this.status = cause?.http ?? info.http ?? UNMAPPED_STATUS;
    this.severity = cause?.severity ?? info.severity;
    this.retry = cause === undefined ? info.retry : cause.retry;
    this.params = Object.freeze({ ...(init.params ?? {}) });
    this.causeId = cause?.id;
  }
}

/** The `ApiError` class as a catalog's server module exports it, typed with that catalog. */
export interface ApiErrorClass<T extends CatalogTypes> {
  new (info: ErrorInfo<T>, message: string, init?: ApiErrorInit): ApiError<T>;
  readonly prototype: ApiError<T>;
}

/** An `ApiError` known to have one code. */
export type ApiErrorWithCode<T extends CatalogTypes, C> = ApiError<T> & { readonly code: C };

/** Whether "value" is an `ApiError` (of this runtime), of the given code when one is given. */
export function isApiError(value: unknown, code?: unknown): value is ApiError {
  return value instanceof ApiError && (code === undefined || value.code === code);
}

/** Builds the error of a code; throws a TypeError for a value that is not a code of the catalog. */
export function createApiError<T extends MessageTypes>(catalog: ServerCatalog<T>, code: unknown, init: ApiErrorInit = {}): ApiError<T> {
  const info = catalog.facts(code);
  if (info === undefined) throw new TypeError("errspec: " + String(code) + " is not a code of this catalog");
  const causeId = init.causeId ?? (info.causes.length === 1 ? info.causes[0]?.id : undefined);
  if (causeId !== undefined && !info.causes.some((c) => c.id === causeId)) {
    throw new TypeError("errspec: " + info.name + " has no cause " + causeId);
  }
  const full: ApiErrorInit = { ...init, ...(causeId === undefined ? {} : { causeId }) };
  return new ApiError<T>(info, textsOf(catalog, info, full, catalog.sourceLocale).detail, full);
}

export interface ResponseOptions<T extends CatalogTypes> {
  /** The response's language; else the best match of acceptLanguage; else the source locale. */
  readonly locale?: T["locale"] | undefined;
  /** The request's Accept-Language header. */
  readonly acceptLanguage?: string | null | undefined;
  /** A URI of this occurrence (problem details' `instance`). */
  readonly instance?: string | undefined;
  /** Members the server adds, e.g. `{ logId }`; they never replace the envelope's own. */
  readonly extensions?: Readonly<Record<string, unknown>> | undefined;
  /** The HTTP status to answer instead of the error's own: for catalogs without HTTP mapping, whose errors answer 500. */
  readonly status?: number | undefined;
}

export interface ErrorResponse {
  readonly status: number;
  /** Lower-case names: `content-type`, `content-language`, and `vary` when Accept-Language decided. */
  readonly headers: Readonly<Record<string, string>>;
  readonly body: Readonly<Record<string, unknown>>;
}

const GENERIC_500 = "Internal Server Error";

/** The status of every error of a catalog without HTTP mapping, unless `toResponse` is told another. */
const UNMAPPED_STATUS = 500;

/** The response for any thrown value, in the catalog's envelope. */
export function toResponse<T extends MessageTypes>(catalog: ServerCatalog<T>, error: unknown, options: ResponseOptions<T> = {}): ErrorResponse {
  const { envelope } = catalog;
  let apiError: ApiError<T> | undefined;
  if (error instanceof ApiError && catalog.facts(error.code) !== undefined) apiError = error as ApiError<T>;
  else if (envelope.fallbackCode !== undefined) apiError = createApiError(catalog, envelope.fallbackCode, { cause: error });

  const negotiated = options.locale === undefined && options.acceptLanguage != null;
  const locale = pickLocale(catalog, options);
  const headers: Record<string, string> = {
    "content-type": envelope.kind === "problem" ? "application/problem+json" : "application/json",
    "content-language": locale,
  };
  if (negotiated) headers["vary"] = "Accept-Language";

  const extensions = options.extensions ?? {};
  const info = apiError === undefined ? undefined : catalog.facts(apiError.code);
  if (apiError === undefined || info === undefined) {
    const body = envelope.kind === "problem"
      ? { ...extensions, type: "about:blank", title: GENERIC_500, status: 500, ...instanceOf(options) }
      : { ...extensions, message: GENERIC_500 };
    return { status: 500, headers, body };
  }
  const init: ApiErrorInit = { params: apiError.params, ...(apiError.causeId === undefined ? {} : { causeId: apiError.causeId }) };
  const { summary, detail } = textsOf(catalog, info, init, locale);
  const params = Object.keys(apiError.params).length === 0 ? {} : { params: apiError.params };
  const status = options.status ?? apiError.status;
  if (envelope.kind === "simple") {
    return { status, headers, body: { ...extensions, code: info.code, message: detail, ...params } };
  }
  const type = catalog.typeOf(info.code);
  const title = type === "about:blank" ? statusPhrase(status) : summary;
  const body = {
    ...extensions,
    type,
    title,
    status,
    detail,
    ...instanceOf(options),
    code: info.code,
    name: info.name,
    retry: apiError.retry,
    ...params,
  };
  return { status, headers, body };
}

const instanceOf = (options: ResponseOptions<CatalogTypes>): { instance?: string } =>
  options.instance === undefined ? {} : { instance: options.instance };

/** The summary and the detail (the named cause's explanation, else the summary), params filled: one lookup. */
function textsOf<T extends MessageTypes>(catalog: ServerCatalog<T>, info: ErrorInfo<T>, init: ApiErrorInit, locale: T["locale"]): { readonly summary: string; readonly detail: string } {
  const described = catalog.describer.describeError(info.code, { locale, params: init.params ?? {} });
  const cause = init.causeId === undefined ? undefined : described.causes.find((c) => c.id === init.causeId);
  return { summary: described.summary, detail: cause?.explanation ?? described.summary };
}

function pickLocale<T extends MessageTypes>(catalog: ServerCatalog<T>, options: ResponseOptions<T>): T["locale"] {
  if (options.locale !== undefined && catalog.locales.includes(options.locale)) return options.locale;
  if (options.acceptLanguage != null) {
    const match = negotiateLocale(options.acceptLanguage, catalog.locales);
    if (match !== undefined) return match;
  }
  return catalog.sourceLocale;
}

/**
 * The best of "locales" for an Accept-Language header (RFC 9110 §12.5.4): ranges by
 * weight, each matching a locale exactly (case-insensitively), then by prefix in
 * either direction (`zh` ~ `zh-CN`, `en-US` ~ `en`); `*` takes the first locale.
 */
export function negotiateLocale<L extends string>(header: string, locales: readonly L[]): L | undefined {
  const ranges = header
    .split(",")
    .map((part, index) => {
      const [range = "", ...params] = part.trim().split(";");
      const q = params.map((p) => /^\s*q=([0-9.]+)\s*$/i.exec(p)?.[1]).find((v) => v !== undefined);
      return { range: range.trim().toLowerCase(), q: q === undefined ? 1 : Number(q), index };
    })
    .filter((r) => r.range !== "" && r.q > 0 && !Number.isNaN(r.q))
    .sort((a, b) => b.q - a.q || a.index - b.index);
  const lower = locales.map((l) => l.toLowerCase());
  for (const { range } of ranges) {
    if (range === "*") return locales[0];
    let i = lower.indexOf(range);
    if (i === -1) i = lower.findIndex((l) => l.startsWith(range + "-") || range.startsWith(l + "-"));
    if (i !== -1) return locales[i];
  }
  return undefined;
}

const PHRASES: Readonly<Record<number, string>> = {
  // 1xx-3xx: codes that are not errors (severity warning or info) may answer them.
  100: "Continue", 200: "OK", 201: "Created", 202: "Accepted", 203: "Non-Authoritative Information", 204: "No Content",
  206: "Partial Content", 207: "Multi-Status", 300: "Multiple Choices", 301: "Moved Permanently", 302: "Found",
  303: "See Other", 304: "Not Modified", 307: "Temporary Redirect", 308: "Permanent Redirect",
  400: "Bad Request", 401: "Unauthorized", 402: "Payment Required", 403: "Forbidden", 404: "Not Found",
  405: "Method Not Allowed", 406: "Not Acceptable", 408: "Request Timeout", 409: "Conflict", 410: "Gone",
  411: "Length Required", 412: "Precondition Failed", 413: "Content Too Large", 414: "URI Too Long",
  415: "Unsupported Media Type", 416: "Range Not Satisfiable", 417: "Expectation Failed", 421: "Misdirected Request",
  422: "Unprocessable Content", 423: "Locked", 424: "Failed Dependency", 425: "Too Early", 426: "Upgrade Required",
  428: "Precondition Required", 429: "Too Many Requests", 431: "Request Header Fields Too Large",
  451: "Unavailable For Legal Reasons", 500: "Internal Server Error", 501: "Not Implemented", 502: "Bad Gateway",
  503: "Service Unavailable", 504: "Gateway Timeout", 505: "HTTP Version Not Supported", 507: "Insufficient Storage",
  508: "Loop Detected", 511: "Network Authentication Required",
};

/** The reason phrase of a status (RFC 9110), for `about:blank` problems' `title`. */
export function statusPhrase(status: number): string {
  return PHRASES[status] ?? (status >= 500 ? "Server Error" : status >= 400 ? "Client Error" : "Status " + String(status));
}
