// YAML text -> plain data + positions, refusing what a spec never needs (tags, merge
// keys, alias bombs, deep nesting). The yaml Document is dropped once converted.
import { isAlias, isMap, isScalar, isSeq, parseDocument, type Document, type Node } from 'yaml';
import { diagnostic, type Diagnostic } from '../diagnostics/diagnostic.js';
import type { SourceFile } from './source-file.js';
import { Positions } from './positions.js';

export interface ParsedYaml {
  /** Plain JSON-like data (objects, arrays, strings, numbers, booleans, null). */
  readonly data: unknown;
  readonly positions: Positions;
  readonly diagnostics: readonly Diagnostic[];
}

export interface ParseLimits {
  /** Nodes that aliases may expand to, in all. */
  readonly maxAliasNodes: number;
  readonly maxDepth: number;
}

export const DEFAULT_LIMITS: ParseLimits = { maxAliasNodes: 10_000, maxDepth: 64 };

class Refused extends Error {
  constructor(readonly found: Diagnostic) {
    super(found.message);
  }
}

export function parseYaml(file: SourceFile, limits: ParseLimits = DEFAULT_LIMITS): ParsedYaml {
  const positions = new Positions();
  const doc = parseDocument(file.text, { uniqueKeys: true, prettyErrors: false, strict: true, merge: false });
  const problems = [...doc.errors, ...doc.warnings];
  if (problems.length > 0) {
    return {
      data: undefined,
      positions,
      diagnostics: problems.map((e) =>
        diagnostic(
          e.code === 'DUPLICATE_KEY' ? 'yaml-duplicate-key' : 'yaml-syntax',
          file,
          { start: e.pos[0], end: e.pos[1] },
          e.code === 'TAB_AS_INDENT' ? 'Tabs are not allowed as indentation; indent with spaces' : e.message,
        ),
      ),
    };
  }
  if (doc.contents === null) {
    return { data: undefined, positions, diagnostics: [diagnostic('empty-file', file, undefined, 'The file is empty or holds only comments')] };
  }
  const converter = new Converter(file, doc, positions, limits);
  try {
    const data = converter.convert(doc.contents, 0, false);
    return { data, positions, diagnostics: converter.found };
  } catch (error) {
    if (error instanceof Refused) return { data: undefined, positions, diagnostics: [...converter.found, error.found] };
    throw error;
  }
}

class Converter {
  readonly found: Diagnostic[] = [];
  private aliasNodes = 0;

  constructor(
    private readonly file: SourceFile,
    private readonly doc: Document,
    private readonly positions: Positions,
    private readonly limits: ParseLimits,
  ) {}

  private span(node: Node): { start: number; end: number } {
    const range = node.range ?? [0, 0, 0];
    return { start: range[0], end: range[1] };
  }

  convert(node: unknown, depth: number, inAlias: boolean): unknown {
    if (node === null || node === undefined) return null;
    if (depth > this.limits.maxDepth) {
      throw new Refused(
        diagnostic('yaml-depth', this.file, this.span(node as Node), `Nesting is deeper than ${this.limits.maxDepth} levels`),
      );
    }
    if (inAlias && ++this.aliasNodes > this.limits.maxAliasNodes) {
      throw new Refused(
        diagnostic('yaml-alias-limit', this.file, this.span(node as Node),
          `Aliases expand to more than ${this.limits.maxAliasNodes} nodes; write the data out instead`),
      );
    }
    if (isAlias(node)) {
      const target = node.resolve(this.doc);
      if (!target) {
        throw new Refused(diagnostic('yaml-syntax', this.file, this.span(node), `Unresolved alias *${node.source}`));
      }
      return this.convert(target, depth + 1, true);
    }
    const n = node as Node;
    if (n.tag !== undefined && (isScalar(n) || isMap(n) || isSeq(n)) && this.hasExplicitTag(n)) {
      this.found.push(diagnostic('yaml-tag', this.file, this.span(n), `Tag ${n.tag.replace('tag:yaml.org,2002:', '!!')} is not allowed; a spec holds plain data`));
    }
    if (isScalar(n)) {
      const v = n.value;
      return typeof v === 'bigint' ? Number(v) : v;
    }
    if (isSeq(n)) {
      const out: unknown[] = [];
      const range = this.span(n);
      this.positions.open(out, range.start, range.end, n.items.length);
      for (const item of n.items) {
        const r = item && typeof item === 'object' && 'range' in item ? this.span(item as Node) : range;
        this.positions.add('', r.start, r.start, r.start, r.end);
      }
      for (const item of n.items) out.push(this.convert(item, depth + 1, inAlias));
      return out;
    }
    if (isMap(n)) {
      const out: Record<string, unknown> = {};
      const range = this.span(n);
      this.positions.open(out, range.start, range.end, n.items.length);
      const values: Array<[string, unknown]> = [];
      for (const pair of n.items) {
        const key = this.keyOf(pair.key);
        const k = this.span(pair.key as Node);
        const v = pair.value && typeof pair.value === 'object' ? this.span(pair.value as Node) : { start: k.end, end: k.end };
        this.positions.add(key, k.start, k.end, v.start, v.end);
        values.push([key, pair.value]);
      }
      for (const [key, value] of values) {
        // defineProperty: a key named __proto__ stays data, never a prototype.
        Object.defineProperty(out, key, { value: this.convert(value, depth + 1, inAlias), enumerable: true, writable: true, configurable: true });
      }
      return out;
    }
    return null;
  }

  private hasExplicitTag(n: Node): boolean {
    // The composer sets `tag` only when the source writes one.
    return typeof n.tag === 'string' && n.tag.length > 0;
  }

  private keyOf(key: unknown): string {
    if (!isScalar(key)) {
      throw new Refused(diagnostic('yaml-key-type', this.file, key && typeof key === 'object' ? this.span(key as Node) : undefined, 'Mapping keys must be plain strings'));
    }
    const span = this.span(key);
    const raw = this.file.text.slice(span.start, span.end);
    if (raw === '<<') {
      this.found.push(diagnostic('yaml-merge-key', this.file, span, 'Merge keys (<<) are not supported; write the keys out'));
    }
    // Numbers and booleans as keys keep the text the author wrote (`200`, not 200).
    return typeof key.value === 'string' ? key.value : raw;
  }
}
