// A docs table as every reader hands it on: a header and rows of cells, merged cells
// (`rowspan`/`colspan`) already copied into every position they cover, and each cell's
// offset in the source file so a problem is reported at its line and column.

export interface Cell {
  /** The visible text, whitespace collapsed to single spaces and trimmed. */
  readonly text: string;
  /** Offset of the cell (or of its row, where a format gives no more) in the file's text. */
  readonly offset: number;
}

/** A cell as written in the source, before merged cells are expanded. */
export interface SpannedCell extends Cell {
  readonly rowspan?: number;
  readonly colspan?: number;
}

export interface Table {
  readonly header: readonly Cell[];
  /** Every row as wide as the widest one; missing cells are empty. */
  readonly rows: readonly (readonly Cell[])[];
}

/** The text a reader shows, as a person reads it in a rendered page. */
export const cellText = (raw: string): string => raw.replace(/\s+/gu, ' ').trim();

// Bounds from the HTML standard: a larger span is clamped, not trusted.
const MAX_COLSPAN = 1000;
const MAX_ROWSPAN = 65534;

const spanOf = (value: number | undefined, max: number): number =>
  value === undefined || !Number.isInteger(value) || value < 1 ? 1 : Math.min(value, max);

/**
 * Rows of spanned cells -> a full grid, as the HTML table model places them: each cell
 * goes to the first free column of its row and fills `rowspan` x `colspan` positions.
 * A `rowspan` of 0 (HTML: "to the end of the table") and spans past the last row stop
 * at the last row. `rowStarts` gives each row's offset, for the cells a row lacks.
 */
export function expandSpans(rows: readonly (readonly SpannedCell[])[], rowStarts: readonly number[]): Cell[][] {
  const grid: (Cell | undefined)[][] = rows.map(() => []);
  rows.forEach((cells, r) => {
    const line = grid[r]!;
    let c = 0;
    for (const cell of cells) {
      while (line[c] !== undefined) c++;
      const rowspan = cell.rowspan === 0 ? rows.length - r : spanOf(cell.rowspan, MAX_ROWSPAN);
      const colspan = spanOf(cell.colspan, MAX_COLSPAN);
      const placed: Cell = { text: cell.text, offset: cell.offset };
      for (let dr = 0; dr < rowspan && r + dr < rows.length; dr++) {
        for (let dc = 0; dc < colspan; dc++) grid[r + dr]![c + dc] ??= placed;
      }
      c += colspan;
    }
  });
  const width = Math.max(0, ...grid.map((line) => line.length));
  return grid.map((line, r) => Array.from({ length: width }, (_, c) => line[c] ?? { text: '', offset: rowStarts[r] ?? 0 }));
}

/**
 * The last of the `headerRows` first rows is the header (earlier ones group its columns);
 * rows with no text at all are dropped.
 */
export function tableFromGrid(grid: readonly (readonly Cell[])[], headerRows = 1): Table | undefined {
  const header = grid[Math.max(1, headerRows) - 1];
  if (header === undefined) return undefined;
  const rows = grid.slice(Math.max(1, headerRows));
  return { header, rows: rows.filter((row) => row.some((cell) => cell.text !== '')) };
}
