import type { JsonObject } from './json.js';
import { ERROR_CODE, schemaRef } from './refs.js';

/** The body every error response carries. Other properties are allowed: APIs add their own. */
export function errorBodySchema(): JsonObject {
  return {
    type: 'object',
    description: 'The error body the API returns.',
    required: ['code', 'message'],
    properties: {
      code: schemaRef(ERROR_CODE),
      message: { type: 'string', description: 'What went wrong, for people.' },
      logId: {
        type: 'string',
        description: 'Identifies the request in the server logs. Quote it when contacting support.',
      },
    },
  };
}

/** Retry classes, so that tools reading `x-errspec-retry` have a schema to check it against. */
export function retryClassSchema(): JsonObject {
  return {
    type: 'string',
    description:
      'Whether retrying can help: `never` (retrying gives the same result), `may` (a retry may ' +
      'succeed), `not-an-error` (an informational outcome, nothing to retry).',
    enum: ['never', 'may', 'not-an-error'],
  };
}
