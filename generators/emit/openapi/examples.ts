import { occurrenceParams } from '../../model/params.js';
import type { Cause, ErrorCode, ErrorModel, Param } from '../../model/types.js';
import { compareCodePoints } from '../../util/stable-json.js';
import { fillPlaceholders } from '../typescript/runtime/describe.js';
import { codeAnchor } from '../markdown/escape.js';
import type { JsonObject } from './json.js';
import { markdownText } from './markdown.js';
import { causeRetry, classificationOf, sceneOf, sourceText } from './text.js';
import { statusPhrase } from '../typescript/runtime/server.js';

/** A fixed, obviously made-up log id: examples must not vary between runs. */
export const EXAMPLE_LOG_ID = '0123456789abcdef';

/** `<NAME>__<causeId>`: stable as long as the name and cause id are. */
export const exampleKey = (code: ErrorCode, cause?: Cause) => (cause ? `${code.name}__${cause.id}` : code.name);

/** The code's range, beside the other x-errspec facts of its examples. */
const rangeMark = (code: ErrorCode): JsonObject => (code.range === undefined ? {} : { 'x-errspec-range': code.range });

function retiredMarks(model: ErrorModel, code: ErrorCode): JsonObject {
  return code.retired
    ? { 'x-errspec-retired': { reason: sourceText(model, code.retired.reason), since: code.retired.since } }
    : {};
}

function retiredLine(model: ErrorModel, code: ErrorCode): string[] {
  return code.retired
    ? [`Retired since ${markdownText(code.retired.since)}: ${markdownText(sourceText(model, code.retired.reason))}`]
    : [];
}

/** The code's name in an example summary; a retired code says so, so that its examples do not look live. */
const nameMark = (code: ErrorCode): string => (code.retired ? `${code.name} (retired since ${code.retired.since})` : code.name);

/** A param's example value, or a made-up one of its type. */
function exampleValue(param: Param): string | number | boolean {
  if (param.example !== undefined) return param.example;
  if (param.type === 'integer' || param.type === 'number') return 1;
  if (param.type === 'boolean') return true;
  return `<${param.name}>`;
}

interface ExampleParams {
  /** By name, in code-point order. */
  readonly values: Record<string, string | number | boolean>;
  /** A text with those values filled. */
  readonly fill: (text: string) => string;
}

function exampleParams(params: readonly Param[]): ExampleParams {
  const values: Record<string, string | number | boolean> = {};
  for (const p of [...params].sort((a, b) => compareCodePoints(a.name, b.name))) values[p.name] = exampleValue(p);
  return { values, fill: (text) => fillPlaceholders(text, values) };
}

/**
 * The body `toResponse` sends for an occurrence, in the spec's envelope (keys in
 * code-point order). `detail` is the cause's explanation, else the summary.
 */
function bodyValue(model: ErrorModel, code: ErrorCode, status: number, detail: string, retry: string, params: ExampleParams): JsonObject {
  const withParams = Object.keys(params.values).length === 0 ? {} : { params: params.values };
  const { kind, typeBase } = model.envelope;
  if (kind === 'simple') return { code: code.code, logId: EXAMPLE_LOG_ID, message: detail, ...withParams };
  const type = typeBase === undefined ? 'about:blank' : `${typeBase}#${codeAnchor(code.code)}`;
  // The occurrence's params include the summary's, so the same filler serves the title.
  const title = typeBase === undefined ? statusPhrase(status) : params.fill(sourceText(model, code.summary));
  return { code: code.code, detail, name: code.name, ...withParams, retry, status, title, type };
}

/** One example per cause, under the response of `status` (the cause's): what the body looks like, why it happens and what to do. */
export function causeExample(model: ErrorModel, code: ErrorCode, cause: Cause, status: number): JsonObject {
  const params = exampleParams(occurrenceParams(code, cause));
  const explanation = params.fill(sourceText(model, cause.explanation));
  const classification = classificationOf(model, cause.classification);
  const advice = sourceText(model, classification.advice);
  const note = cause.note ? sourceText(model, cause.note) : undefined;
  const paragraphs = [
    markdownText(explanation),
    `Retry class \`${causeRetry(model, cause)}\`: ${markdownText(advice)}`,
    ...(note === undefined ? [] : [`Note: ${markdownText(note)}`]),
    ...retiredLine(model, code),
  ];
  // Keys in code-point order here and below: the serializers then share these
  // objects, one per cause, instead of copying them.
  return {
    description: paragraphs.join('\n\n'),
    // Without scenes, the cause id tells a code's examples apart.
    summary: `${nameMark(code)}: ${cause.scene === undefined ? cause.id : sourceText(model, sceneOf(model, cause.scene).title)}`,
    value: bodyValue(model, code, status, explanation, causeRetry(model, cause), params),
    'x-errspec-advice': advice,
    'x-errspec-classification': cause.classification,
    ...(note === undefined ? {} : { 'x-errspec-note': note }),
    ...rangeMark(code),
    ...retiredMarks(model, code),
    'x-errspec-retry': causeRetry(model, cause),
    ...(cause.scene === undefined ? {} : { 'x-errspec-scene': cause.scene }),
    'x-errspec-severity': cause.severity,
  };
}

/** A code the spec gives no cause for still gets an example, built from its summary. */
export function codeExample(model: ErrorModel, code: ErrorCode, status: number): JsonObject {
  const params = exampleParams(code.params);
  const summary = params.fill(sourceText(model, code.summary));
  return {
    description: [markdownText(summary), ...retiredLine(model, code)].join('\n\n'),
    summary: nameMark(code),
    value: bodyValue(model, code, status, summary, code.retry, params),
    ...rangeMark(code),
    ...retiredMarks(model, code),
  };
}
