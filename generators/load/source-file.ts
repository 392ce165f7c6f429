// A spec or config file as text, with lazy offset -> line:column mapping: positions are
// kept as offsets and turned into lines only when a diagnostic is printed.
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

const lineStartCache = new WeakMap<SourceFile, number[]>();

function lineStarts(file: SourceFile): number[] {
  let starts = lineStartCache.get(file);
  if (!starts) {
    starts = [0];
    const { text } = file;
    for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) starts.push(i + 1);
    lineStartCache.set(file, starts);
  }
  return starts;
}

export function lineColumn(file: SourceFile, offset: number): LineColumn {
  const starts = lineStarts(file);
  let lo = 0;
  let hi = starts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if ((starts[mid] ?? 0) <= offset) lo = mid;
    else hi = mid - 1;
  }
  return { line: lo + 1, column: offset - (starts[lo] ?? 0) + 1 };
}

/** The text of 1-based line `line`, without its line end. */
export function lineText(file: SourceFile, line: number): string {
  const starts = lineStarts(file);
  const start = starts[line - 1];
  if (start === undefined) return '';
  const next = starts[line];
  return file.text.slice(start, next === undefined ? undefined : next - 1);
}
