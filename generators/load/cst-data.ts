// yaml's CST tokens -> plain data + Positions, without yaml's Composer (which builds a
// Document of nodes only for the converter to walk it again). Only the plain subset a
// spec is written in is handled, and only where the Composer would accept it without a
// word; on anything else (anchors, aliases, tags, explicit keys, directives, several
// documents, duplicate keys, `<<`, anything yaml would report) it returns undefined and
// the caller composes as before, so every diagnostic still comes from that one path.
// Data, Positions entries and their order are those of the Composer + converter.
import { CST } from 'yaml';
import { corePlain } from './core-scalar.js';
import { emptyAt, endOffset, Props } from './cst-props.js';
import { Positions } from './positions.js';

export interface CstData {
  readonly data: unknown;
  readonly positions: Positions;
}

/** Leaves the walk as soon as the input is beyond this path; never escapes this file. */
class Unhandled {}
const UNHANDLED = new Unhandled();

export function cstData(tokens: readonly CST.Token[], maxDepth: number): CstData | undefined {
  let doc: CST.Document | undefined;
  for (const token of tokens) {
    switch (token.type) {
      case 'byte-order-mark':
      case 'space':
      case 'comment':
      case 'newline':
        break;
      case 'document':
        if (doc) return undefined;
        doc = token;
        break;
      default:
        return undefined;
    }
  }
  if (!doc) return undefined;
  const walker = new Walker(maxDepth);
  try {
    return { data: walker.document(doc), positions: walker.positions };
  } catch (error) {
    if (error === UNHANDLED) return undefined;
    throw error;
  }
}

type DataObject = Record<string, unknown>;

/** First characters yaml reports in a plain scalar (resolve-flow-scalar.js). */
const BAD_PLAIN_START = new Set(['\t', ',', '%', '|', '>', '@', '`']);

const isFlowScalar = (token: CST.Token | null | undefined): token is CST.FlowScalar =>
  token?.type === 'scalar' || token?.type === 'single-quoted-scalar' || token?.type === 'double-quoted-scalar';

const isBlock = (token: CST.Token): boolean => token.type === 'block-map' || token.type === 'block-seq';

class Walker {
  readonly positions = new Positions();
  private readonly props = new Props();
  // The range yaml gives the node walked last: [start, valueEnd, end].
  private start = 0;
  private valueEnd = 0;
  private end = 0;
  private failed = false;
  private readonly onError = (): void => {
    this.failed = true;
  };

  constructor(private readonly maxDepth: number) {}

  document(doc: CST.Document): unknown {
    const { value } = doc;
    // A scalar or empty document is no spec: left to the Composer and its diagnostics.
    if (!value || (value.type !== 'block-map' && value.type !== 'block-seq' && value.type !== 'flow-collection')) throw UNHANDLED;
    if (!this.props.read(doc.start, 'doc-start', value, doc.offset, 0, true, false)) throw UNHANDLED;
    if (this.props.found() && isBlock(value) && !this.props.hasNewline) throw UNHANDLED;
    const data = this.node(value, 0);
    if (endOffset(doc.end, this.end, false) < 0) throw UNHANDLED;
    return data;
  }

  private node(token: CST.Token, depth: number): unknown {
    if (depth > this.maxDepth) throw UNHANDLED;
    switch (token.type) {
      case 'scalar':
        return corePlain(this.plain(token));
      case 'single-quoted-scalar':
      case 'double-quoted-scalar':
      case 'block-scalar':
        return this.scalar(token);
      case 'block-map':
        return this.blockMap(token, depth);
      case 'block-seq':
        return this.blockSeq(token, depth);
      case 'flow-collection':
        return this.flow(token, depth);
      default:
        throw UNHANDLED;
    }
  }

  /** A value slot: its token, or yaml's empty (null) scalar placed after the indicator. */
  private value(token: CST.Token | undefined, depth: number, propsEnd: number, before: readonly CST.SourceToken[]): unknown {
    if (token) return this.node(token, depth);
    if (depth > this.maxDepth) throw UNHANDLED;
    const at = emptyAt(propsEnd, before);
    this.start = at;
    this.valueEnd = at;
    this.end = this.props.hasComment ? propsEnd : at;
    return null;
  }

  /**
   * A plain scalar's string. One line that starts well is its own source: that common
   * case skips resolveAsScalar's closures, regexes and range arrays.
   */
  private plain(token: CST.FlowScalar): string {
    const { source, offset } = token;
    if (source.includes('\n') || BAD_PLAIN_START.has(source.charAt(0))) return this.scalar(token);
    const valueEnd = offset + source.length;
    const end = endOffset(token.end, valueEnd, true);
    if (end < 0) throw UNHANDLED;
    this.start = offset;
    this.valueEnd = valueEnd;
    this.end = end;
    return source;
  }

  /** The scalar's string, as yaml reads it before any schema. */
  private scalar(token: CST.FlowScalar | CST.BlockScalar): string {
    const resolved = CST.resolveAsScalar(token, true, this.onError);
    if (!resolved || this.failed) throw UNHANDLED;
    [this.start, this.valueEnd, this.end] = resolved.range;
    return resolved.value;
  }

  /**
   * A mapping key as the converter names it: the string, or the text written for other
   * scalars (`200`), which for a one-line plain scalar is its string too.
   */
  private key(token: CST.Token | null | undefined): string {
    if (!isFlowScalar(token) || token.source.includes('\n') || token.end?.some((t) => t.type === 'newline')) throw UNHANDLED;
    // The converter reports merge keys.
    if (token.type === 'scalar') {
      if (token.source === '<<') throw UNHANDLED;
      return this.plain(token);
    }
    return this.scalar(token);
  }

  private blockMap(map: CST.BlockMap, depth: number): DataObject {
    const out: DataObject = {};
    let count = 0;
    for (const item of map.items) if (item.sep) count++;
    const first = this.positions.reserve(out, count);
    const props = this.props;
    let offset = map.offset;
    let commentEnd: number | null = null;
    let i = 0;
    for (const item of map.items) {
      const { start, key, sep, value } = item;
      if (!props.read(start, 'explicit-key-ind', key ?? sep?.[0], offset, map.indent, true, false) || props.found()) throw UNHANDLED;
      const keyPropsEnd = props.end;
      if (!sep) {
        // Only comments; a key without `:` is left to the Composer.
        if (key) throw UNHANDLED;
        commentEnd = keyPropsEnd;
        continue;
      }
      if (!isFlowScalar(key) || key.indent !== map.indent) throw UNHANDLED;
      const name = this.key(key);
      const keyStart = this.start;
      const keyEnd = this.valueEnd;
      const colon = props.read(sep, 'map-value-ind', value, this.end, map.indent, false, false) ? props.found() : null;
      if (!colon) throw UNHANDLED;
      // "Nested mappings are not allowed in compact mappings"; keys over 1024 characters.
      if ((value?.type === 'block-map' && !props.hasNewline) || keyPropsEnd < colon.offset - 1024) throw UNHANDLED;
      set(out, name, this.value(value, depth + 1, props.end, sep));
      this.positions.fill(first, i++, name, keyStart, keyEnd, this.start, this.valueEnd);
      offset = this.end;
    }
    // "Map comment with trailing content"
    if (commentEnd && commentEnd < offset) throw UNHANDLED;
    this.positions.close(first, map.offset, offset);
    this.start = map.offset;
    this.valueEnd = offset;
    this.end = commentEnd ?? offset;
    return out;
  }

  private blockSeq(seq: CST.BlockSequence, depth: number): unknown[] {
    const out: unknown[] = [];
    let count = 0;
    for (const item of seq.items) if (item.start.some((t) => t.type === 'seq-item-ind')) count++;
    const first = this.positions.reserve(out, count);
    const props = this.props;
    let offset = seq.offset;
    let commentEnd: number | null = null;
    let i = 0;
    for (const { start, value } of seq.items) {
      if (!props.read(start, 'seq-item-ind', value, offset, seq.indent, true, false)) throw UNHANDLED;
      if (!props.found()) {
        if (value) throw UNHANDLED;
        commentEnd = props.end;
        continue;
      }
      out.push(this.value(value, depth + 1, props.end, start));
      this.positions.fill(first, i++, '', this.start, this.start, this.start, this.valueEnd);
      offset = this.end;
    }
    this.positions.close(first, seq.offset, offset);
    this.start = seq.offset;
    this.valueEnd = offset;
    this.end = commentEnd ?? offset;
    return out;
  }

  private flow(fc: CST.FlowCollection, depth: number): DataObject | unknown[] {
    const isMap = fc.start.source === '{';
    const out: DataObject | unknown[] = isMap ? {} : [];
    let count = 0;
    for (const item of fc.items) if (item.key || item.sep || item.value) count++;
    const first = this.positions.reserve(out, count);
    const props = this.props;
    let offset = fc.offset + fc.start.source.length;
    let i = 0;
    const items = fc.items;
    for (let n = 0; n < items.length; n++) {
      const { start, key, sep, value } = items[n] as CST.CollectionItem;
      if (!props.read(start, 'explicit-key-ind', key ?? sep?.[0], offset, fc.indent, false, true) || props.found()) throw UNHANDLED;
      const comma = props.comma;
      if (!sep && !value) {
        // An empty item: only after a last comma.
        if (key || (n === 0 && comma) || n < items.length - 1) throw UNHANDLED;
        offset = props.end;
        continue;
      }
      if (n === 0 ? comma : !comma) throw UNHANDLED;
      if (!isMap) {
        // Pairs inside flow sequences (`[a: 1]`) are left to the Composer.
        if (key || sep || !value || isBlock(value)) throw UNHANDLED;
        (out as unknown[]).push(this.node(value, depth + 1));
        this.positions.fill(first, i++, '', this.start, this.start, this.start, this.valueEnd);
      } else {
        if (!sep) throw UNHANDLED;
        const name = this.key(key);
        const keyStart = this.start;
        const keyEnd = this.valueEnd;
        if (!props.read(sep, 'map-value-ind', value, this.end, fc.indent, false, true) || !props.found()) throw UNHANDLED;
        if (value && isBlock(value)) throw UNHANDLED;
        set(out as DataObject, name, this.value(value, depth + 1, props.end, sep));
        this.positions.fill(first, i++, name, keyStart, keyEnd, this.start, this.valueEnd);
      }
      offset = this.end;
    }
    const [close, ...rest] = fc.end;
    if (close?.source !== (isMap ? '}' : ']')) throw UNHANDLED;
    const closeEnd = close.offset + close.source.length;
    const end = rest.length > 0 ? endOffset(rest, closeEnd, true) : closeEnd;
    if (end < 0) throw UNHANDLED;
    this.positions.close(first, fc.offset, closeEnd);
    this.start = fc.offset;
    this.valueEnd = closeEnd;
    this.end = end;
    return out;
  }
}

/** One key, refusing duplicates (the converter reports them); `__proto__` stays an own data property. */
function set(out: DataObject, name: string, value: unknown): void {
  if (Object.hasOwn(out, name)) throw UNHANDLED;
  if (name === '__proto__') Object.defineProperty(out, name, { value, enumerable: true, writable: true, configurable: true });
  else out[name] = value;
}
