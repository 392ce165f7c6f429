import type { Cause, Classification, Retry } from './types.js';

/**
 * A cause's retry class: a cause that is not an error has nothing to retry, whatever its
 * classification says. The one place this is decided, so every output agrees.
 */
export function causeRetry(cause: Pick<Cause, 'severity' | 'classification'>, classifications: readonly Classification[]): Retry {
  if (cause.severity !== 'error') return 'not-an-error';
  return classifications.find((c) => c.id === cause.classification)?.retry ?? 'never';
}

// The verdict over causes is the runtime's own (the generated catalog ships it), so the
// model and every generated client decide it with the same code.
export { retryVerdict } from '../emit/typescript/runtime/core.js';
