// `errspec import`: a docs table (HTML, markdown, CSV) -> a spec that validates, with
// everything the table does not give made up visibly and listed.
import { extname } from 'node:path';
import { hasErrors, render, report, sortDiagnostics, type AnyReport, type Diagnostic } from '../diagnostics/diagnostic.js';
import type { SourceFile } from '../load/source-file.js';
import { loadSpecSource } from '../pipeline/load-spec.js';
import { yamlWithComments } from '../scaffold/yaml-document.js';
import { buildSpec, type BuildOptions, type BuiltSpec, type Invented } from './build-spec.js';
import { mapColumns, type Field } from './columns.js';
import { slugOf } from './names.js';
import { readCsvTable } from './read-csv.js';
import { readHtmlTable } from './read-html.js';
import { readMarkdownTable } from './read-markdown.js';
import { tableRows, type Row } from './rows.js';
import type { Table } from './table.js';

export type TableFormat = 'html' | 'markdown' | 'csv' | 'tsv';

const EXTENSIONS: Readonly<Record<string, TableFormat>> = {
  '.html': 'html',
  '.htm': 'html',
  '.xhtml': 'html',
  '.md': 'markdown',
  '.markdown': 'markdown',
  '.csv': 'csv',
  '.tsv': 'tsv',
};

/** By extension; otherwise by the first thing in the file: a tag, a `|` row, or else CSV. */
export function tableFormat(path: string, text: string): TableFormat {
  const byName = EXTENSIONS[extname(path).toLowerCase()];
  if (byName) return byName;
  const start = text.trimStart();
  return start.startsWith('<') ? 'html' : /^\s*\|/m.test(text) ? 'markdown' : 'csv';
}

export function readTable(file: SourceFile, format: TableFormat = tableFormat(file.path, file.text)): { table?: Table; diagnostics: Diagnostic[] } {
  const none = (r: AnyReport) => ({ diagnostics: [render(file, undefined, r)] });
  let table: Table | undefined;
  try {
    table =
      format === 'html' ? readHtmlTable(file) : format === 'markdown' ? readMarkdownTable(file) : readCsvTable(file, format === 'tsv' ? '\t' : undefined);
  } catch (error) {
    // csv-parse reports malformed CSV (an unclosed quote, say) with the line it reached.
    const line = (error as { lines?: number }).lines;
    const at = line === undefined ? '' : ` (at line ${line})`;
    return none(report({ rule: 'table-format', messageId: 'unreadable', format: { format: format.toUpperCase(), at, error: (error as Error).message } }));
  }
  if (!table) {
    return none(
      format === 'html'
        ? report({ rule: 'table-format', messageId: 'noTable' })
        : format === 'markdown'
          ? report({ rule: 'table-format', messageId: 'noGfm' })
          : report({ rule: 'table-format' }),
    );
  }
  if (table.rows.length === 0) return none(report({ rule: 'table-format', messageId: 'noRows' }));
  return { table, diagnostics: [] };
}

export interface ImportOptions extends Omit<BuildOptions, 'id' | 'title'> {
  readonly format?: TableFormat;
  readonly columns?: ReadonlyMap<Field, string>;
  readonly fillDown?: ReadonlySet<Field>;
  /** The catalog id; default: a slug of the table file's name. */
  readonly id?: string;
  /** The path the spec is written to, as shown to the user (for its self-check). */
  readonly outPath: string;
  /** The `# yaml-language-server: $schema=…` line. */
  readonly schemaLine: string;
}

export interface ImportResult {
  /** The spec, when the table gave one without errors. */
  readonly text?: string;
  readonly diagnostics: readonly Diagnostic[];
  readonly invented: readonly Invented[];
  readonly stats?: BuiltSpec['stats'];
  /** Advice for a better import, e.g. empty cells that look like flattened merged cells. */
  readonly hints: readonly string[];
}

/** Columns that hold a merged cell in docs tables: empty cells there are likely its flattened rest. */
const MERGEABLE: readonly Field[] = ['advice', 'http', 'scene'];

function fillDownHint(rows: readonly Row[], fillDown: ReadonlySet<Field>): string[] {
  const empty = MERGEABLE.filter((f) => !fillDown.has(f) && rows.some((r) => r[f]?.text) && rows.some((r) => r[f] !== undefined && r[f].text === ''));
  if (empty.length === 0) return [];
  const counts = empty.map((f) => `${rows.filter((r) => r[f]?.text === '').length} empty ${f} cells`).join(', ');
  return [`${counts}: if they are merged cells an export flattened, pass --fill-down ${[...fillDown, ...empty].join(',')}`];
}

export function importTable(file: SourceFile, options: ImportOptions): ImportResult {
  const read = readTable(file, options.format);
  if (!read.table) return { diagnostics: read.diagnostics, invented: [], hints: [] };
  const { columns, diagnostics: columnProblems } = mapColumns(file, read.table.header, options.columns);
  if (hasErrors(columnProblems)) return { diagnostics: columnProblems, invented: [], hints: [] };
  const rows = tableRows(read.table, columns, options.fillDown);
  const hints = fillDownHint(rows, options.fillDown ?? new Set());
  const name = file.path.split('/').pop() ?? file.path;
  const base = name.replace(/\.[^.]*$/, '');
  const id = options.id ?? (slugOf(base, 6) || 'errors');
  const built = buildSpec(file, rows, { ...options, id, title: `${base || id} error codes` });
  const diagnostics = sortDiagnostics([...columnProblems, ...built.diagnostics]);
  if (hasErrors(diagnostics)) return { diagnostics, invented: built.invented, hints };
  const text = yamlWithComments(built.data, header(options.schemaLine, name, built.stats.rows), built.comments);
  // The spec must pass the very checks `generate` runs; a failure here is a bug of import.
  const check = loadSpecSource({ path: options.outPath, text });
  if (!check.model) throw new Error(`import made a spec that does not validate:\n${check.diagnostics.map((d) => d.message).join('\n')}`);
  return { text, diagnostics, invented: built.invented, stats: built.stats, hints };
}

function header(schemaLine: string, from: string, rows: number): string[] {
  return [
    schemaLine.replace(/^#/, ''),
    '',
    ` Error codes imported by \`errspec import\` from the ${rows} rows of ${from}.`,
    ' From now on this file is the single source of truth: edit it, not the table,',
    ' then run `errspec generate`.',
    '',
    ' What the table does not say was made up: names, ids, summaries, retry stances and',
    ' texts in other locales. Each such entry carries a `note` (a scene, a comment) saying',
    ' what; review it, then delete the note. Names and ids are part of the API once',
    ' released: rename them now or never (a rename later keeps the old name in `aliases`).',
    '',
    ' The format: "The spec" in the README of the errspec package, its spec/schema.json,',
    ' and the opening comment of the spec that `errspec init` writes.',
  ];
}
