// What a translator is told about a placeholder. A spec declares a param as a bare name
// (`params: [storeId]`) or typed (`{ name, type, example, description }`), which may
// carry a description and an example. Both are read from `unknown`, so either shape,
// or a half-filled one, gives the best note it can.
import type { Locale } from '../model/types.js';
import { isRecord } from '../validate/context.js';

export interface ParamNote {
  readonly name: string;
  readonly description?: string;
  readonly example?: string;
}

/** A text, or the text of a per-locale map in the first of `locales` it has. */
function textIn(value: unknown, locales: readonly Locale[]): string | undefined {
  if (typeof value === 'string') return value;
  if (!isRecord(value)) return undefined;
  for (const locale of locales) {
    const text = Object.hasOwn(value, locale) ? value[locale] : undefined;
    if (typeof text === 'string') return text;
  }
  return Object.values(value).find((v): v is string => typeof v === 'string');
}

function exampleText(value: unknown): string | undefined {
  if (value === undefined || value === null) return undefined;
  return typeof value === 'string' ? value : JSON.stringify(value);
}

/** The param's name, description and example; `undefined` for a param without a name. */
export function paramNote(param: unknown, locales: readonly Locale[]): ParamNote | undefined {
  if (typeof param === 'string') return { name: param };
  if (!isRecord(param) || typeof param['name'] !== 'string') return undefined;
  const description = textIn(param['description'], locales);
  const example = exampleText(param['example']);
  return {
    name: param['name'],
    ...(description !== undefined ? { description } : {}),
    ...(example !== undefined ? { example } : {}),
  };
}

/** One line of a translator's note about `{{name}}`. */
export function describePlaceholder(name: string, params: readonly unknown[], locales: readonly Locale[]): string {
  const note = params.map((p) => paramNote(p, locales)).find((p) => p?.name === name);
  const meaning = note?.description ?? `the value of the param ${name} (the spec gives no description)`;
  const example = note?.example !== undefined ? `; example: ${note.example}` : '';
  return `Placeholder {{${name}}}: ${meaning}${example}. Keep it as it is.`;
}
