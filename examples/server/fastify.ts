// Sending the catalog's errors from a fastify 5 server: handlers throw `apiError(...)`,
// the error handler answers with `toResponse`. Compiled and run by npm test
// (test/package/consumer.test.ts) against the installed package.
import Fastify from 'fastify';
import { ErrorCode } from '@voucher-verification/errors';
import { apiError, toResponse } from '@voucher-verification/errors/server';

export const app = Fastify();

app.post('/vouchers/:code/redeem', async () => {
  throw apiError(ErrorCode.ALREADY_USED, { causeId: 'voucher-used' });
});

app.setErrorHandler((error, request, reply) => {
  const { status, headers, body } = toResponse(error, { acceptLanguage: request.headers['accept-language'], extensions: { logId: request.id } });
  return reply.code(status).headers(headers).send(JSON.stringify(body));
});
