// The JSDoc both forms of `ErrorCode` put on each member, in the source locale so
// that hovers read like the spec.
import type { ErrorCode, ErrorModel } from '../../model/types.js';
import { causeRetry } from '../../model/retry.js';
import { jsDocTextLines } from './jsdoc.js';
import { textIn, type ModelIndex } from './model-index.js';

/** Body lines for a code's member. */
export function codeDocLines(model: ErrorModel, index: ModelIndex, code: ErrorCode): string[] {
  const src = model.sourceLocale;
  const lines = [...jsDocTextLines(textIn(code.summary, src))];
  const facts = [
    ...(code.statuses.length > 0 ? [`HTTP ${code.statuses.join(', ')}.`] : []),
    ...(code.severity === 'error' ? [] : [`Not an error (severity ${code.severity}).`]),
  ];
  if (facts.length > 0) lines.push('', facts.join(' '));
  if (code.synonyms.length > 0) lines.push('', `Synonyms: ${code.synonyms.join(', ')}.`);
  if (code.note !== undefined) lines.push('', ...jsDocTextLines(`Note: ${textIn(code.note, src)}`));
  if (code.causes.length > 0) {
    lines.push('', 'Causes:');
    for (const cause of code.causes) {
      const classification = index.classification(cause.classification);
      const tags = [`${classification.id}, retry: ${causeRetry(cause, model.classifications)}`];
      if (cause.severity !== code.severity) tags.push(cause.severity === 'error' ? 'an error' : `not an error (severity ${cause.severity})`);
      if (cause.http !== code.http && cause.http !== undefined) tags.push(`HTTP ${cause.http}`);
      const scene = cause.scene === undefined ? '' : `${textIn(index.scene(cause.scene).title, src)}: `;
      lines.push(...listItem(`${scene}${textIn(cause.explanation, src)} (${tags.join('; ')})`));
    }
  }
  if (code.retired !== undefined) {
    lines.push('', ...tagLines('deprecated', `Retired since ${code.retired.since}: ${textIn(code.retired.reason, src)}`));
  }
  return lines;
}

/** Body lines for an alias member: the summary, then why it is deprecated. */
export function aliasDocLines(model: ErrorModel, code: ErrorCode): string[] {
  return [
    ...jsDocTextLines(textIn(code.summary, model.sourceLocale)),
    '',
    ...tagLines('deprecated', `Renamed to ${code.name}.`),
  ];
}

/** Body lines for a synonym member: the summary, then whose synonym it is (a current name, not deprecated). */
export function synonymDocLines(model: ErrorModel, code: ErrorCode): string[] {
  return [...jsDocTextLines(textIn(code.summary, model.sourceLocale)), '', `Synonym of ${code.name}.`];
}

/** A markdown list item; continuation lines indented so they stay in the item. */
function listItem(text: string): string[] {
  return jsDocTextLines(text).map((line, i) => (i === 0 ? `- ${line}` : line === '' ? '' : `  ${line}`));
}

/** A tag the generator means (never escaped) followed by escaped user text. */
function tagLines(tag: string, text: string): string[] {
  const [first = '', ...rest] = jsDocTextLines(text);
  return [`@${tag} ${first}`.trimEnd(), ...rest];
}
