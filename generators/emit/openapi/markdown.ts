// OpenAPI `description` fields are CommonMark, so user text placed in them is
// escaped to render as itself: no emphasis, links, HTML or block structure.
// Fields that are plain text (example `summary` and `value`, `x-` extensions)
// carry the text unchanged.

// `<`, `>` and `&` become entities rather than backslash escapes so that the raw
// characters never appear: tools scan descriptions for `<script` and friends.
const ENTITIES: Readonly<Record<string, string>> = { '&': '&amp;', '<': '&lt;', '>': '&gt;' };

// Inline syntax in CommonMark and GFM: escapes, code, emphasis, links and images
// (an escaped `[` disarms `![`), tables, strikethrough.
const INLINE = /[\\`*_[\]|~]/g;

// What opens a block at the start of a line: ATX headings, bullet and ordered
// list items, setext underlines and GFM table delimiter rows (`:-`, `--:`).
// Fences, quotes and HTML are disarmed by the inline escapes above.
const BLOCK_MARKER = /^(?:#{1,6}|[-+]|\d{1,9}[.)])(?=[ \t]|$)|^[-=:](?=[-=: \t]*$)/;

// A line with none of the characters the escapes below act on is already safe.
const NEEDS_ESCAPE = /^[ \t#+\-=:0-9]|[&<>\\`*_[\]|~]/;

function escapeLine(line: string): string {
  if (!NEEDS_ESCAPE.test(line)) return line;
  let text = line
    .replace(/[&<>]/g, (c) => ENTITIES[c] ?? c)
    .replace(INLINE, '\\$&')
    // Escaped or not, `](` is what link scanners look for.
    .replace(/\]\(/g, ']\\(');
  // Leading blanks would be stripped or open a code block; entities keep them.
  const indent = /^[ \t]*/.exec(text)?.[0] ?? '';
  text = text.slice(indent.length);
  const marker = BLOCK_MARKER.exec(text)?.[0];
  if (marker !== undefined) {
    // `1.` is disarmed at its punctuation, the others at their first character.
    text = /^\d/.test(marker)
      ? `${marker.slice(0, -1)}\\${text.slice(marker.length - 1)}`
      : `\\${text}`;
  }
  return indent.replace(/ /g, '&#32;').replace(/\t/g, '&#9;') + text;
}

// A loop, not /[ \t\r\n]+$/: the regex retries every run of blanks from each of
// its positions, quadratic in the run's length.
function trimEndBlanks(text: string): string {
  let end = text.length;
  while (end > 0 && ' \t\r\n'.includes(text.charAt(end - 1))) end--;
  return text.slice(0, end);
}

/**
 * User text for a CommonMark field; its line breaks become hard breaks. Blank
 * lines before the text and blanks after it are dropped: no renderer shows them.
 */
export function markdownText(text: string): string {
  return trimEndBlanks(text.replace(/^(?:[ \t]*(?:\r\n|\r|\n))+/, ''))
    .split(/\r\n|\r|\n/)
    .map(escapeLine)
    .join('\\\n');
}

/** An identifier (a code's name) as inline code: names are `[A-Za-z_][A-Za-z0-9_]*`. */
export function markdownName(name: string): string {
  return /^[A-Za-z0-9_]+$/.test(name) ? `\`${name}\`` : markdownText(name);
}
