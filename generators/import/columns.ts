// Which column of a table holds which field of a cause: by header name, or as
// `--columns code="Error code",scene="Related scene"` says.
import { diagnostic, type Diagnostic } from '../diagnostics/diagnostic.js';
import { ToolError } from '../diagnostics/tool-error.js';
import type { SourceFile } from '../load/source-file.js';
import type { Cell } from './table.js';

/** The fields a row can give, in the order a header is tried against them. */
export const FIELDS = ['http', 'code', 'name', 'scene', 'advice', 'explanation'] as const;
export type Field = (typeof FIELDS)[number];

/** Fields without which no spec can be made. */
const REQUIRED: readonly Field[] = ['code', 'explanation'];

// What such a header says in docs tables seen in the wild; the first field that matches wins.
const HEADER_WORDS: Readonly<Record<Field, RegExp>> = {
  http: /\b(http|status)\b/,
  code: /\bcodes?\b/,
  name: /\b(names?|symbols?|constants?|identifiers?)\b/,
  scene: /\b(scenes?|scenarios?|contexts?|operations?|flows?|features?)\b/,
  advice: /\b(advice|suggestions?|handling|classifications?|actions?|remed(y|ies)|resolutions?|solutions?|what to do)\b/,
  explanation: /\b(explanations?|descriptions?|messages?|meanings?|causes?|reasons?|details?)\b/,
};

export type ColumnMap = Partial<Record<Field, number>>;

const normalize = (header: string): string => header.replace(/\s+/gu, ' ').trim().toLowerCase();

/**
 * `code=Error code,scene=Related scene` (quotes optional): field -> header. A header may
 * hold commas: a comma only separates pairs where a known field and `=` follow it.
 */
export function parseColumnsFlag(value: string): Map<Field, string> {
  const fields = FIELDS.join('|');
  const pair = new RegExp(`(?:^|,)\\s*([A-Za-z]+)\\s*=\\s*(.*?)\\s*(?=,\\s*(?:${fields})\\s*=|$)`, 'gy');
  const out = new Map<Field, string>();
  let end = 0;
  for (const m of value.matchAll(pair)) {
    const field = m[1] ?? '';
    if (!(FIELDS as readonly string[]).includes(field)) {
      throw new ToolError('usage', `--columns: unknown field ${JSON.stringify(field)}; the fields are ${FIELDS.join(', ')}`);
    }
    if (out.has(field as Field)) throw new ToolError('usage', `--columns names ${field} twice`);
    out.set(field as Field, (m[2] ?? '').replace(/^"(.*)"$|^'(.*)'$/s, '$1$2'));
    end = (m.index ?? 0) + m[0].length;
  }
  if (out.size === 0 || end !== value.length) {
    throw new ToolError('usage', `--columns takes field="Header",… (fields: ${FIELDS.join(', ')}), not ${JSON.stringify(value)}`);
  }
  return out;
}

/** Each field's column: the `--columns` ones first, the others by their header's words. */
export function mapColumns(file: SourceFile, header: readonly Cell[], explicit: ReadonlyMap<Field, string> = new Map()): { columns: ColumnMap; diagnostics: Diagnostic[] } {
  const columns: ColumnMap = {};
  const diagnostics: Diagnostic[] = [];
  const headerAt = header[0]?.offset ?? 0;
  const shown = header.map((c) => JSON.stringify(c.text)).join(', ');
  const taken = new Set<number>();
  for (const [field, name] of explicit) {
    const index = header.findIndex((c) => normalize(c.text) === normalize(name));
    if (index < 0) {
      diagnostics.push(diagnostic(file, { start: headerAt, end: headerAt + 1 }, { rule: 'table-columns', messageId: 'unknown', format: { field, name: JSON.stringify(name), columns: shown } }));
    } else {
      columns[field] = index;
      taken.add(index);
    }
  }
  const guessed = new Map<Field, number[]>();
  header.forEach((cell, index) => {
    if (taken.has(index)) return;
    const field = FIELDS.find((f) => !explicit.has(f) && HEADER_WORDS[f].test(normalize(cell.text)));
    if (field) guessed.set(field, [...(guessed.get(field) ?? []), index]);
  });
  for (const [field, indexes] of guessed) {
    const [first, second] = indexes;
    if (second !== undefined) {
      const cell = header[second]!;
      const names = indexes.map((i) => JSON.stringify(header[i]?.text)).join(' and ');
      diagnostics.push(diagnostic(file, { start: cell.offset, end: cell.offset + 1 }, { rule: 'table-columns', messageId: 'ambiguous', format: { names, field } }));
    } else if (first !== undefined) {
      columns[field] = first;
    }
  }
  for (const field of REQUIRED) {
    if (columns[field] === undefined && !explicit.has(field)) {
      diagnostics.push(diagnostic(file, { start: headerAt, end: headerAt + 1 }, { rule: 'table-columns', format: { field, columns: shown } }));
    }
  }
  return { columns, diagnostics };
}
