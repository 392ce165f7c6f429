// A CSV (or TSV) export of a table: the first record is the header. Spreadsheets export
// a merged cell as its value in the first row and empty cells below (see `--fill-down`).
// Parsed by csv-parse; cells carry their record's offset (the parser gives no finer one).
import { parse } from 'csv-parse/sync';
import type { SourceFile } from '../load/source-file.js';
import { cellText, expandSpans, tableFromGrid, type Table } from './table.js';

/** The delimiter used most on the header line, outside quotes: `,`, `;` or a tab. */
function sniffDelimiter(text: string): string {
  const firstLine = text.slice(0, (text.indexOf('\n') + 1 || text.length + 1) - 1).replace(/"[^"]*"/g, '');
  const counts = [',', ';', '\t'].map((d) => ({ d, n: firstLine.split(d).length - 1 }));
  return counts.reduce((best, c) => (c.n > best.n ? c : best)).d;
}

export function readCsvTable(file: SourceFile, delimiter = sniffDelimiter(file.text)): Table | undefined {
  const records = parse(file.text, { delimiter, raw: true, relax_column_count: true, skip_empty_lines: true }) as unknown as { record: string[]; raw: string }[];
  let offset = 0;
  const starts: number[] = [];
  for (const { raw } of records) {
    // `raw` includes the empty lines skipped before the record.
    starts.push(offset + (raw.length - raw.replace(/^\n+/, '').length));
    offset += raw.length;
  }
  const rows = records.map(({ record }, r) => record.map((text) => ({ text: cellText(text), offset: starts[r] ?? 0 })));
  return tableFromGrid(expandSpans(rows, starts));
}
