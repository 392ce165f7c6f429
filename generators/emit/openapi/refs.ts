// Component names are part of the public contract: API documents `$ref` them.
export const ERROR_CODE = 'ErrorCode';
export const ERROR_BODY = 'ErrorBody';
export const RETRY_CLASS = 'RetryClass';
/** The simple envelope's body of an unexpected failure, and the response carrying it. */
export const UNEXPECTED_BODY = 'UnexpectedErrorBody';
export const UNEXPECTED_RESPONSE = 'UnexpectedError';

export const schemaRef = (name: string) => ({ $ref: `#/components/schemas/${name}` });

/**
 * One response per HTTP status and kind: `Error500` for errors, `Notice200` for codes that
 * are not errors (severity warning or info), so that no success is described as an error.
 */
export const responseName = (status: number, error = true) => `${error ? 'Error' : 'Notice'}${status}`;
