// Component names are part of the public contract: API documents `$ref` them.
export const ERROR_CODE = 'ErrorCode';
export const ERROR_BODY = 'ErrorBody';
export const RETRY_CLASS = 'RetryClass';

export const schemaRef = (name: string) => ({ $ref: `#/components/schemas/${name}` });

/** One response per HTTP status, e.g. `Error500`. */
export const responseName = (status: number) => `Error${status}`;
