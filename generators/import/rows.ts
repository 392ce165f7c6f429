// Table rows as the fields of one cause each: the row a person reads in the docs page.
import { ToolError } from '../diagnostics/tool-error.js';
import { FIELDS, type ColumnMap, type Field } from './columns.js';
import type { Cell, Table } from './table.js';

export type Row = { readonly [F in Field]?: Cell };

/** `--fill-down advice,http`: fields whose empty cells repeat the cell above (a merged cell flattened). */
export function parseFillDown(value: string | undefined): Set<Field> {
  const out = new Set<Field>();
  for (const part of (value ?? '').split(',').map((p) => p.trim()).filter((p) => p !== '')) {
    if (!(FIELDS as readonly string[]).includes(part)) {
      throw new ToolError('usage', `--fill-down: unknown field ${JSON.stringify(part)}; the fields are ${FIELDS.join(', ')}`);
    }
    out.add(part as Field);
  }
  return out;
}

export function tableRows(table: Table, columns: ColumnMap, fillDown: ReadonlySet<Field> = new Set()): Row[] {
  const above: Partial<Record<Field, Cell>> = {};
  return table.rows.map((cells) => {
    const row: { [F in Field]?: Cell } = {};
    for (const field of FIELDS) {
      const index = columns[field];
      if (index === undefined) continue;
      let cell = cells[index];
      if (cell !== undefined && cell.text === '' && fillDown.has(field)) cell = above[field] ?? cell;
      if (cell !== undefined) {
        row[field] = cell;
        above[field] = cell;
      }
    }
    return row;
  });
}
