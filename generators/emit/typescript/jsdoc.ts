// User text inside `/** ... */`. Three hazards: `*/` ends the comment early, a line
// break inside the text would start a line without the ` * ` prefix, and `@word`
// after whitespace starts a JSDoc tag (e.g. a summary that injects `@deprecated`).

const LINE_BREAK = /\r\n|[\r\n\u2028\u2029]/;

/** One text as JSDoc body lines: split on every line terminator JS knows, each line made inert. */
export function jsDocTextLines(text: string): string[] {
  return text.split(LINE_BREAK).map(jsDocLine);
}

function jsDocLine(line: string): string {
  return line
    .replace(/\*\//g, '*\\/')
    // A backslash keeps TS from reading a tag; markdown renderers show a plain `@`.
    .replace(/(^|[\s{])@/g, '$1\\@')
    .trimEnd();
}

/**
 * A whole JSDoc block at `indent`. `lines` are already-split body lines (from
 * `jsDocTextLines` or trusted generator text); an empty string is a blank line.
 * Every line ends trimmed (a list item can start with an empty text line), which is
 * also how declaration emit copies a comment, so the .d.ts can reuse the block.
 */
export function jsDocBlock(lines: readonly string[], indent = ''): string[] {
  const out = [`${indent}/**`];
  for (const line of lines) out.push(`${indent} * ${line}`.trimEnd());
  out.push(`${indent} */`);
  return out;
}
