// Escaping user text for markdown (GFM). Templates never see raw text: these helpers
// are the only way text reaches a page.

// Every ASCII punctuation character that inline markdown (GFM, GitHub math, HTML,
// entities, tables) could give a meaning; CommonMark lets a backslash escape each.
// `&` only where it would start a character reference: elsewhere (a URL's query) an
// escape would show up verbatim inside GFM's autolinks.
const INLINE_SPECIAL = /[\\`*_[\]<>|~$!]|&(?=#?[A-Za-z0-9]+;)/g;
// Markers that matter only at the start of a line (headings, quotes, lists).
const LINE_START = /^(\s*)(?:([#>+=-])|(\d+)([.)]))/;
// Fast paths (a docs page calls these helpers ~10 times per row): most texts hold no
// line break, nothing to escape, and nothing a code span must guard.
const LINE_BREAK = /[\r\n\u2028\u2029]/;
const HAS_SPECIAL = new RegExp(INLINE_SPECIAL.source);
const CODE_SPECIAL = /[`|\r\n]/;
// Bare URLs and e-mail addresses still become links on GitHub (GFM autolinks them even
// when escaped); their visible text stays exactly the same, so that is accepted.

/** Text inside a table cell: one line, `|` escaped, line breaks as `<br>`. */
export function escapeCell(text: string): string {
  if (!LINE_BREAK.test(text)) return escapeInlineLine(text);
  return splitLines(text).map(escapeInlineLine).join('<br>');
}

/** Text in a paragraph or heading: one line, line breaks as spaces. */
export function escapeInline(text: string): string {
  if (!LINE_BREAK.test(text)) return escapeLineStart(escapeInlineLine(text));
  return escapeLineStart(splitLines(text).map(escapeInlineLine).join(' '));
}

/** A code span that survives backticks in the value and `|` inside tables. */
export function codeSpan(value: string): string {
  if (!CODE_SPECIAL.test(value) && !value.startsWith(' ')) return `\`${value}\``;
  const longest = Math.max(0, ...[...value.matchAll(/`+/g)].map((m) => m[0].length));
  const fence = '`'.repeat(longest + 1);
  const body = value.replace(/\|/g, '\\|').replace(/[\r\n]+/g, ' ');
  const pad = body.startsWith('`') || body.endsWith('`') || body.startsWith(' ') ? ' ' : '';
  return `${fence}${pad}${body}${pad}${fence}`;
}

/** A stable HTML id for a code value: letters, digits, `-` and `_`, others hex-escaped. */
export function codeAnchor(value: string | number): string {
  return `code-${String(value).replace(/[^A-Za-z0-9_-]/g, (c) => `_${c.codePointAt(0)!.toString(16)}_`)}`;
}

function splitLines(text: string): string[] {
  return text.split(/\r\n|\r|\n|\u2028|\u2029/);
}

function escapeInlineLine(line: string): string {
  if (!HAS_SPECIAL.test(line)) return line;
  return line.replace(INLINE_SPECIAL, (c) => (c === '&' ? '&amp;' : `\\${c}`));
}

function escapeLineStart(line: string): string {
  return line.replace(LINE_START, (_m, space: string, marker?: string, digits?: string, dot?: string) =>
    marker !== undefined ? `${space}\\${marker}` : `${space}${digits}\\${dot}`,
  );
}
