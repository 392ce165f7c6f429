// A wrong indentation as one diagnostic at the line that has it, saying which column it
// belongs at. yaml's parser reports such a line in its own words, often at the line
// before ("Nested mappings are not allowed in compact mappings") and sometimes as a
// cascade down the file. Run only after yaml found a problem: this reads block YAML line
// by line, as far as a spec is written in it (mappings, lists, flow and quoted values,
// block scalars), and stops at anything else rather than guess.
import { report, type AnyReport } from '../diagnostics/diagnostic.js';

export interface Misindented {
  /** 1-based line. */
  readonly line: number;
  readonly start: number;
  readonly end: number;
  readonly report: AnyReport;
}

type Kind = 'map' | 'seq';

interface Level {
  readonly col: number;
  readonly kind: Kind;
  /** The last entry seen at this level, for the message. */
  line: number;
  label: string;
}

interface Element {
  col: number;
  readonly kind: Kind;
  /** The key, for a mapping entry. */
  readonly key: string;
  readonly length: number;
}

/** Inside a multi-line flow collection or quoted scalar. */
interface Open {
  readonly depth: number;
  readonly quote: '' | '"' | "'";
}

const KEY = /^(?:"(?:[^"\\]|\\.)*"|'(?:[^']|'')*'|[^\s#'"[\]{},&*!|>%@`?:-][^#]*?|[-?:][^\s#][^#]*?)[ \t]*:(?=[ \t]|$)/;
/** Anchors and tags before a value. */
const PROPS = /^(?:[&!]\S*[ \t]*)+/;
const BLOCK_SCALAR = /^[|>][0-9+-]*[ \t]*(?:#.*)?$/;

/** Reads `s` on from `open`; the state after it (depth 0 and no quote: closed). */
function scan(s: string, open: Open): Open {
  let { depth, quote } = open;
  for (let i = 0; i < s.length; i++) {
    const ch = s[i];
    if (quote === '"') {
      if (ch === '\\') i++;
      else if (ch === '"') quote = '';
    } else if (quote === "'") {
      if (ch === "'" && s[i + 1] === "'") i++;
      else if (ch === "'") quote = '';
    } else if (ch === '#' && (i === 0 || s[i - 1] === ' ' || s[i - 1] === '\t')) {
      break;
    } else if ((ch === '"' || ch === "'") && /^$|[[{,:\s]$/.test(s.slice(Math.max(0, i - 1), i))) {
      quote = ch;
    } else if (ch === '[' || ch === '{') {
      depth++;
    } else if (ch === ']' || ch === '}') {
      depth--;
    }
  }
  return { depth, quote };
}

const closed = (o: Open): boolean => o.depth <= 0 && o.quote === '';

export function misindentedLines(text: string): Misindented[] {
  const lines = text.split('\n');
  const starts: number[] = [];
  for (let i = 0, at = 0; i < lines.length; at += (lines[i] as string).length + 1, i++) starts.push(at);
  const found: Misindented[] = [];
  let stack: Level[] = [];
  // The previous line ended in a key or `-` whose value is on the lines below.
  let opened: { col: number; kind: 'key' | 'dash' } | undefined;
  let blockParent: number | undefined;
  let open: Open | undefined;

  const nextIndent = (from: number): number | undefined => {
    for (let j = from; j < lines.length; j++) {
      const t = (lines[j] as string).trimStart();
      if (t !== '' && !t.startsWith('#')) return (lines[j] as string).length - t.length;
    }
    return undefined;
  };

  for (let i = 0; i < lines.length; i++) {
    const raw = lines[i] as string;
    const content = raw.trimStart();
    const indent = raw.length - content.length;
    if (blockParent !== undefined) {
      if (content === '' || indent > blockParent) continue;
      blockParent = undefined;
    }
    if (open) {
      open = scan(raw, open);
      if (closed(open)) open = undefined;
      continue;
    }
    if (content === '' || content.startsWith('#')) continue;
    if (raw.slice(0, indent).includes('\t')) {
      const at = starts[i]! + raw.indexOf('\t');
      found.push({ line: i + 1, start: at, end: at + 1, report: report({ rule: 'yaml-syntax', messageId: 'tab' }) });
      break;
    }
    if (indent === 0 && /^(?:---|\.\.\.)(?:\s|$)/.test(content)) {
      stack = [];
      opened = undefined;
      continue;
    }
    if (indent === 0 && content.startsWith('%')) continue;

    // `- - key: value`: the line's dashes, then at most one key.
    const elements: Element[] = [];
    let rest = content;
    let col = indent;
    while (rest.startsWith('-') && (rest.length === 1 || rest[1] === ' ' || rest[1] === '\t')) {
      elements.push({ col, kind: 'seq', key: '-', length: 1 });
      const after = rest.slice(1).trimStart();
      col += rest.length - after.length;
      rest = after;
    }
    const key = rest.startsWith('#') ? null : KEY.exec(rest);
    if (key) {
      const name = key[0].replace(/[ \t]*:$/, '');
      elements.push({ col, kind: 'map', key: name.replace(/^(['"])(.*)\1$/, '$2'), length: name.length });
      rest = rest.slice(key[0].length).trimStart();
    }
    if (elements.length === 0) {
      // A value on a line of its own (after `key:`), or the next line of a plain
      // scalar: nothing to place. `?` and `:` lines are not modeled.
      if (/^[?:](?:\s|$)/.test(content)) break;
      const o = /^[[{"']/.test(content) ? scan(content, { depth: 0, quote: '' }) : undefined;
      if (o && !closed(o)) open = o;
      opened = undefined;
      continue;
    }

    const value = rest.replace(PROPS, '');
    const opensBlock = value === '' || value.startsWith('#');
    const first = elements[0] as Element;
    let level = place(first);
    if (!level) {
      const expected = belongsAt(first, opensBlock ? nextIndent(i + 1) : undefined);
      if (expected === undefined) break;
      const at = starts[i]! + first.col;
      const where = { column: first.col + 1, expected: expected.col + 1, line: expected.line, spaces: expected.col };
      found.push({
        line: i + 1,
        start: at,
        end: at + first.length,
        report: first.kind === 'map'
          ? report({ rule: 'yaml-indentation', format: { ...where, key: first.key, sibling: expected.label } })
          : report({ rule: 'yaml-indentation', messageId: 'item', format: where }),
      });
      // Read on as if the line were where it belongs.
      const shift = expected.col - first.col;
      for (const e of elements) e.col += shift;
      level = place(first);
      if (!level) break;
    }
    Object.assign(level, { line: i + 1, label: first.key });
    for (const e of elements.slice(1)) stack.push({ col: e.col, kind: e.kind, line: i + 1, label: e.key });

    const last = elements[elements.length - 1] as Element;
    opened = undefined;
    if (opensBlock) {
      opened = { col: last.col, kind: last.kind === 'map' ? 'key' : 'dash' };
    } else if (BLOCK_SCALAR.test(value)) {
      blockParent = last.col;
    } else if (/^[[{"']/.test(value)) {
      const o = scan(value, { depth: 0, quote: '' });
      if (!closed(o)) open = o;
    }
  }
  return found;

  /** The level the line's first element opens or continues; undefined when its column fits none. */
  function place(e: Element): Level | undefined {
    if (stack.length === 0 || (opened && (e.col > opened.col || (opened.kind === 'key' && e.kind === 'seq' && e.col === opened.col)))) {
      const level = { col: e.col, kind: e.kind, line: 0, label: e.key };
      stack.push(level);
      return level;
    }
    const kept = stack.filter((l) => l.col <= e.col);
    let top = kept[kept.length - 1];
    // A list written at its key's column ends where the next key of that mapping starts.
    if (top && top.col === e.col && top.kind === 'seq' && e.kind === 'map' && kept[kept.length - 2]?.col === e.col) {
      kept.pop();
      top = kept[kept.length - 1];
    }
    if (!top || top.col !== e.col || top.kind !== e.kind) return undefined;
    stack = kept;
    return top;
  }

  /** The level the element most likely belongs to: the nearest of its kind. */
  function belongsAt(e: Element, next: number | undefined): Level | undefined {
    const candidates = stack.filter((l) => l.kind === e.kind);
    candidates.sort(
      (a, b) =>
        Math.abs(a.col - e.col) - Math.abs(b.col - e.col) ||
        // A key whose children follow belongs where those children are deeper.
        (next !== undefined ? Number(a.col >= next) - Number(b.col >= next) : 0) ||
        b.col - a.col,
    );
    return candidates[0];
  }
}
