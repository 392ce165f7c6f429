// The first <table> of an HTML page or fragment, as docs tools export it: header cells
// from <thead> (or the first row), merged cells (`rowspan`, `colspan`) expanded. Parsed
// by parse5 the way a browser parses it, so unclosed <td>, entities and stray markup
// read as a browser shows them.
import { parse, type DefaultTreeAdapterTypes } from 'parse5';
import type { SourceFile } from '../load/source-file.js';
import { cellText, expandSpans, tableFromGrid, type SpannedCell, type Table } from './table.js';

type Node = DefaultTreeAdapterTypes.Node;
type Element = DefaultTreeAdapterTypes.Element;

const isElement = (node: Node): node is Element => 'tagName' in node;
const childrenOf = (node: Node): readonly Node[] => ('childNodes' in node ? node.childNodes : []);

function find(node: Node, tag: string): Element | undefined {
  for (const child of childrenOf(node)) {
    if (isElement(child) && child.tagName === tag) return child;
    const found = find(child, tag);
    if (found) return found;
  }
  return undefined;
}

/** The table's own rows (not those of a table nested in a cell), and how many are in <thead>. */
function rowsOf(table: Element): { rows: Element[]; headRows: number } {
  const rows: Element[] = [];
  let headRows = 0;
  const visit = (node: Node, inHead: boolean): void => {
    for (const child of childrenOf(node)) {
      if (!isElement(child)) continue;
      if (child.tagName === 'tr') {
        rows.push(child);
        if (inHead) headRows++;
      } else if (child.tagName === 'thead' || child.tagName === 'tbody' || child.tagName === 'tfoot') {
        visit(child, child.tagName === 'thead');
      }
    }
  };
  visit(table, false);
  return { rows, headRows };
}

const BLOCKS = new Set(['p', 'div', 'li', 'ul', 'ol', 'table', 'tr', 'td', 'th', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'pre', 'blockquote']);
const HIDDEN = new Set(['script', 'style', 'template']);

/** Text as a browser renders it: `<br>` and block boundaries become spaces. */
function textOf(node: Node): string {
  if (node.nodeName === '#text') return (node as DefaultTreeAdapterTypes.TextNode).value;
  if (!isElement(node)) return childrenOf(node).map(textOf).join('');
  if (node.tagName === 'br') return ' ';
  if (HIDDEN.has(node.tagName)) return '';
  const inner = childrenOf(node).map(textOf).join('');
  return BLOCKS.has(node.tagName) ? ` ${inner} ` : inner;
}

const attr = (el: Element, name: string): number | undefined => {
  const value = el.attrs.find((a) => a.name === name)?.value;
  return value === undefined || !/^\s*\d+\s*$/.test(value) ? undefined : Number(value);
};

/** The first table of the file, or undefined when it has none. */
export function readHtmlTable(file: SourceFile): Table | undefined {
  const table = find(parse(file.text, { sourceCodeLocationInfo: true }), 'table');
  if (!table) return undefined;
  const { rows, headRows } = rowsOf(table);
  const starts = rows.map((tr) => tr.sourceCodeLocation?.startOffset ?? 0);
  const spanned = rows.map((tr, r) =>
    tr.childNodes.filter(isElement).filter((el) => el.tagName === 'td' || el.tagName === 'th').map((el): SpannedCell => {
      const rowspan = attr(el, 'rowspan');
      const colspan = attr(el, 'colspan');
      return {
        text: cellText(textOf(el)),
        offset: el.sourceCodeLocation?.startOffset ?? starts[r] ?? 0,
        ...(rowspan === undefined ? {} : { rowspan }),
        ...(colspan === undefined ? {} : { colspan }),
      };
    }),
  );
  return tableFromGrid(expandSpans(spanned, starts), headRows);
}
