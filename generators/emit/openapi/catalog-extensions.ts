// Machine-readable catalog facts OpenAPI has no field for: retry classes per cause
// (Smithy's `@retryable` is lost in its OpenAPI output), uncoded causes, scenes.
import type { Cause, ErrorCode, ErrorModel } from '../../model/types.js';
import type { JsonObject } from './json.js';
import { causeRetry, sourceText } from './text.js';

// Keys in code-point order in these two: the serializers then share the objects,
// several per code, instead of copying them.
function causeFacts(model: ErrorModel, cause: Cause): JsonObject {
  return {
    classification: cause.classification,
    ...(cause.http === undefined ? {} : { http: cause.http }),
    id: cause.id,
    retry: causeRetry(model, cause),
    ...(cause.scene === undefined ? {} : { scene: cause.scene }),
    severity: cause.severity,
  };
}

/** One entry of a response's `x-errspec-codes`. */
export function codeFacts(model: ErrorModel, code: ErrorCode): JsonObject {
  return {
    causes: code.causes.map((cause) => causeFacts(model, cause)),
    code: code.code,
    ...(code.http === undefined ? {} : { http: code.http }),
    name: code.name,
    ...(code.note ? { note: sourceText(model, code.note) } : {}),
    ...(code.range === undefined ? {} : { range: code.range }),
    retired: code.retired !== undefined,
    retry: code.retry,
    severity: code.severity,
  };
}

/** Causes without a code cannot appear in any schema; they are kept here so nothing is lost. */
export function uncodedFacts(model: ErrorModel): JsonObject[] {
  return model.uncoded.map((cause) => ({
    ...causeFacts(model, cause),
    explanation: sourceText(model, cause.explanation),
    ...(cause.note ? { note: sourceText(model, cause.note) } : {}),
  }));
}

export function classificationFacts(model: ErrorModel): JsonObject[] {
  return model.classifications.map((c) => ({
    id: c.id,
    retry: c.retry,
    advice: sourceText(model, c.advice),
    ...(c.note ? { note: sourceText(model, c.note) } : {}),
  }));
}

export function sceneFacts(model: ErrorModel): JsonObject[] {
  return model.scenes.map((s) => ({ id: s.id, title: sourceText(model, s.title) }));
}

/** `x-errspec-ranges`: the spec's ranges and their owners, only when it declares any. */
export function rangeFacts(model: ErrorModel): JsonObject {
  if (model.ranges === undefined) return {};
  return { 'x-errspec-ranges': model.ranges.map((r) => ({
    id: r.id,
    owner: r.owner,
    ...(r.kind === 'interval' ? { from: r.from, to: r.to } : { prefix: r.prefix }),
    ...(r.scene === undefined ? {} : { scene: r.scene }),
    ...(r.title === undefined ? {} : { title: sourceText(model, r.title) }),
  })) };
}
