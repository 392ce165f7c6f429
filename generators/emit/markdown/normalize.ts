// The page as the template rendered it -> LF, no trailing blanks, no runs of blank
// lines, one final newline; whatever the template's own layout. Line by line: the
// regex `[ \t]+$` per line end tries every blank of a 10 MB page.

/** At most this many empty lines in a row; before any content, one more (as `\n{3,}` -> `\n\n` gives). */
const MAX_BLANK_BETWEEN = 1;

export function normalizePage(text: string): string {
  const out: string[] = [];
  let blanks = 0;
  let content = false;
  // U+2028/U+2029 end a line for `$` too, so blanks before them go as well.
  const separators = /[\u2028\u2029]/.test(text);
  for (const raw of text.split(/\r\n?|\n/)) {
    const line = separators ? raw.replace(/[ \t]+$/gm, '') : endsWithBlank(raw) ? raw.replace(/[ \t]+$/, '') : raw;
    if (line === '') {
      blanks++;
      if (blanks > MAX_BLANK_BETWEEN + (content ? 0 : 1)) continue;
    } else {
      blanks = 0;
      content = true;
    }
    out.push(line);
  }
  // trimEnd of the whole page, line by line: a whitespace-only last line goes entirely.
  while (out.length > 0) {
    const last = (out.pop() as string).trimEnd();
    if (last !== '') {
      out.push(last);
      break;
    }
  }
  if (out.length === 0) return '\n';
  // An empty last line instead of `+ '\n'`, which would leave a rope for the writer to copy.
  out.push('');
  return out.join('\n');
}

function endsWithBlank(line: string): boolean {
  const last = line.charCodeAt(line.length - 1);
  return last === 32 || last === 9;
}
