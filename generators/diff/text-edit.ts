// The old and new wording of a text change, for the formats that show it.
import type { Change } from './change.js';

export interface TextEdit {
  readonly before: string;
  readonly after: string;
}

/** The source-locale texts before and after, when the change is a text edit that has both. */
export function textEdit(c: Change): TextEdit | undefined {
  if (c.key === undefined || typeof c.before !== 'string' || typeof c.after !== 'string') return undefined;
  return { before: c.before, after: c.after };
}
