// Parsing generated markdown the way GitHub does (GFM), to check tables keep their
// columns and user text stays text.
import { parseMarkdown } from '../../generators/import/read-markdown.js';

export interface MdNode {
  type: string;
  value?: string;
  children?: MdNode[];
  align?: unknown[];
}

export function parseGfm(markdown: string): MdNode {
  return parseMarkdown(markdown) as unknown as MdNode;
}

export function findAll(node: MdNode, type: string, out: MdNode[] = []): MdNode[] {
  if (node.type === type) out.push(node);
  for (const child of node.children ?? []) findAll(child, type, out);
  return out;
}

/** Visible text of a node: text and code values, `<br>` as a newline, other HTML dropped. */
export function textOf(node: MdNode): string {
  if (node.type === 'text' || node.type === 'inlineCode') return node.value ?? '';
  if (node.type === 'html') return node.value === '<br>' ? '\n' : '';
  return (node.children ?? []).map(textOf).join('');
}
