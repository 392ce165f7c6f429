// Where a change is in the head spec, for annotations on its lines: the code's entry,
// its cause, the scene or the classification, else the top of the file. Found in the
// head's own YAML (the model carries no positions); a code gone from the head points
// at the `errors` key.
import { isMap, isScalar, isSeq, LineCounter, parseDocument, type Node } from 'yaml';
import type { Change } from './change.js';

export interface SpecPosition {
  readonly line: number;
  readonly col: number;
}

type Find = (change: Change) => SpecPosition;

export function changeLocator(text: string): Find {
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { lineCounter });
  const at = (node: unknown): SpecPosition | undefined => {
    const start = (node as Node | null | undefined)?.range?.[0];
    if (start === undefined) return undefined;
    const { line, col } = lineCounter.linePos(start);
    return { line, col };
  };
  const keyOf = (path: readonly (string | number)[]): unknown => {
    const parent = doc.getIn(path.slice(0, -1), true);
    if (!isMap(parent)) return undefined;
    return parent.items.find((p) => isScalar(p.key) && p.key.value === path[path.length - 1])?.key;
  };
  const items = (path: readonly string[]): Node[] => {
    const seq = doc.getIn(path, true);
    return isSeq(seq) ? (seq.items as Node[]) : [];
  };
  const field = (item: Node, key: string): unknown => (isMap(item) ? item.get(key) : undefined);

  return (change) => {
    const codes = items(['errors']);
    if (change.code !== undefined) {
      const entry = codes.find((e) => field(e, 'code') === change.code);
      if (entry) {
        const cause = change.cause === undefined ? undefined : (field(entry, 'causes') as { items?: Node[] } | undefined)?.items?.find((c) => field(c, 'id') === change.cause);
        return at(cause) ?? at(entry) ?? { line: 1, col: 1 };
      }
      return at(keyOf(['errors'])) ?? { line: 1, col: 1 };
    }
    if (change.cause !== undefined) {
      const cause = items(['uncoded']).find((c) => field(c, 'id') === change.cause);
      return at(cause) ?? at(keyOf(['uncoded'])) ?? { line: 1, col: 1 };
    }
    if (change.scene !== undefined) return at(keyOf(['scenes', change.scene])) ?? at(keyOf(['scenes'])) ?? { line: 1, col: 1 };
    if (change.classification !== undefined) {
      return at(keyOf(['classifications', change.classification])) ?? at(keyOf(['classifications'])) ?? { line: 1, col: 1 };
    }
    if (change.range !== undefined) return at(keyOf(['ranges', change.range])) ?? at(keyOf(['ranges'])) ?? { line: 1, col: 1 };
    if (change.locale !== undefined) return at(keyOf(['locales'])) ?? { line: 1, col: 1 };
    return { line: 1, col: 1 };
  };
}
