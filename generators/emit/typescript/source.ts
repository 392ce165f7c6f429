// Rendering a file through ts-morph's writer. Indentation is written by the emitters
// as plain spaces: the writer indents by guessing whether it is inside a string or
// comment, and user text (quotes, backticks, `/*`) can fool that guess.
import { NewLineKind, Project } from 'ts-morph';

/** Writes one line (no line break inside). */
export type Emit = (line: string) => void;

export interface SourceRenderer {
  render(build: (emit: Emit) => void): string;
}

export function createRenderer(): SourceRenderer {
  const project = new Project({
    useInMemoryFileSystem: true,
    manipulationSettings: { newLineKind: NewLineKind.LineFeed },
  });
  return {
    render(build) {
      // The writer alone, not `createSourceFile`: that would parse every file into an
      // AST nothing reads (a quarter of the generator's time at 50k codes); the
      // transpile steps parse it anyway and report any syntax error.
      const writer = project.createWriter();
      build((line) => {
        writer.write(line).newLine();
      });
      return withOneFinalNewline(writer.toString());
    },
  };
}

export function withOneFinalNewline(text: string): string {
  let end = text.length;
  while (end > 0 && text.charCodeAt(end - 1) === 10) end--;
  return end === text.length - 1 ? text : `${text.slice(0, end)}\n`;
}
