import type { Cause, ErrorCode, ErrorModel } from '../../model/types.js';
import type { JsonObject } from './json.js';
import { markdownText } from './markdown.js';
import { causeRetry, classificationOf, sceneOf, sourceText } from './text.js';

/** A fixed, obviously made-up log id: examples must not vary between runs. */
export const EXAMPLE_LOG_ID = '0123456789abcdef';

/** `<NAME>__<causeId>`: stable as long as the name and cause id are. */
export const exampleKey = (code: ErrorCode, cause?: Cause) => (cause ? `${code.name}__${cause.id}` : code.name);

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

/** One example per cause: what the body looks like, why it happens and what to do. */
export function causeExample(model: ErrorModel, code: ErrorCode, cause: Cause): JsonObject {
  const explanation = sourceText(model, cause.explanation);
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
    summary: `${code.name}: ${sourceText(model, sceneOf(model, cause.scene).title)}`,
    value: { code: code.code, logId: EXAMPLE_LOG_ID, message: explanation },
    'x-errspec-advice': advice,
    'x-errspec-classification': cause.classification,
    'x-errspec-informational': cause.informational,
    ...(note === undefined ? {} : { 'x-errspec-note': note }),
    ...retiredMarks(model, code),
    'x-errspec-retry': causeRetry(model, cause),
    'x-errspec-scene': cause.scene,
  };
}

/** A code the spec gives no cause for still gets an example, built from its summary. */
export function codeExample(model: ErrorModel, code: ErrorCode): JsonObject {
  const summary = sourceText(model, code.summary);
  return {
    description: [markdownText(summary), ...retiredLine(model, code)].join('\n\n'),
    summary: code.name,
    value: { code: code.code, logId: EXAMPLE_LOG_ID, message: summary },
    ...retiredMarks(model, code),
  };
}
