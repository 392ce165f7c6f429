// One generated source as three files written side by side: the `.ts`, and the `.js`
// and `.d.ts` that TypeScript would emit from it (module ESNext, target ES2022,
// comments removed from the `.js`). Emitters know what each of their lines becomes, so
// no compiler runs here; test/emit/typescript checks every output against the compiler.
// Lines are collected in arrays and joined once, so rendering is linear in the model.

/** Writes one line (no line break inside) to one file. */
export type Sink = (line: string) => void;

export interface Emit {
  readonly ts: Sink;
  readonly js: Sink;
  readonly dts: Sink;
}

export interface RenderedSource {
  readonly ts: string;
  /** Empty when the .js and .d.ts were not asked for. */
  readonly js: string;
  readonly dts: string;
}

/**
 * Renders the three files, each headed by the notice (then a blank line in the `.ts`;
 * the compiler's output has none). With `withJs` false only the `.ts` is built.
 */
export function renderSource(header: string, withJs: boolean, write: (emit: Emit) => void): RenderedSource {
  const ts: string[] = [header, ''];
  const js: string[] = withJs ? [header] : [];
  const dts: string[] = withJs ? [header] : [];
  const ignore: Sink = () => {};
  write({
    ts: (line) => ts.push(line),
    js: withJs ? (line) => js.push(line) : ignore,
    dts: withJs ? (line) => dts.push(line) : ignore,
  });
  return { ts: text(ts), js: withJs ? text(js) : '', dts: withJs ? text(dts) : '' };
}

/**
 * Every emitter ends on a non-blank line, so this is exactly one final newline. Joined
 * with an empty last line rather than `+ '\n'`: that would make a rope, which the writer
 * must flatten, copying the whole file once more.
 */
function text(lines: string[]): string {
  lines.push('');
  return lines.join('\n');
}

/** A multi-line text constant (a static part of a file), line by line. */
export function emitText(sink: Sink, text: string): void {
  for (const line of text.split('\n')) sink(line);
}
