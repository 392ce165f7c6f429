// `.js` and `.d.ts` for npm consumers, per file and without a type checker:
// transpileModule strips types, transpileDeclaration emits declarations from the
// explicit types alone (the sources are written to satisfy isolatedDeclarations).
import { ts } from 'ts-morph';
import { withOneFinalNewline } from './source.js';

const compilerOptions: ts.CompilerOptions = {
  module: ts.ModuleKind.ESNext,
  target: ts.ScriptTarget.ES2022,
  newLine: ts.NewLineKind.LineFeed,
};

// Nothing here reads JSDoc, and parsing it for every member is a third of the cost.
const jsDocParsingMode = ts.JSDocParsingMode.ParseNone;

/**
 * Comments are dropped from the JavaScript: editors read the docs from the .d.ts, and
 * 50k member docs would double the file and the emit time. The notice is put back.
 */
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

export function transpileDts(source: string, fileName: string, header: string): string {
  const out = ts.transpileDeclaration(source, { compilerOptions, fileName, reportDiagnostics: true, jsDocParsingMode });
  failOn(out.diagnostics, fileName);
  return withHeader(out.outputText, header);
}

/** Diagnostics here mean the generator wrote invalid or non-isolated code: a bug, never user error. */
function failOn(diagnostics: readonly ts.Diagnostic[] | undefined, fileName: string): void {
  if (diagnostics === undefined || diagnostics.length === 0) return;
  const messages = diagnostics.map((d) => ts.flattenDiagnosticMessageText(d.messageText, '\n'));
  throw new Error(`errspec: generated ${fileName} does not transpile:\n${messages.join('\n')}`);
}

/** The notice first, exactly once (declaration emit keeps it as the first comment, JS drops it). */
function withHeader(text: string, header: string): string {
  const body = withOneFinalNewline(text);
  return body.startsWith(`${header}\n`) ? body : `${header}\n${body}`;
}
