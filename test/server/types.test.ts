// apiError's contract at compile time, on the problem fixture (typed params, a code with
// several causes, a code with one): strict tsc accepts the right inits and refuses a
// missing, extra or mistyped param and an unknown code (@ts-expect-error fails the run,
// as TS2578, when its line compiles).
import { describe, expect, it } from 'vitest';
import { generateFiles } from '../support/generate.js';
import { strictFlags, tsc, writePackage } from '../emit/typescript/support.js';

const CONSUMER = `import { ErrorCode } from "./ts/error-code.js";
import { apiError, isApiError, toResponse, type ApiError, type ErrorResponse } from "./ts/server.js";
import { errorFromResponse } from "./ts/core.js";

// The summary needs chargeId; naming a cause adds its params.
apiError(ErrorCode.CARD_DECLINED, { params: { chargeId: "ch_1" } });
apiError("card_declined", { causeId: "insufficient-funds", params: { chargeId: "ch_1", missing: 250 } });
apiError("card_declined", { causeId: "issuer-unavailable", params: { chargeId: "ch_1" }, cause: new Error("timeout") });
// One cause: implied, and its params are required.
const limited: ApiError = apiError("rate_limited", { params: { limit: 5 } });
apiError("rate_limited", { params: { limit: "5 per minute" } });

// @ts-expect-error a code whose texts need params needs an init
apiError("card_declined");
// @ts-expect-error the missing param chargeId
apiError("card_declined", { params: {} });
// @ts-expect-error an extra param
apiError("card_declined", { params: { chargeId: "ch_1", amount: 1 } });
// @ts-expect-error a param of the wrong type (missing is an integer)
apiError("card_declined", { causeId: "insufficient-funds", params: { chargeId: "ch_1", missing: "250" } });
// @ts-expect-error the named cause's param is required
apiError("card_declined", { causeId: "insufficient-funds", params: { chargeId: "ch_1" } });
// @ts-expect-error a cause of another code
apiError("card_declined", { causeId: "per-minute", params: { chargeId: "ch_1" } });
// @ts-expect-error a code that does not exist
apiError("card_expired", {});

const thrown: unknown = limited;
if (isApiError(thrown, "rate_limited")) {
  const code: "rate_limited" = thrown.code;
  const status: number = thrown.status;
  void [code, status];
}
const response: ErrorResponse = toResponse(thrown, { acceptLanguage: "de", instance: "/charges", extensions: { logId: "x" } });
// @ts-expect-error only the catalog's locales
toResponse(thrown, { locale: "fr" });
const parsed = errorFromResponse(response.status, response.body);
if (parsed.known) {
  const name: "CARD_DECLINED" | "RATE_LIMITED" = parsed.name;
  void name;
}
`;

describe('apiError types', { timeout: 120_000 }, () => {
  it('accept exactly the params each code and cause needs (strict tsc)', async () => {
    const dir = writePackage(await generateFiles('test/fixtures/problem/spec.yaml'), { 'consumer.ts': CONSUMER });
    expect(tsc(dir, [...strictFlags, 'consumer.ts'])).toBe('');
  });
});
