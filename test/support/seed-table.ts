// The seed table (test/fixtures/seed/) read through the toolkit's own table code, and a
// spec's causes as rows of such a table: what the seed-coverage and import tests compare.
import type { SourceFile } from '../../generators/load/source-file.js';
import { mapColumns } from '../../generators/import/columns.js';
import { tableRows, type Row } from '../../generators/import/rows.js';
import { expandSpans, tableFromGrid, type SpannedCell, type Table } from '../../generators/import/table.js';

/** One row of the seed: the fields the spec must hold for it. */
export interface SeedRow {
  readonly advice: string;
  readonly explanation: string;
  readonly scene: string;
  readonly http: number;
  readonly code: number | null;
}

const HEADER = 'Error classification and handling suggestions | Error explanation |';

/** Cells of a line split on `|`, trimmed, trailing empty cells dropped. */
function cells(line: string): string[] {
  const all = line.split('|').map((c) => c.trim());
  while (all.length > 0 && all[all.length - 1] === '') all.pop();
  return all;
}

/**
 * The seed text is an HTML table flattened to text, its merged cells lost (see its
 * README): a line starting with the classification text opens a group and the next
 * line (`| scene | 500 | code |`) completes its first row; the other rows carry
 * `explanation | scene | code`. Rebuilt here as the rows of that HTML table, the
 * classification and HTTP status spanning their group, the empty endpoint cells back.
 */
export function seedTable(file: SourceFile): Table {
  const lines = file.text.split('\n');
  const start = lines.findIndex((l) => l.startsWith(HEADER));
  if (start < 0) throw new Error('seed header line not found');
  const cell = (text: string): SpannedCell => ({ text, offset: 0 });
  const rows: SpannedCell[][] = [cells(lines[start] ?? '').map(cell)];
  let group: { advice: SpannedCell & { rowspan: number }; http: SpannedCell & { rowspan: number } } | undefined;
  for (let i = start + 1; i < lines.length; i++) {
    const line = lines[i] ?? '';
    if (line.trim() === '') continue;
    const next = lines[i + 1];
    if (line.startsWith('|')) throw new Error(`completion line without a group header: ${line}`);
    if (next !== undefined && next.startsWith('|')) {
      const head = cells(line);
      const tail = cells(next).slice(1); // drop the empty cell before the leading `|`
      const [advice, explanation] = head;
      const [scene, status, code] = tail;
      if (head.length !== 2 || advice === undefined || explanation === undefined) throw new Error(`bad group header: ${line}`);
      if (tail.length !== 3 || scene === undefined || status === undefined || code === undefined) throw new Error(`bad completion line: ${next}`);
      group = { advice: { ...cell(advice), rowspan: 1 }, http: { ...cell(status), rowspan: 1 } };
      rows.push([group.advice, cell(explanation), cell(''), cell(scene), group.http, cell(code)]);
      i++;
      continue;
    }
    const all = line.split('|').map((c) => c.trim());
    const [explanation, scene, code = ''] = all;
    if (!explanation || !scene) throw new Error(`bad row: ${line}`);
    if (all.slice(3).some((c) => c !== '')) throw new Error(`unexpected cells in row: ${line}`);
    if (!group) throw new Error(`row before any group: ${line}`);
    group.advice.rowspan++;
    group.http.rowspan++;
    rows.push([cell(explanation), cell(''), cell(scene), cell(code)]);
  }
  const table = tableFromGrid(expandSpans(rows, rows.map(() => 0)));
  if (!table) throw new Error('seed has no rows');
  return table;
}

/** A table's rows as seed rows, its columns found by their headers as `errspec import` finds them. */
export function seedRows(file: SourceFile, table: Table): SeedRow[] {
  const { columns, diagnostics } = mapColumns(file, table.header);
  if (diagnostics.length > 0) throw new Error(diagnostics.map((d) => d.message).join('\n'));
  const value = (row: Row, field: keyof Row): string => row[field]?.text ?? '';
  return tableRows(table, columns).map((row) => ({
    advice: value(row, 'advice'),
    explanation: value(row, 'explanation'),
    scene: value(row, 'scene'),
    http: Number(value(row, 'http')),
    code: value(row, 'code') === '' ? null : Number(value(row, 'code')),
  }));
}

// ---------------------------------------------------------------------------
// A spec, as far as these tests read it (shape guaranteed by the schema check).

export type Text = Readonly<Record<string, string>>;

export interface SpecCause {
  readonly id: string;
  readonly scene: string;
  readonly classification: string;
  readonly explanation: Text;
  readonly severity?: string;
  readonly note?: Text;
}

export interface SpecError {
  readonly code: number | string;
  readonly name: string;
  readonly http: number;
  readonly severity?: string;
  readonly summary: Text;
  readonly causes?: readonly SpecCause[];
}

export interface Spec {
  readonly locales: { readonly source: string; readonly targets?: readonly string[] };
  readonly scenes: Readonly<Record<string, { readonly title: Text }>>;
  readonly classifications: Readonly<Record<string, { readonly retry: string; readonly advice: Text; readonly note?: Text }>>;
  readonly errors: readonly SpecError[];
  readonly uncoded?: readonly SpecCause[];
}

/** Every cause of the spec with its code (`null` under `uncoded`), in file order. */
/** Every cause with its code, status and severity (its own, else its code's, else `error`). */
export function specCauses(spec: Spec): { code: number | string | null; http: number | null; severity: string; cause: SpecCause }[] {
  return [
    ...spec.errors.flatMap((e) => (e.causes ?? []).map((cause) => ({ code: e.code, http: e.http, severity: cause.severity ?? e.severity ?? 'error', cause }))),
    ...(spec.uncoded ?? []).map((cause) => ({ code: null, http: null, severity: cause.severity ?? 'error', cause })),
  ];
}

/** The identity of a row: code, scene title, explanation and advice, in the source locale. */
export const rowKey = (code: number | string | null, scene: string | undefined, explanation: string | undefined, advice: string | undefined): string =>
  JSON.stringify([code, scene, explanation, advice]);

/** Each cause of the spec as the key of the table row it stands for. */
export function specRowKeys(spec: Spec, locale = 'en'): string[] {
  return specCauses(spec).map(({ code, cause }) =>
    rowKey(code, spec.scenes[cause.scene]?.title[locale], cause.explanation[locale], spec.classifications[cause.classification]?.advice[locale]),
  );
}

export const seedRowKey = (r: SeedRow): string => rowKey(r.code, r.scene, r.explanation, r.advice);
