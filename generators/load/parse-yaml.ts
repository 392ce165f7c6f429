// YAML text -> plain data + positions, refusing what a spec never needs (tags, merge
// keys, YAML 1.1, several documents, alias bombs, deep nesting). Plain files are read
// straight from yaml's CST (cst-data.ts); the rest go through yaml's Composer and the
// converter below, which report every problem. The yaml Document is dropped once
// converted.
import { Composer, isAlias, isMap, isScalar, isSeq, Lexer, Parser, visit, type Alias, type Document, type Node, type CST } from 'yaml';
import { diagnostic, type Diagnostic } from '../diagnostics/diagnostic.js';
import type { RuleId } from '../diagnostics/catalog.js';
import { cstData } from './cst-data.js';
import { Positions } from './positions.js';
import { lineColumn, type SourceFile } from './source-file.js';

export interface ParsedYaml {
  /** Plain JSON-like data (objects, arrays, strings, numbers, booleans, null). */
  readonly data: unknown;
  readonly positions: Positions;
  readonly diagnostics: readonly Diagnostic[];
}

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

// uniqueKeys off: yaml compares each key with every earlier one (quadratic: a minute for a
// 50k-key mapping); the converter checks duplicates with a Set instead.
const OPTIONS = { uniqueKeys: false, prettyErrors: false, strict: true, merge: false, version: '1.2' } as const;

class Refused extends Error {
  constructor(readonly found: Diagnostic) {
    super(found.message);
  }
}

export function parseYaml(file: SourceFile, limits: ParseLimits = DEFAULT_LIMITS): ParsedYaml {
  return parse(file, limits, true);
}

/** parseYaml through yaml's Composer only: the reference the CST path is tested against. */
export function parseYamlComposed(file: SourceFile, limits: ParseLimits = DEFAULT_LIMITS): ParsedYaml {
  return parse(file, limits, false);
}

function parse(file: SourceFile, limits: ParseLimits, fromCst: boolean): ParsedYaml {
  const positions = new Positions();
  const refuse = (found: readonly Diagnostic[]): ParsedYaml => ({ data: undefined, positions, diagnostics: found });
  if (file.problems && file.problems.length > 0) return refuse(file.problems);

  const tokens = tokenize(file, limits.maxDepth);
  if (!Array.isArray(tokens)) return refuse([tokens]);
  // Most specs are plain YAML: read straight from the tokens. The rest (and every file
  // yaml would complain about) goes through the Composer below.
  const fast = fromCst ? cstData(tokens, limits.maxDepth) : undefined;
  if (fast) return { ...fast, diagnostics: [] };

  const docs: Document.Parsed[] = [];
  for (const doc of new Composer(OPTIONS).compose(tokens, true, file.text.length)) docs.push(doc);
  const doc = docs[0];
  if (!doc) return refuse([diagnostic('empty-file', file, undefined, 'The file is empty or holds only comments')]);
  const problems: Diagnostic[] = [];
  const lines = new Set<number>();
  for (const e of [...doc.errors, ...doc.warnings].sort((a, b) => a.pos[0] - b.pos[0])) {
    // One problem per line: the rest on that line follow from the first (a tab used as
    // indentation also "nests a mapping in a compact mapping").
    const line = lineColumn(file, e.pos[0]).line;
    if (lines.has(line)) continue;
    lines.add(line);
    problems.push(yamlProblem(file, e.code, e.pos, e.message));
  }
  const second = docs[1];
  if (second) {
    problems.push(diagnostic('yaml-syntax', file, { start: second.range[0], end: second.range[0] + 3 },
      'A spec is one YAML document, but a second one starts here (after `---`); merge them or remove the marker'));
  }
  const version = doc.directives?.yaml;
  if (version?.explicit && version.version !== '1.2') {
    const at = /^%YAML\b/m.exec(file.text)?.index;
    problems.push(diagnostic('yaml-version', file, at === undefined ? undefined : { start: at, end: at + 5 },
      `%YAML ${version.version} is not supported: a spec is YAML 1.2 (in 1.1, yes/no are booleans, 0777 is octal and << merges); remove the directive`));
  }
  if (problems.length > 0) return refuse(problems);
  if (isEmpty(doc.contents)) {
    return refuse([diagnostic('empty-file', file, undefined, 'The file is empty or holds only comments')]);
  }
  const converter = new Converter(file, doc, positions, limits);
  try {
    const data = converter.convert(doc.contents, 0, false);
    return { data, positions, diagnostics: converter.found };
  } catch (error) {
    if (error instanceof Refused) return refuse([...converter.found, error.found]);
    throw error;
  }
}

function yamlProblem(file: SourceFile, code: string, pos: readonly [number, number], message: string): Diagnostic {
  let rule: RuleId = 'yaml-syntax';
  let text = message;
  switch (code) {
    case 'TAB_AS_INDENT':
      text = 'Tabs are not allowed as indentation; indent with spaces';
      break;
    case 'TAG_RESOLVE_FAILED':
      // Unknown tags (`!!js/function`, `!custom`): refused like every other tag.
      rule = 'yaml-tag';
      text = `Tag ${file.text.slice(pos[0], pos[1]).split(/\s/)[0] ?? ''} is not allowed; a spec holds plain data`;
      break;
  }
  return diagnostic(rule, file, { start: pos[0], end: Math.max(pos[1], pos[0] + 1) }, text);
}

/**
 * The CST, or a yaml-depth diagnostic. The yaml composer recurses once per nesting
 * level, and its parser slows down with depth, so the depth is bounded here, token by
 * token, before either runs: 100 000 `[` fail in milliseconds instead of overflowing
 * the stack.
 */
function tokenize(file: SourceFile, maxDepth: number): CST.Token[] | Diagnostic {
  const parser = new Parser();
  const tokens: CST.Token[] = [];
  // The parser's stack holds the document and each open collection (plus one token
  // being built), so it is about depth + 2 deep.
  const bound = maxDepth + 3;
  for (const lexeme of new Lexer().lex(file.text)) {
    for (const token of parser.next(lexeme)) tokens.push(token);
    if (parser.stack.length > bound) {
      const at = Math.min(Math.max(0, parser.offset - lexeme.length), file.text.length);
      return diagnostic('yaml-depth', file, { start: at, end: at + 1 }, `Nesting is deeper than ${maxDepth} levels`);
    }
  }
  for (const token of parser.end()) tokens.push(token);
  return tokens;
}

/** No content at all: a file of comments, or only `---` / `...` markers. */
function isEmpty(contents: unknown): boolean {
  if (contents === null || contents === undefined) return true;
  if (!isScalar(contents) || contents.value !== null) return false;
  const range = contents.range ?? [0, 0, 0];
  return range[0] === range[1] && contents.tag === undefined && contents.anchor === undefined;
}

class Converter {
  readonly found: Diagnostic[] = [];
  private aliasNodes = 0;
  private maxAliasNodes = 0;
  /** Each alias with the node it refers to (the last anchor of its name before it); built at the first alias. */
  private targets: Map<Alias, Node> | undefined;
  private outerAlias: Alias | undefined;

  constructor(
    private readonly file: SourceFile,
    private readonly doc: Document,
    private readonly positions: Positions,
    private readonly limits: ParseLimits,
  ) {}

  /** One pass over the document, instead of yaml's Alias.resolve walking all of it per alias. */
  private resolve(alias: Alias): Node | undefined {
    if (!this.targets) {
      const targets = new Map<Alias, Node>();
      const anchors = new Map<string, Node>();
      let nodes = 0;
      visit(this.doc, {
        Node: (_key, node) => {
          nodes++;
          if (isAlias(node)) {
            const target = anchors.get(node.source);
            if (target) targets.set(node, target);
          } else if (node.anchor) {
            anchors.set(node.anchor, node);
          }
        },
      });
      this.targets = targets;
      this.maxAliasNodes = Math.max(this.limits.maxAliasNodes, nodes);
    }
    return this.targets.get(alias);
  }

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
    if (inAlias && ++this.aliasNodes > this.maxAliasNodes) {
      // Pointed at the alias written at top level whose expansion crossed the bound.
      const at = this.outerAlias ?? (node as Node);
      throw new Refused(
        diagnostic('yaml-alias-limit', this.file, this.span(at),
          `Aliases expand to more than ${this.maxAliasNodes} nodes (a "billion laughs" file?); write the data out instead`),
      );
    }
    if (isAlias(node)) {
      if (!inAlias) this.outerAlias = node;
      const target = this.resolve(node);
      if (!target) {
        throw new Refused(diagnostic('yaml-syntax', this.file, this.span(node), `Unresolved alias *${node.source}: no anchor &${node.source} before it`));
      }
      // Anchors come before their aliases, so expansion can only loop through an alias
      // written inside the very node it refers to.
      const t = this.span(target);
      const a = this.span(node);
      if (t.start <= a.start && a.start < t.end) {
        throw new Refused(diagnostic('yaml-alias-limit', this.file, a, `Alias *${node.source} is inside the node &${node.source} it refers to, so it would never end`));
      }
      return this.convert(target, depth + 1, true);
    }
    return this.convertNode(node as Node, depth, inAlias);
  }

  private convertNode(n: Node, depth: number, inAlias: boolean): unknown {
    if ((isScalar(n) || isMap(n) || isSeq(n)) && this.hasExplicitTag(n)) {
      this.found.push(diagnostic('yaml-tag', this.file, this.tagSpan(n), `Tag ${this.tagName(n)} is not allowed; a spec holds plain data`));
      return null;
    }
    if (isScalar(n)) {
      const v = n.value;
      if (typeof v === 'bigint') return Number(v);
      return v === null || typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean' ? v : null;
    }
    if (isSeq(n)) {
      const out: unknown[] = [];
      const range = this.span(n);
      const e = this.positions.reserve(out, n.items.length);
      this.positions.close(e, range.start, range.end);
      n.items.forEach((item, i) => {
        const r = item && typeof item === 'object' && 'range' in item ? this.span(item as Node) : range;
        this.positions.fill(e, i, '', r.start, r.start, r.start, r.end);
      });
      for (const item of n.items) out.push(this.convert(item, depth + 1, inAlias));
      return out;
    }
    if (isMap(n)) {
      const out: Record<string, unknown> = {};
      const range = this.span(n);
      const entries: Array<{ key: string; k: { start: number; end: number }; v: { start: number; end: number }; value: unknown }> = [];
      const seen = new Map<string, number>();
      for (const pair of n.items) {
        const key = this.keyOf(pair.key);
        const k = this.span(pair.key as Node);
        const first = seen.get(key);
        if (first !== undefined) {
          // Compared as the data sees keys: `1:` and `'1':` are the same key.
          this.found.push(diagnostic('yaml-duplicate-key', this.file, k, `Key '${key}' is already set on line ${lineColumn(this.file, first).line} of this mapping; keep one`));
          continue;
        }
        seen.set(key, k.start);
        const v = pair.value && typeof pair.value === 'object' ? this.span(pair.value as Node) : { start: k.end, end: k.end };
        entries.push({ key, k, v, value: pair.value });
      }
      const e = this.positions.reserve(out, entries.length);
      this.positions.close(e, range.start, range.end);
      entries.forEach(({ key, k, v }, i) => this.positions.fill(e, i, key, k.start, k.end, v.start, v.end));
      for (const { key, value } of entries) {
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

  /** The tag as written (`!!binary`), which yaml's ranges leave out: it precedes the node. */
  private tagSpan(n: Node): { start: number; end: number } {
    const span = this.span(n);
    const from = Math.max(0, span.start - 300);
    const before = this.file.text.slice(from, span.start);
    const m = /!\S*(\s+&\S+)?\s*$/.exec(before);
    if (!m) return span;
    const start = from + m.index;
    return { start, end: start + (m[0].split(/\s/)[0] ?? '').length };
  }

  private tagName(n: Node): string {
    return (n.tag ?? '').replace('tag:yaml.org,2002:', '!!');
  }

  private keyOf(key: unknown): string {
    if (!isScalar(key)) {
      throw new Refused(diagnostic('yaml-key-type', this.file, key && typeof key === 'object' ? this.span(key as Node) : undefined, 'Mapping keys must be plain strings'));
    }
    const span = this.span(key);
    if (this.hasExplicitTag(key)) {
      this.found.push(diagnostic('yaml-tag', this.file, this.tagSpan(key), `Tag ${this.tagName(key)} is not allowed; a spec holds plain data`));
    }
    const raw = this.file.text.slice(span.start, span.end);
    if (raw === '<<') {
      this.found.push(diagnostic('yaml-merge-key', this.file, span, 'Merge keys (<<) are not supported; write the keys out'));
    }
    // Numbers and booleans as keys keep the text the author wrote (`200`, not 200).
    return typeof key.value === 'string' ? key.value : raw;
  }
}
