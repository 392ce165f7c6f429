// One response per HTTP status, never one per code: several codes under one status
// stay distinct (the collapse Smithy's OpenAPI output suffers), told apart by `code`.
import type { ErrorCode, ErrorModel } from '../../model/types.js';
import { compareCodePoints } from '../../util/stable-json.js';
import { codeFacts } from './catalog-extensions.js';
import { causeExample, codeExample, exampleKey } from './examples.js';
import type { JsonObject } from './json.js';
import { markdownName, markdownText } from './markdown.js';
import { errorMediaType } from './body-schema.js';
import { ERROR_BODY, responseName, schemaRef, UNEXPECTED_BODY, UNEXPECTED_RESPONSE } from './refs.js';
import { sourceText } from './text.js';

/** Codes by HTTP status, statuses ascending, codes in spec order. */
export function codesByStatus(model: ErrorModel): [number, ErrorCode[]][] {
  const groups = new Map<number, ErrorCode[]>();
  for (const code of model.codes) {
    const group = groups.get(code.http);
    if (group) group.push(code);
    else groups.set(code.http, [code]);
  }
  return [...groups.entries()].sort(([a], [b]) => a - b);
}

function codeLine(model: ErrorModel, code: ErrorCode): string {
  const marks = [
    ...(code.informational ? ['not an error'] : []),
    ...(code.retired ? [`retired since ${markdownText(code.retired.since)}`] : []),
  ];
  const suffix = marks.length > 0 ? ` (${marks.join('; ')})` : '';
  return `- ${markdownText(String(code.code))} ${markdownName(code.name)}${suffix}: ${markdownText(sourceText(model, code.summary))}`;
}

function examples(model: ErrorModel, codes: readonly ErrorCode[]): JsonObject {
  const entries = codes.flatMap((code) => {
    const own = code.causes.length > 0
      ? code.causes.map((cause) => [exampleKey(code, cause), causeExample(model, code, cause)] as const)
      : [[exampleKey(code), codeExample(model, code)] as const];
    // A former name keeps its example names, so a `$ref` written against them still resolves;
    // a synonym has them as the name does.
    return [
      ...own,
      ...code.aliases.flatMap((alias) => otherNameExamples(code, alias, 'deprecated name', own)),
      ...code.synonyms.flatMap((synonym) => otherNameExamples(code, synonym, 'synonym', own)),
    ];
  });
  // In the serializers' key order, so that they share this large object instead of copying it.
  entries.sort(([a], [b]) => compareCodePoints(a, b));
  const out: Record<string, JsonObject> = {};
  for (const [i, [key, example]] of entries.entries()) {
    // `A__B` + `c` and `A` + `B__c` would meet; refuse rather than drop one.
    if (key === entries[i - 1]?.[0]) throw new Error(`openapi: two examples named ${key}`);
    out[key] = example;
  }
  return out;
}

/** The code's examples under another name: the same bodies, marked as what that name is. */
function otherNameExamples(code: ErrorCode, other: string, what: string, own: readonly (readonly [string, JsonObject])[]): (readonly [string, JsonObject])[] {
  return own.map(([key, example]) => [
    `${other}${key.slice(code.name.length)}`,
    { ...example, summary: `${other} (${what} of ${code.name})${String(example['summary']).slice(code.name.length)}` },
  ] as const);
}

function response(model: ErrorModel, status: number, codes: readonly ErrorCode[]): JsonObject {
  const description = [
    `HTTP ${status}. The body's \`code\` tells these errors apart:`,
    '',
    ...codes.map((code) => codeLine(model, code)),
  ].join('\n');
  // Keys in code-point order, as in the examples: shared by the serializers, not copied.
  return {
    content: {
      [errorMediaType(model.envelope)]: {
        examples: examples(model, codes),
        schema: {
          allOf: [schemaRef(ERROR_BODY), { properties: { code: { enum: codes.map((c) => c.code) } } }],
        },
      },
    },
    description,
    'x-errspec-codes': codes.map((code) => codeFacts(model, code)),
  };
}

/** What `toResponse` answers for a thrown value that is no error of the catalog, when no fallbackCode names one. */
function unexpectedResponse(model: ErrorModel): JsonObject {
  const problem = model.envelope.kind === 'problem';
  return {
    content: {
      [errorMediaType(model.envelope)]: {
        example: problem ? { status: 500, title: 'Internal Server Error', type: 'about:blank' } : { message: 'Internal Server Error' },
        schema: schemaRef(problem ? ERROR_BODY : UNEXPECTED_BODY),
      },
    },
    description: 'HTTP 500: a failure the catalog does not describe. Nothing of it (message, stack) is in the body.',
  };
}

export function errorResponses(model: ErrorModel): JsonObject {
  return Object.fromEntries([
    ...codesByStatus(model).map(([status, codes]) => [responseName(status), response(model, status, codes)] as const),
    ...(model.envelope.fallbackCode === undefined ? [[UNEXPECTED_RESPONSE, unexpectedResponse(model)] as const] : []),
  ]);
}
