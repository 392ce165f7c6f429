// A spec or config file as text, with offset -> line:column mapping by yaml's LineCounter:
// positions are kept as offsets and turned into lines only when a diagnostic is printed.
import { LineCounter } from 'yaml';
import type { Diagnostic } from '../diagnostics/diagnostic.js';

export interface SourceFile {
  /** Path as shown to the user (relative to cwd where possible, `/` separators). */
  readonly path: string;
  readonly text: string;
  /**
   * Whole-file problems found while reading (invalid UTF-8, over the size bound).
   * `parseYaml` reports them and parses nothing, so they reach the user like any other
   * spec diagnostic (exit 1, `--format json`) instead of as a bare tool error.
   */
  readonly problems?: readonly Diagnostic[];
}

export interface LineColumn {
  /** 1-based. */
  readonly line: number;
  /** 1-based, in UTF-16 code units like editors and tsc. */
  readonly column: number;
}

const lineIndex = new WeakMap<SourceFile, LineCounter>();

/** Hands over the LineCounter yaml's parser filled while reading `file`, so the text is not scanned again. */
export function setLineCounter(file: SourceFile, lines: LineCounter): void {
  lineIndex.set(file, lines);
}

/** The file's line starts, from the parser or (for a file never parsed) counted here. */
function lines(file: SourceFile): LineCounter {
  let counter = lineIndex.get(file);
  if (!counter) {
    counter = new LineCounter();
    counter.addNewLine(0);
    const { text } = file;
    for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) counter.addNewLine(i + 1);
    lineIndex.set(file, counter);
  }
  return counter;
}

export function lineColumn(file: SourceFile, offset: number): LineColumn {
  const { line, col } = lines(file).linePos(offset);
  return { line, column: col };
}

/** The text of 1-based line `line`, without its line end. */
export function lineText(file: SourceFile, line: number): string {
  const starts = lines(file).lineStarts;
  const start = starts[line - 1];
  if (start === undefined) return '';
  const next = starts[line];
  return file.text.slice(start, next === undefined ? undefined : next - 1);
}
