// Sending the catalog's errors from an express 5 server: handlers throw `apiError(...)`,
// one error middleware answers with `toResponse`. Compiled and run by npm test
// (test/package/consumer.test.ts) against the installed package.
import express from 'express';
import { ErrorCode } from '@voucher-verification/errors';
import { apiError, toResponse } from '@voucher-verification/errors/server';

export const app = express();

app.post('/vouchers/:code/redeem', () => {
  // Typed: the code's documented cause, and the params its texts need (none here).
  throw apiError(ErrorCode.ALREADY_USED, { causeId: 'voucher-used' });
});

app.use((error: unknown, req: express.Request, res: express.Response, _next: express.NextFunction) => {
  const { status, headers, body } = toResponse(error, {
    acceptLanguage: req.get('accept-language'),
    extensions: { logId: String(res.locals['logId'] ?? 'unknown') },
  });
  res.status(status).set(headers).send(JSON.stringify(body));
});
