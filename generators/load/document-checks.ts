// What a spec never needs, refused in one walk over yaml's Document before toJS() makes
// its data: explicit tags, merge keys, keys that are not plain scalars, duplicate keys,
// nesting deeper than the bound, and aliases that are unresolved, loop, or expand to far
// more than the file holds (a "billion laughs"). Duplicate keys are found here, with a
// Set per mapping, rather than by yaml's uniqueKeys, which compares each key with every
// earlier one (21 s for a 50 000-key mapping), and which tells `1:` from `'1':` while the
// data cannot.
import { isAlias, isMap, isScalar, isSeq, type Alias, type Document, type Node, type YAMLMap, type YAMLSeq } from 'yaml';
import { diagnostic, type Diagnostic, type Span } from '../diagnostics/diagnostic.js';
import { lineColumn, type SourceFile } from './source-file.js';
import { keyName } from './locate.js';

export interface ParseLimits {
  /**
   * Nodes that aliases may expand to, in all. The bound actually used is the larger of
   * this and the number of nodes written in the file: aliases may at most double the
   * data, while a "billion laughs" file needs them to multiply it.
   */
  readonly maxAliasNodes: number;
  readonly maxDepth: number;
}

export const DEFAULT_LIMITS: ParseLimits = { maxAliasNodes: 10_000, maxDepth: 64 };

export interface CheckedDocument {
  readonly diagnostics: readonly Diagnostic[];
  /** Each alias with the node it stands for: the last one anchored with its name before it. */
  readonly aliases: ReadonlyMap<Alias, Node>;
  /** The bound on alias-expanded nodes, also handed to toJS() as its maxAliasCount. */
  readonly aliasBound: number;
}

/** Ends the walk; never escapes this file. */
class Refused {
  constructor(readonly found: Diagnostic) {}
}

const spanOf = (node: Node): Span => ({ start: node.range?.[0] ?? 0, end: node.range?.[1] ?? 0 });

export function checkDocument(file: SourceFile, doc: Document, limits: ParseLimits = DEFAULT_LIMITS): CheckedDocument {
  const walker = new Walker(file, limits);
  try {
    walker.walk(doc.contents, 1);
  } catch (error) {
    if (!(error instanceof Refused)) throw error;
    return { diagnostics: [...walker.found, error.found], aliases: walker.aliases, aliasBound: 0 };
  }
  const aliasBound = Math.max(limits.maxAliasNodes, walker.nodes);
  // Expanded in document order, as toJS does: the alias whose expansion crosses the bound.
  let expanded = 0;
  for (const { alias, size } of walker.uses) {
    expanded += size;
    if (expanded > aliasBound) {
      const found = diagnostic(file, spanOf(alias), { rule: 'yaml-alias-limit', format: { limit: aliasBound } });
      return { diagnostics: [...walker.found, found], aliases: walker.aliases, aliasBound };
    }
  }
  return { diagnostics: walker.found, aliases: walker.aliases, aliasBound };
}

class Walker {
  readonly found: Diagnostic[] = [];
  readonly aliases = new Map<Alias, Node>();
  /** Written aliases in document order, with the number of nodes each expands to. */
  readonly uses: Array<{ alias: Alias; size: number }> = [];
  nodes = 0;
  private readonly anchors = new Map<string, Node>();
  /** Nodes each anchored node expands to, and how many levels of collections it nests. */
  private readonly sizes = new Map<Node, { size: number; height: number }>();
  /** Levels of collections in the node walked last. */
  private height = 0;
  // Counted as the parser's stack was (the document, each open collection and a token
  // in progress), so the refused line and column stay what they were.
  private readonly maxLevel: number;

  constructor(
    private readonly file: SourceFile,
    limits: ParseLimits,
  ) {
    this.maxLevel = limits.maxDepth + 2;
  }

  /** Checks `node` (at nesting `level`) and returns the nodes it expands to. */
  walk(node: unknown, level: number): number {
    this.height = 0;
    if (node === null || node === undefined) return 0;
    this.nodes++;
    if (isAlias(node)) return this.alias(node, level);
    const n = node as Node;
    // Set before the children, so an alias inside refers to it (and is refused as a loop).
    if (n.anchor) this.anchors.set(n.anchor, n);
    let size = 1;
    if (n.tag) this.tag(n);
    else if (isMap(n)) size = this.map(n, level);
    else if (isSeq(n)) size = this.seq(n, level);
    if (n.anchor) this.sizes.set(n, { size, height: this.height });
    return size;
  }

  private alias(alias: Alias, level: number): number {
    const target = this.anchors.get(alias.source);
    const at = spanOf(alias);
    if (!target) throw new Refused(diagnostic(this.file, at, { rule: 'yaml-syntax', messageId: 'unresolvedAlias', format: { name: alias.source } }));
    // Anchors come before their aliases, so expansion can only loop through an alias
    // written inside the very node it refers to.
    const t = spanOf(target);
    if (t.start <= at.start && at.start < t.end) {
      throw new Refused(diagnostic(this.file, at, { rule: 'yaml-alias-limit', messageId: 'loop', format: { name: alias.source } }));
    }
    this.aliases.set(alias, target);
    const { size, height } = this.sizes.get(target) ?? { size: 1, height: 0 };
    if (level + height - 1 > this.maxLevel) this.tooDeep(alias);
    this.uses.push({ alias, size });
    this.height = height;
    return 1 + size;
  }

  private map(map: YAMLMap, level: number): number {
    if (level > this.maxLevel) this.tooDeep(map);
    const seen = new Map<string, number>();
    let size = 1;
    let height = 0;
    for (const { key, value } of map.items) {
      if (!isScalar(key)) {
        const span = key && typeof key === 'object' ? spanOf(key as Node) : undefined;
        throw new Refused(diagnostic(this.file, span, { rule: 'yaml-key-type' }));
      }
      this.walk(key, level + 1);
      if (key.type === 'PLAIN' && key.value === '<<') this.found.push(diagnostic(this.file, spanOf(key), { rule: 'yaml-merge-key' }));
      const name = keyName(key);
      const first = seen.get(name);
      const at = spanOf(key);
      if (first !== undefined) {
        const line = lineColumn(this.file, first).line;
        this.found.push(diagnostic(this.file, at, { rule: 'yaml-duplicate-key', format: { key: name, line } }));
        continue;
      }
      seen.set(name, at.start);
      size += this.walk(value, level + 1);
      height = Math.max(height, this.height);
    }
    this.height = height + 1;
    return size;
  }

  private seq(seq: YAMLSeq, level: number): number {
    if (level > this.maxLevel) this.tooDeep(seq);
    let size = 1;
    let height = 0;
    for (const item of seq.items) {
      size += this.walk(item, level + 1);
      height = Math.max(height, this.height);
    }
    this.height = height + 1;
    return size;
  }

  private tooDeep(node: Node): never {
    throw new Refused(diagnostic(this.file, spanOf(node), { rule: 'yaml-depth', format: { limit: this.maxLevel - 2 } }));
  }

  /** A tag, which yaml's ranges leave out: it is written before the node. */
  private tag(n: Node): void {
    const span = spanOf(n);
    const from = Math.max(0, span.start - 300);
    const m = /!\S*(\s+&\S+)?\s*$/.exec(this.file.text.slice(from, span.start));
    const start = m ? from + m.index : span.start;
    const at = m ? { start, end: start + (m[0].split(/\s/)[0] ?? '').length } : span;
    this.found.push(diagnostic(this.file, at, { rule: 'yaml-tag', format: { tag: (n.tag ?? '').replace('tag:yaml.org,2002:', '!!') } }));
  }
}
