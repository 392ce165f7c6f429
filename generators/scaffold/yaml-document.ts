// A spec or config that people edit next: plain data written by yaml's Document API in
// block style, with a header comment and comments above chosen keys. No line folding, so
// a text stays on one line and a diff shows what changed.
import { Document, isMap, isScalar, isSeq, type Node } from 'yaml';

export interface KeyComment {
  /** Keys and list indexes down to the commented key or item. */
  readonly path: readonly (string | number)[];
  /** Comment lines, each written after `#`: start them with a space. */
  readonly text: string;
  /** An empty line before the comment. */
  readonly blankBefore?: boolean;
}

/** `header`: comment lines (without `#`), then an empty line, then the data. */
export function yamlWithComments(data: unknown, header: readonly string[], comments: readonly KeyComment[] = []): string {
  const doc = new Document(data);
  for (const { path, text, blankBefore } of comments) {
    const node = commentable(doc, path);
    if (!node) throw new Error(`yaml: no key at ${path.join('.')} to comment`);
    node.commentBefore = text;
    if (blankBefore) node.spaceBefore = true;
  }
  const lines = header.map((line) => `#${line}`.trimEnd());
  return `${lines.join('\n')}\n\n${doc.toString({ lineWidth: 0, indentSeq: true })}`;
}

/** The key scalar of a mapping entry, or the item of a list, at `path`. */
function commentable(doc: Document, path: readonly (string | number)[]): Node | undefined {
  const parent = path.length === 1 ? doc.contents : doc.getIn(path.slice(0, -1), true);
  const last = path[path.length - 1];
  if (isSeq(parent) && typeof last === 'number') return parent.items[last] as Node | undefined;
  if (!isMap(parent)) return undefined;
  const pair = parent.items.find((p) => (isScalar(p.key) ? p.key.value : p.key) === last);
  return isScalar(pair?.key) ? pair.key : undefined;
}
