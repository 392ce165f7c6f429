// Writing translations into the spec's text without touching anything else: yaml's
// Document API (with its source tokens) finds each text's node, yaml's CST API
// renders the new scalar in that node's own style, and only that node's bytes are
// replaced. Comments, order, quoting and layout everywhere else stay byte for byte.
// A locale the text lacks (a fallback filled it) is added after the map's last entry.
import { CST, isMap, isScalar, parseDocument, type Pair, type Scalar, type YAMLMap } from 'yaml';
import { ToolError } from '../diagnostics/tool-error.js';
import type { PathSegment } from '../load/locate.js';

export interface SpecTextEdit {
  /** Path of the text's per-locale map. */
  readonly path: readonly PathSegment[];
  readonly locale: string;
  readonly value: string;
}

interface Splice {
  readonly start: number;
  readonly end: number;
  readonly text: string;
}

/** Would `value` read back as the same string if written plain? (yaml's CST API leaves that to the caller.) */
function plainReadsBack(value: string): boolean {
  if (value === '' || value.includes('\n')) return false;
  try {
    const doc = parseDocument(value);
    return doc.errors.length === 0 && doc.warnings.length === 0 && doc.toJS() === value;
  } catch {
    return false; // e.g. an alias to nothing
  }
}

/** The style to write `value` in: the current one where it can hold it; block scalars only outside flow maps. */
function chooseType(value: string, current: Scalar.Type | undefined, inFlow: boolean): Scalar.Type | undefined {
  const plain = current === undefined || current === 'PLAIN';
  const block = current === 'BLOCK_LITERAL' || current === 'BLOCK_FOLDED';
  // A block scalar's trailing whitespace runs into the blank lines after it: quote such values.
  if (block && (inFlow || !/\S$/.test(value))) return 'QUOTE_DOUBLE';
  if (value.includes('\n') && plain && !/\S$/.test(value)) return 'QUOTE_DOUBLE';
  if (value.includes('\n') && plain) return inFlow ? 'QUOTE_DOUBLE' : 'BLOCK_LITERAL';
  if (plain && !plainReadsBack(value)) return 'QUOTE_DOUBLE';
  return undefined;
}

/** Does the scalar `token` hold exactly `value`, as a string? */
function readsBack(token: CST.FlowScalar | CST.BlockScalar, value: string): boolean {
  const resolved = CST.resolveAsScalar(token, true, () => undefined);
  return resolved?.value === value && (token.type !== 'scalar' || plainReadsBack(value));
}

/**
 * The source of a scalar holding `value`, from `make` (yaml's CST writer) when what it
 * writes reads back as `value`; otherwise a JSON string, which YAML reads as the same
 * double-quoted string (yaml's folding of some whitespace-only lines does not read back).
 */
function scalarSource(value: string, make: () => CST.FlowScalar | CST.BlockScalar, fallbackEnd: string): string {
  const token = make();
  return readsBack(token, value) ? CST.stringify(token) : `${JSON.stringify(value)}${fallbackEnd}`;
}

function replaceValue(pair: Pair, value: string, inFlow: boolean, where: string): Splice {
  const node = pair.value;
  const token = isScalar(node) ? node.srcToken : undefined;
  if (!isScalar(node) || !token || !CST.isScalar(token)) throw new ToolError('import', `${where} is not a plain text in the spec (an alias or a collection); edit it by hand`, 1);
  const before = CST.stringify(token);
  const type = chooseType(value, node.type, inFlow);
  // What followed the value on its line (a comment, the line end) stays.
  const end = token.type === 'block-scalar' ? '\n' : (token.end ?? []).map((t) => t.source).join('');
  const text = scalarSource(
    value,
    () => {
      const edited = structuredClone(token);
      CST.setScalarValue(edited, value, { afterKey: true, inFlow, ...(type ? { type } : {}) });
      return edited as CST.FlowScalar | CST.BlockScalar;
    },
    end,
  );
  return { start: token.offset, end: token.offset + before.length, text };
}

function addEntry(map: YAMLMap, locale: string, value: string, where: string): Splice {
  const lastPair = [...map.items].reverse().find((p) => isScalar(p.value) && p.value.srcToken);
  const token = lastPair && isScalar(lastPair.value) ? lastPair.value.srcToken : undefined;
  if (!token || !CST.isScalar(token)) throw new ToolError('import', `${where} has no text to add ${locale} after; add it by hand`, 1);
  const type = chooseType(value, undefined, map.flow === true) ?? 'PLAIN';
  if (map.flow) {
    // Continuation lines of a flow map must be indented past the key that holds it.
    const scalar = scalarSource(value, () => CST.createScalarToken(value, { indent: token.indent + 2, inFlow: true, end: [], type }), '');
    const at = token.offset + ('source' in token ? token.source.length : 0);
    return { start: at, end: at, text: `, ${locale}: ${scalar}` };
  }
  const indent = (map.srcToken && 'indent' in map.srcToken ? map.srcToken.indent : token.indent) as number;
  const last = CST.stringify(token);
  const after = token.offset + last.length;
  const scalar = scalarSource(value, () => CST.createScalarToken(value, { indent: indent + 2, end: [], type }), '');
  const line = `${' '.repeat(indent)}${locale}: ${scalar}${scalar.endsWith('\n') ? '' : '\n'}`;
  return { start: after, end: after, text: last.endsWith('\n') ? line : `\n${line}` };
}

/** The spec text with each edit applied. Throws a ToolError for a text it cannot place. */
export function editSpecText(text: string, edits: readonly SpecTextEdit[]): string {
  const doc = parseDocument(text, { keepSourceTokens: true });
  if (doc.contents === null) throw new ToolError('import', 'the spec holds no YAML document', 1);
  const splices: Splice[] = [];
  for (const edit of edits) {
    const where = `${edit.path.join('.')}.${edit.locale}`;
    const map = doc.getIn(edit.path, true);
    if (!isMap(map)) throw new ToolError('import', `${edit.path.join('.')} is not a map of texts in the spec; edit it by hand`, 1);
    const pair = map.items.find((p) => isScalar(p.key) && p.key.value === edit.locale);
    splices.push(pair ? replaceValue(pair, edit.value, map.flow === true, where) : addEntry(map, edit.locale, edit.value, where));
  }
  // Back to front, so earlier offsets stay valid; new lines end as the file's lines do.
  splices.sort((a, b) => b.start - a.start);
  const eol = text.includes('\r\n') ? '\r\n' : '\n';
  let out = text;
  for (const s of splices) out = out.slice(0, s.start) + s.text.replace(/\r?\n/g, eol) + out.slice(s.end);
  return out;
}
