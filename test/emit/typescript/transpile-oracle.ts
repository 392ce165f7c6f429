// The compiler's own `.js` and `.d.ts` for a generated `.ts`, with the options and
// header handling the generator used when it called TypeScript: the oracle that
// the generator's direct output must equal byte for byte.
import ts from 'typescript';

const compilerOptions: ts.CompilerOptions = {
  module: ts.ModuleKind.ESNext,
  target: ts.ScriptTarget.ES2022,
  newLine: ts.NewLineKind.LineFeed,
};

// Nothing here reads JSDoc, and parsing it for every member is a third of the cost.
const jsDocParsingMode = ts.JSDocParsingMode.ParseNone;

/** Comments are dropped from the JavaScript (editors read the .d.ts); the notice is put back. */
export function transpileJs(source: string, fileName: string, header: string): string {
  const out = ts.transpileModule(source, {
    compilerOptions: { ...compilerOptions, removeComments: true },
    fileName,
    reportDiagnostics: true,
    jsDocParsingMode,
  });
  failOn(out.diagnostics, fileName);
  return withHeader(out.outputText, header);
}

/** Declarations from the explicit types alone (the sources satisfy isolatedDeclarations). */
export function transpileDts(source: string, fileName: string, header: string): string {
  const out = ts.transpileDeclaration(source, { compilerOptions, fileName, reportDiagnostics: true, jsDocParsingMode });
  failOn(out.diagnostics, fileName);
  return withHeader(out.outputText, header);
}

/** Diagnostics mean the generator wrote invalid or non-isolated code. */
function failOn(diagnostics: readonly ts.Diagnostic[] | undefined, fileName: string): void {
  if (diagnostics === undefined || diagnostics.length === 0) return;
  const messages = diagnostics.map((d) => ts.flattenDiagnosticMessageText(d.messageText, '\n'));
  throw new Error(`generated ${fileName} does not transpile:\n${messages.join('\n')}`);
}

/** The notice first, exactly once (declaration emit may keep it as the first comment, JS drops it). */
function withHeader(text: string, header: string): string {
  const body = withOneFinalNewline(text);
  return body.startsWith(`${header}\n`) ? body : `${header}\n${body}`;
}

function withOneFinalNewline(text: string): string {
  let end = text.length;
  while (end > 0 && text.charCodeAt(end - 1) === 10) end--;
  return end === text.length - 1 ? text : `${text.slice(0, end)}\n`;
}
