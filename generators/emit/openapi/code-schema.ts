import type { ErrorModel } from '../../model/types.js';
import type { JsonObject } from './json.js';
import { markdownName, markdownText } from './markdown.js';
import { sourceText } from './text.js';

/**
 * `ErrorCode`: every value, retired ones included so that responses sent before a
 * code was retired still validate. OpenAPI cannot deprecate a single enum value,
 * so retirement is said in the description and, for tools, in `x-errspec-retired`.
 */
export function errorCodeSchema(model: ErrorModel): JsonObject {
  const retired = model.codes.flatMap((c) =>
    c.retired ? [{ code: c.code, name: c.name, since: c.retired.since, reason: sourceText(model, c.retired.reason) }] : [],
  );
  const aliases = model.codes.flatMap((c) => c.aliases.map((alias) => ({ alias, name: c.name, code: c.code })));
  const synonyms = model.codes.flatMap((c) => c.synonyms.map((synonym) => ({ synonym, name: c.name, code: c.code })));

  const lines = [
    `Error code of ${markdownText(sourceText(model, model.title))}.`,
  ];
  if (retired.length > 0) {
    lines.push(
      '',
      'Retired values stay in `enum` so that older responses still validate. OpenAPI cannot ' +
        'deprecate a single enum value, so they are listed here and in `x-errspec-retired`:',
      '',
      ...retired.map(
        (r) =>
          `- ${markdownText(String(r.code))} ${markdownName(r.name)}, retired since ${markdownText(r.since)}: ` +
          markdownText(r.reason),
      ),
    );
  }
  if (aliases.length > 0) {
    lines.push(
      '',
      'Former names, still accepted by the generated code (deprecated), are listed in `x-errspec-aliases`.',
    );
  }
  if (synonyms.length > 0) {
    lines.push('', 'Other current names of a code (synonyms, equal to its name) are listed in `x-errspec-synonyms`.');
  }

  return {
    type: model.codeType,
    description: lines.join('\n'),
    enum: model.codes.map((c) => c.code),
    'x-enum-varnames': model.codes.map((c) => c.name),
    'x-enum-descriptions': model.codes.map((c) => sourceText(model, c.summary)),
    'x-errspec-retired': retired,
    'x-errspec-aliases': aliases,
    ...(synonyms.length === 0 ? {} : { 'x-errspec-synonyms': synonyms }),
  };
}
