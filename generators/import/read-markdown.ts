// The first GFM table of a markdown file. Markdown has no merged cells: a docs tool that
// exports one repeats the merged value or leaves the cell empty (see `--fill-down`).
import type { Nodes, Root, Table as MdTable } from 'mdast';
import { fromMarkdown } from 'mdast-util-from-markdown';
import { gfmFromMarkdown } from 'mdast-util-gfm';
import { gfm } from 'micromark-extension-gfm';
import type { SourceFile } from '../load/source-file.js';
import { cellText, expandSpans, tableFromGrid, type Table } from './table.js';

/** Markdown as GitHub reads it (GFM). */
export function parseMarkdown(text: string): Root {
  return fromMarkdown(text, { extensions: [gfm()], mdastExtensions: [gfmFromMarkdown()] });
}

function findTable(node: Nodes): MdTable | undefined {
  if (node.type === 'table') return node;
  if (!('children' in node)) return undefined;
  for (const child of node.children) {
    const found = findTable(child);
    if (found) return found;
  }
  return undefined;
}

/** Visible text: text and code as written, a line break or inline HTML `<br>` as a space. */
function textOf(node: Nodes): string {
  if (node.type === 'text' || node.type === 'inlineCode') return node.value;
  if (node.type === 'break') return ' ';
  if (node.type === 'html') return /^<br\s*\/?>$/i.test(node.value) ? ' ' : '';
  return 'children' in node ? node.children.map(textOf).join('') : '';
}

/** A cell's position starts at its `|`: where its text starts is what a diagnostic points at. */
const contentStart = (text: string, offset: number): number => {
  let at = offset;
  if (text[at] === '|') at++;
  while (text[at] === ' ' || text[at] === '\t') at++;
  return text[at] === '\n' || at >= text.length ? offset : at;
};

/** The first table of the file, or undefined when it has none. */
export function readMarkdownTable(file: SourceFile): Table | undefined {
  const table = findTable(parseMarkdown(file.text));
  if (!table) return undefined;
  const starts = table.children.map((row) => row.position?.start.offset ?? 0);
  const rows = table.children.map((row, r) =>
    row.children.map((cell) => ({ text: cellText(textOf(cell)), offset: contentStart(file.text, cell.position?.start.offset ?? starts[r] ?? 0) })),
  );
  return tableFromGrid(expandSpans(rows, starts));
}
