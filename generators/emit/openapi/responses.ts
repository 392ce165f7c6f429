// One response per HTTP status, never one per code: several codes under one status
// stay distinct (the collapse Smithy's OpenAPI output suffers), told apart by `code`.
import type { Cause, ErrorCode, ErrorModel } from '../../model/types.js';
import { compareCodePoints } from '../../util/stable-json.js';
import { codeFacts } from './catalog-extensions.js';
import { causeExample, codeExample, exampleKey } from './examples.js';
import type { JsonObject } from './json.js';
import { markdownName, markdownText } from './markdown.js';
import { errorMediaType } from './body-schema.js';
import { ERROR_BODY, responseName, schemaRef, UNEXPECTED_BODY, UNEXPECTED_RESPONSE } from './refs.js';
import { sourceText } from './text.js';

/** What one response lists of a code: the causes that answer its status, or the code itself. */
export interface Listing {
  readonly code: ErrorCode;
  /** Empty: the code is listed by its summary (it has no cause answering this status). */
  readonly causes: readonly Cause[];
}

export interface ResponseGroup {
  readonly status: number;
  /** False for codes that are not errors (severity warning or info). */
  readonly error: boolean;
  readonly listings: readonly Listing[];
}

/**
 * Codes by HTTP status and by whether they are errors, statuses ascending (errors first),
 * codes in spec order. A code whose causes answer several statuses is listed under each.
 */
export function responseGroups(model: ErrorModel): ResponseGroup[] {
  const groups = new Map<string, { status: number; error: boolean; listings: Listing[] }>();
  const add = (status: number, error: boolean, listing: Listing): void => {
    const key = `${status}/${error}`;
    const group = groups.get(key) ?? { status, error, listings: [] };
    groups.set(key, group);
    group.listings.push(listing);
  };
  for (const code of model.codes) {
    const byGroup = new Map<string, { status: number; error: boolean; causes: Cause[] }>();
    for (const cause of code.causes) {
      if (cause.http === undefined) continue;
      const error = cause.severity === 'error';
      const key = `${cause.http}/${error}`;
      const entry = byGroup.get(key) ?? { status: cause.http, error, causes: [] };
      byGroup.set(key, entry);
      entry.causes.push(cause);
    }
    for (const { status, error, causes } of byGroup.values()) add(status, error, { code, causes });
    // Its own status, when no cause answers it: `apiError` without a cause does.
    if (code.http !== undefined && !code.causes.some((c) => c.http === code.http)) add(code.http, code.severity === 'error', { code, causes: [] });
  }
  return [...groups.values()].sort((a, b) => a.status - b.status || Number(b.error) - Number(a.error));
}

function codeLine(model: ErrorModel, { code, causes }: Listing): string {
  const severity = causes.length > 0 ? (causes[0] as Cause).severity : code.severity;
  const marks = [
    ...(severity === 'error' ? [] : [`severity ${severity}`]),
    ...(causes.length > 0 && causes.length < code.causes.length ? [`causes ${causes.map((c) => markdownText(c.id)).join(', ')}`] : []),
    ...(code.retired ? [`retired since ${markdownText(code.retired.since)}`] : []),
  ];
  const suffix = marks.length > 0 ? ` (${marks.join('; ')})` : '';
  return `- ${markdownText(String(code.code))} ${markdownName(code.name)}${suffix}: ${markdownText(sourceText(model, code.summary))}`;
}

function examples(model: ErrorModel, status: number, listings: readonly Listing[]): JsonObject {
  const entries = listings.flatMap(({ code, causes }) => {
    const own = causes.length > 0
      ? causes.map((cause) => [exampleKey(code, cause), causeExample(model, code, cause, status)] as const)
      : [[exampleKey(code), codeExample(model, code, status)] as const];
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

function response(model: ErrorModel, { status, error, listings }: ResponseGroup): JsonObject {
  const codes = [...new Set(listings.map((l) => l.code))];
  const description = [
    error
      ? `HTTP ${status}. The body's \`code\` tells these errors apart:`
      : `HTTP ${status}. Not errors (severity warning or info), in the same body; its \`code\` tells them apart:`,
    '',
    ...listings.map((listing) => codeLine(model, listing)),
  ].join('\n');
  // Keys in code-point order, as in the examples: shared by the serializers, not copied.
  return {
    content: {
      [errorMediaType(model.envelope)]: {
        examples: examples(model, status, listings),
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
  const entries = [
    ...responseGroups(model).map((group) => [responseName(group.status, group.error), response(model, group)] as const),
    ...(model.envelope.fallbackCode === undefined ? [[UNEXPECTED_RESPONSE, unexpectedResponse(model)] as const] : []),
  ];
  // In the serializers' key order, as everywhere in this document.
  return Object.fromEntries(entries.sort(([a], [b]) => compareCodePoints(a, b)));
}
