// The body every error response carries, as the spec's `envelope` declares it: RFC 9457
// problem details, or the simple `{ code, message }` body. The generated server module's
// `toResponse` writes exactly these; test/server checks one against the other.
import type { Envelope } from '../../model/types.js';
import type { JsonObject } from './json.js';
import { ERROR_CODE, schemaRef } from './refs.js';

/** The media type of error bodies: RFC 9457's for problem details. */
export function errorMediaType(envelope: Envelope): string {
  return envelope.kind === 'problem' ? 'application/problem+json' : 'application/json';
}

const params: JsonObject = {
  type: 'object',
  description: 'The values of the placeholders in this error\'s texts, by name.',
  additionalProperties: { type: ['string', 'number', 'boolean'] },
};

const retry: JsonObject = {
  description:
    'Whether retrying can help with this occurrence: its cause\'s retry class, or the code\'s verdict ' +
    '(`mixed` when its causes disagree) when no cause was named.',
  enum: ['never', 'may', 'mixed', 'not-an-error'],
};

/** The body every error response carries. Other properties are allowed: APIs add their own. */
export function errorBodySchema(envelope: Envelope): JsonObject {
  if (envelope.kind === 'problem') return problemSchema();
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
      params,
    },
  };
}

function problemSchema(): JsonObject {
  return {
    type: 'object',
    description:
      'RFC 9457 problem details (`application/problem+json`). `code`, `name`, `retry` and `params` are ' +
      'extension members; an unexpected failure has only `type: about:blank`, `title` and `status`.',
    required: ['type', 'title', 'status'],
    properties: {
      type: {
        type: 'string',
        format: 'uri-reference',
        description: 'Identifies the problem type: the docs of the code, or `about:blank`.',
      },
      title: { type: 'string', description: 'The code\'s summary, or the HTTP status phrase for `about:blank`.' },
      status: { type: 'integer', minimum: 100, maximum: 599, description: 'The HTTP status.' },
      detail: { type: 'string', description: 'This occurrence, for people: the cause\'s explanation, else the summary.' },
      instance: { type: 'string', format: 'uri-reference', description: 'Identifies this occurrence.' },
      code: schemaRef(ERROR_CODE),
      name: { type: 'string', description: 'The code\'s symbolic name.' },
      retry,
      params,
    },
  };
}

/** The simple envelope's body for a failure the catalog does not describe (no fallbackCode). */
export function unexpectedBodySchema(): JsonObject {
  return {
    type: 'object',
    description: 'The body of an unexpected failure: no code, and nothing of the failure itself.',
    required: ['message'],
    properties: { message: { type: 'string', const: 'Internal Server Error' } },
  };
}

/** Retry classes, so that tools reading `x-errspec-retry` have a schema to check it against. */
export function retryClassSchema(): JsonObject {
  return {
    type: 'string',
    description:
      'Whether retrying can help: `never` (retrying gives the same result), `may` (a retry may ' +
      'succeed), `not-an-error` (the outcome is not an error, severity warning or info: nothing to retry).',
    enum: ['never', 'may', 'not-an-error'],
  };
}
