// Where a value of the data was written: looked up in yaml's Document, by path, only when
// a diagnostic needs a position (a valid spec needs none).
import { isAlias, isMap, isScalar, isSeq, type Alias, type Document, type Node, type Scalar } from 'yaml';
import type { Span } from '../diagnostics/diagnostic.js';

export type PathSegment = string | number;

/** The data's name for a scalar key, as yaml's toJS writes it: `1:` and `'1':` are both '1'. */
export const keyName = (key: Scalar): string => (key.value === null ? '' : String(key.value));

const spanOf = (node: Node): Span | undefined => (node.range ? { start: node.range[0], end: node.range[1] } : undefined);

export class Locator {
  constructor(
    private readonly doc: Document | undefined,
    /** Each alias with the node it stands for (see document-checks.ts). */
    private readonly aliases: ReadonlyMap<Alias, Node> = new Map(),
  ) {}

  /**
   * The span of the value (or key) at `path`. A path that goes missing resolves to the
   * deepest node that exists, so "missing field" problems point at the mapping that
   * lacks it. Through an alias, the path continues in the node it stands for.
   */
  locate(path: readonly PathSegment[], part: 'key' | 'value' = 'value'): Span | undefined {
    let node: unknown = this.doc?.contents;
    let span = node ? spanOf(node as Node) : undefined;
    for (let i = 0; i < path.length; i++) {
      if (isAlias(node)) node = this.aliases.get(node);
      const segment = path[i] as PathSegment;
      if (isMap(node) && typeof segment === 'string') {
        const pair = node.items.find((p) => isScalar(p.key) && keyName(p.key) === segment);
        if (!pair) break;
        const last = i === path.length - 1;
        const at = last && part === 'key' ? pair.key : pair.value;
        span = (at ? spanOf(at as Node) : undefined) ?? span;
        node = pair.value;
      } else if (isSeq(node) && typeof segment === 'number') {
        const item = node.items[segment];
        if (!item) break;
        span = spanOf(item as Node) ?? span;
        node = item;
      } else {
        break;
      }
    }
    return span;
  }
}
