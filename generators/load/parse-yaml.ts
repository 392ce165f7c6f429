// YAML text -> plain data, through yaml's own public API: parseDocument with a
// LineCounter, the Document checked for what a spec never needs (document-checks.ts),
// then toJS(). Positions are looked up in the Document only when a diagnostic needs one
// (locate.ts).
import { LineCounter, isScalar, parseDocument, type Document, type YAMLError } from 'yaml';
import { diagnostic, render, type Diagnostic } from '../diagnostics/diagnostic.js';
import { checkDocument, DEFAULT_LIMITS, type ParseLimits } from './document-checks.js';
import { misindentedLines } from './indentation.js';
import { Locator } from './locate.js';
import { lineColumn, setLineCounter, type SourceFile } from './source-file.js';

export { DEFAULT_LIMITS, type ParseLimits } from './document-checks.js';

export interface ParsedYaml {
  /** Plain JSON-like data (objects, arrays, strings, numbers, booleans, null). */
  readonly data: unknown;
  readonly locator: Locator;
  readonly diagnostics: readonly Diagnostic[];
}

// uniqueKeys and merge are off: duplicates and `<<` are refused by checkDocument.
const OPTIONS = { uniqueKeys: false, prettyErrors: false, strict: true, merge: false, version: '1.2' } as const;

/** yaml's words for a line indented where nothing can start (and what follows from it). */
const INDENTATION = new Set(['BAD_INDENT', 'BLOCK_AS_IMPLICIT_KEY', 'MULTILINE_IMPLICIT_KEY', 'MISSING_CHAR', 'TAB_AS_INDENT', 'UNEXPECTED_TOKEN']);

export function parseYaml(file: SourceFile, limits: ParseLimits = DEFAULT_LIMITS): ParsedYaml {
  const nowhere = new Locator(undefined);
  const refuse = (found: readonly Diagnostic[], locator = nowhere): ParsedYaml => ({ data: undefined, locator, diagnostics: found });
  if (file.problems && file.problems.length > 0) return refuse(file.problems);

  const lines = new LineCounter();
  const doc = parseDocument(file.text, { ...OPTIONS, lineCounter: lines });
  setLineCounter(file, lines);
  const problems = yamlProblems(file, doc);
  const version = doc.directives?.yaml;
  if (version?.explicit && version.version !== '1.2') {
    const at = /^%YAML\b/m.exec(file.text)?.index;
    problems.push(diagnostic(file, at === undefined ? undefined : { start: at, end: at + 5 }, { rule: 'yaml-version', format: { version: version.version } }));
  }
  if (problems.length > 0) return refuse(problems);
  if (isEmpty(doc.contents)) return refuse([diagnostic(file, undefined, { rule: 'empty-file' })]);

  const checked = checkDocument(file, doc, limits);
  const locator = new Locator(doc, checked.aliases);
  if (checked.diagnostics.length > 0) return refuse(checked.diagnostics, locator);
  try {
    return { data: doc.toJS({ maxAliasCount: checked.aliasBound }), locator, diagnostics: [] };
  } catch (error) {
    // toJS's own alias bound; checkDocument's is the stricter, so this is a backstop.
    if (!(error instanceof ReferenceError)) throw error;
    return refuse([diagnostic(file, undefined, { rule: 'yaml-alias-limit', format: { limit: checked.aliasBound } })], locator);
  }
}

/** yaml's errors and warnings as diagnostics: one per line, a misindented line as one. */
function yamlProblems(file: SourceFile, doc: Document): Diagnostic[] {
  // Tags are refused, resolved or not, by checkDocument.
  const errors = [...doc.errors, ...doc.warnings].filter((e) => e.code !== 'TAG_RESOLVE_FAILED').sort((a, b) => a.pos[0] - b.pos[0]);
  if (errors.length === 0) return [];
  // A stack overflow in yaml's composer: nesting far beyond any bound.
  const exhausted = errors.find((e) => e.code === 'RESOURCE_EXHAUSTION');
  if (exhausted) return [diagnostic(file, spanOf(file, exhausted), { rule: 'yaml-depth', format: { limit: DEFAULT_LIMITS.maxDepth } })];

  const line = (e: YAMLError) => lineColumn(file, e.pos[0]).line;
  const found: Diagnostic[] = [];
  let until = Infinity;
  const indentation = errors.filter((e) => INDENTATION.has(e.code));
  if (indentation.length > 0) {
    // yaml may place a misindented line's error on the line before it.
    const from = line(indentation[0] as YAMLError) - 1;
    const lines = misindentedLines(file.text).filter((m) => m.line >= from);
    if (lines.length > 0) {
      // What yaml says from there on follows from those lines.
      until = Math.min(from, (lines[0] as { line: number }).line - 1);
      for (const m of lines) found.push(render(file, { start: m.start, end: m.end }, m.report));
    }
  }
  const seen = new Set<number>();
  for (const e of errors) {
    // One problem per line: the rest on that line follow from the first.
    const at = line(e);
    if (at >= until || seen.has(at)) continue;
    seen.add(at);
    found.push(yamlProblem(file, e));
  }
  return found.sort((a, b) => (a.span?.start ?? 0) - (b.span?.start ?? 0));
}

function spanOf(file: SourceFile, e: YAMLError): { start: number; end: number } {
  const start = Math.min(e.pos[0], file.text.length);
  return { start, end: Math.max(e.pos[1], start + 1) };
}

function yamlProblem(file: SourceFile, e: YAMLError): Diagnostic {
  switch (e.code) {
    case 'TAB_AS_INDENT':
      return diagnostic(file, spanOf(file, e), { rule: 'yaml-syntax', messageId: 'tab' });
    case 'MULTIPLE_DOCS':
      return diagnostic(file, { start: e.pos[0], end: e.pos[0] + 3 }, { rule: 'yaml-syntax', messageId: 'secondDocument' });
    default:
      return diagnostic(file, spanOf(file, e), { rule: 'yaml-syntax', format: { text: e.message } });
  }
}

/** No content at all: a file of comments, or only `---` / `...` markers. */
function isEmpty(contents: unknown): boolean {
  if (contents === null || contents === undefined) return true;
  if (!isScalar(contents) || contents.value !== null) return false;
  const range = contents.range ?? [0, 0, 0];
  return range[0] === range[1] && contents.tag === undefined && contents.anchor === undefined;
}
