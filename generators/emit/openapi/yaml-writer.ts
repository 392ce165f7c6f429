// Block-style YAML for JSON-like data: two-space indentation, LF, a final newline,
// no line folding, keys in each object's own order (sort beforehand). `undefined`
// is treated as JSON treats it: the key is left out, an array item becomes null.
import { TextBuilder } from './text-builder.js';
import { doubleQuoted, inlineString, isLiteralSafe, isPlainSafe, numberText } from './yaml-scalar.js';

/** Where a node is written: at the document's start, after `key:`, or after `-`. */
type Head = 'root' | 'key' | 'item';

// Readers accept an implicit key (`key: value`) of at most 1024 characters.
const IMPLICIT_KEY_MAX = 1024;

/** The YAML of `value`, after `header` (comment lines, say). */
export function yamlText(value: unknown, header = ''): string {
  const writer = new YamlWriter();
  writer.out.add(header);
  writer.node(value, '', 'root');
  return writer.out.text();
}

class YamlWriter {
  readonly out = new TextBuilder();
  private readonly keys = new Map<string, string>();

  /** `indent` is where the node's own lines go: its entries, items or literal lines. */
  node(value: unknown, indent: string, head: Head): void {
    if (Array.isArray(value)) this.sequence(value, indent, head);
    else if (value !== null && typeof value === 'object') this.mapping(value as Record<string, unknown>, indent, head);
    else if (typeof value === 'string') this.string(value, indent, head);
    else this.inline(scalarText(value), head);
  }

  private string(text: string, indent: string, head: Head): void {
    if (isPlainSafe(text)) this.inline(text, head);
    // At the root, `|-` content would start in column 0, where `---` ends a document.
    else if (head !== 'root' && isLiteralSafe(text)) this.literal(text, indent);
    else this.inline(doubleQuoted(text), head);
  }

  /** A scalar or an empty collection, on its key's or dash's line. */
  private inline(text: string, head: Head): void {
    this.out.add(head === 'root' ? `${text}\n` : ` ${text}\n`);
  }

  private literal(text: string, indent: string): void {
    this.out.add(' |-\n');
    for (const line of text.split('\n')) {
      // Empty lines stay empty: indenting them would leave trailing blanks.
      if (line !== '') this.out.add(indent);
      this.out.add(line);
      this.out.add('\n');
    }
  }

  private sequence(items: readonly unknown[], indent: string, head: Head): void {
    if (items.length === 0) return this.inline('[]', head);
    const inner = `${indent}  `;
    let lead = leadOf(indent, head);
    for (const item of items) {
      this.out.add(lead);
      this.out.add('-');
      this.node(item === undefined ? null : item, inner, 'item');
      lead = indent;
    }
  }

  private mapping(record: Record<string, unknown>, indent: string, head: Head): void {
    const inner = `${indent}  `;
    let lead = leadOf(indent, head);
    let empty = true;
    for (const key of Object.keys(record)) {
      const value = record[key];
      if (value === undefined) continue;
      this.out.add(lead);
      this.key(key, indent);
      this.node(value, inner, 'key');
      lead = indent;
      empty = false;
    }
    if (empty) this.inline('{}', head);
  }

  /** `key:`, or `? key` then `:` for a key too long to be implicit. */
  private key(key: string, indent: string): void {
    let text = this.keys.get(key);
    if (text === undefined) {
      // Keys repeat (`description`, `type`, …): each is styled once.
      const styled = inlineString(key);
      text = styled.length <= IMPLICIT_KEY_MAX ? `${styled}:` : `? ${styled}\n`;
      this.keys.set(key, text);
    }
    this.out.add(text);
    if (text.startsWith('? ')) {
      this.out.add(indent);
      this.out.add(':');
    }
  }
}

/** Before the first entry: after `key:` a new line, after `-` the same line. */
function leadOf(indent: string, head: Head): string {
  return head === 'key' ? `\n${indent}` : head === 'item' ? ' ' : indent;
}

function scalarText(value: unknown): string {
  if (typeof value === 'number') return numberText(value);
  if (typeof value === 'boolean' || value === null) return String(value);
  throw new Error(`yaml: cannot write a ${typeof value}`);
}
