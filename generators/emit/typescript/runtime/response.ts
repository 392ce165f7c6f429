// The client end: an error response parsed back into the catalog's terms. Text-free, so
// it lives with the core. Never throws: a body that is not this API's envelope, or a
// code this version of the catalog does not know, is reported as such.
import type { CatalogTypes, ErrorInfo, RetryVerdict } from "./core.js";

const VERDICTS: readonly unknown[] = ["never", "may", "mixed", "not-an-error"];

export type ErrorFromResponse<T extends CatalogTypes> =
  | {
      readonly known: true;
      readonly status: number;
      readonly code: T["code"];
      readonly name: T["name"];
      /** The server's verdict for this occurrence, else the code's. */
      readonly retry: RetryVerdict;
      readonly params: Readonly<Record<string, unknown>>;
      readonly info: ErrorInfo<T>;
    }
  | {
      readonly known: false;
      readonly status: number;
      /** `unknown-code`: a code this catalog does not have (a newer server?); `foreign-body`: no code at all. */
      readonly reason: "unknown-code" | "foreign-body";
      /** The code member as received, when there was one. */
      readonly code?: unknown;
    };

/** Reads `code`, `retry` and `params` of a problem-details or simple body. */
export function parseErrorBody<T extends CatalogTypes>(
  facts: (code: T["input"]) => ErrorInfo<T> | undefined,
  status: number,
  body: unknown,
): ErrorFromResponse<T> {
  if (body === null || typeof body !== "object" || Array.isArray(body) || !Object.prototype.hasOwnProperty.call(body, "code")) {
    return { known: false, status, reason: "foreign-body" };
  }
  const record = body as Record<string, unknown>;
  const code = record["code"];
  const info = typeof code === "string" || typeof code === "number" ? facts(code as T["input"]) : undefined;
  if (info === undefined) return { known: false, status, reason: "unknown-code", code };
  const params = record["params"];
  const retry = record["retry"];
  return {
    known: true,
    status,
    code: info.code,
    name: info.name,
    retry: VERDICTS.includes(retry) ? (retry as RetryVerdict) : info.retry,
    params: params !== null && typeof params === "object" && !Array.isArray(params) ? { ...(params as Record<string, unknown>) } : {},
    info,
  };
}
