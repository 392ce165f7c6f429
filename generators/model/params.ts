import type { Cause, ErrorCode, Param } from './types.js';

/**
 * The params one occurrence of a code carries: the summary's, then those of the named
 * cause the summary lacks. What `apiError` requires and what an OpenAPI example fills.
 */
export function occurrenceParams(code: Pick<ErrorCode, 'params'>, cause?: Pick<Cause, 'params'>): Param[] {
  const out = [...code.params];
  for (const p of cause?.params ?? []) if (!out.some((q) => q.name === p.name)) out.push(p);
  return out;
}
