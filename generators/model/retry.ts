import type { Cause, Classification, Retry, RetryVerdict } from './types.js';

/**
 * A cause's retry class: an informational row is "not an error" whatever its
 * classification says. The one place this is decided, so every output agrees.
 */
export function causeRetry(cause: Pick<Cause, 'informational' | 'classification'>, classifications: readonly Classification[]): Retry {
  if (cause.informational) return 'not-an-error';
  return classifications.find((c) => c.id === cause.classification)?.retry ?? 'never';
}

/**
 * The verdict over causes: `not-an-error` when every one is informational (or so
 * classified); otherwise over the rest, `never`/`may` when they agree, `mixed` when not.
 */
export function retryVerdict(causes: readonly { readonly informational: boolean; readonly retry: Retry }[]): RetryVerdict {
  const errors = causes.filter((c) => !c.informational && c.retry !== 'not-an-error');
  if (errors.length === 0) return 'not-an-error';
  const first = errors[0]?.retry as Retry;
  return errors.every((c) => c.retry === first) ? first : 'mixed';
}
