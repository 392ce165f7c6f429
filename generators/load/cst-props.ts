// yaml's Composer checks on the tokens around a node (its resolve-props.js,
// resolve-end.js and util-empty-scalar-position.js), ported for the tokens the fast
// loader accepts: white space, comments, newlines, one indicator and, in flow
// collections, one comma. Anything else (anchors, tags, errors) is refused, and so is
// every token sequence the Composer would report, so that a file these functions
// accept is one the Composer accepts without a word.
import type { CST } from 'yaml';

type Indicator = 'doc-start' | 'explicit-key-ind' | 'map-value-ind' | 'seq-item-ind';

/** What resolveProps reports, for the last list read; reused to spare an object per node. */
export class Props {
  private indicator: CST.SourceToken | null = null;
  comma: CST.SourceToken | null = null;
  hasNewline = false;
  hasComment = false;
  /** Offset after the last token (resolveProps' `end`, and `start` when there are no anchors or tags). */
  end = 0;

  /** The indicator met (a method, not a field, so that TypeScript narrows nothing across reads). */
  found(): CST.SourceToken | null {
    return this.indicator;
  }

  /** Reads `tokens` as resolveProps would; false when it would report a problem or meets a token refused here. */
  read(
    tokens: readonly CST.SourceToken[],
    indicator: Indicator,
    next: CST.Token | null | undefined,
    offset: number,
    parentIndent: number,
    startOnNewline: boolean,
    flow: boolean,
  ): boolean {
    let atNewline = startOnNewline;
    let hasSpace = startOnNewline;
    let tab: CST.SourceToken | null = null;
    this.indicator = null;
    this.comma = null;
    this.hasNewline = false;
    this.hasComment = false;
    for (const token of tokens) {
      if (tab) {
        if (atNewline && token.type !== 'comment' && token.type !== 'newline') return false;
        tab = null;
      }
      switch (token.type) {
        case 'space':
          // At the document level, yaml reads tabs before a flow collection as white space.
          if (!flow && (indicator !== 'doc-start' || next?.type !== 'flow-collection') && token.source.includes('\t')) tab = token;
          hasSpace = true;
          break;
        case 'comment':
          if (!hasSpace) return false;
          this.hasComment = true;
          atNewline = false;
          break;
        case 'newline':
          atNewline = true;
          this.hasNewline = true;
          hasSpace = true;
          break;
        case indicator:
          if (this.indicator) return false;
          this.indicator = token;
          atNewline = indicator === 'seq-item-ind' || indicator === 'explicit-key-ind';
          hasSpace = false;
          break;
        case 'comma':
          if (!flow || this.comma) return false;
          this.comma = token;
          atNewline = false;
          hasSpace = false;
          break;
        default:
          return false;
      }
    }
    const last = tokens[tokens.length - 1];
    this.end = last ? last.offset + last.source.length : offset;
    if (tab && ((atNewline && tab.indent <= parentIndent) || next?.type === 'block-map' || next?.type === 'block-seq')) return false;
    return true;
  }
}

/** resolveEnd: the offset after the white space and comments that close a node, or -1 where yaml would object. */
export function endOffset(end: readonly CST.SourceToken[] | undefined, offset: number, strict: boolean): number {
  if (!end) return offset;
  let hasSpace = false;
  for (const token of end) {
    switch (token.type) {
      case 'space':
      case 'newline':
        hasSpace = true;
        break;
      case 'comment':
        if (strict && !hasSpace) return -1;
        break;
      default:
        return -1;
    }
    offset += token.source.length;
  }
  return offset;
}

/** emptyScalarPosition: where yaml places a value left empty, after the indicator and its spaces. */
export function emptyAt(offset: number, before: readonly CST.SourceToken[] | undefined): number {
  if (!before) return offset;
  for (let i = before.length - 1; i >= 0; --i) {
    const st = before[i] as CST.SourceToken;
    if (st.type === 'space' || st.type === 'comment' || st.type === 'newline') {
      offset -= st.source.length;
      continue;
    }
    for (let j = i + 1; before[j]?.type === 'space'; j++) offset += (before[j] as CST.SourceToken).source.length;
    break;
  }
  return offset;
}
