// One strict TypeScript program over several consumers, each resolving the package
// from its own node_modules: one compiler run however many cases there are.
import { dirname, relative } from 'node:path';
import ts from 'typescript';

const options: ts.CompilerOptions = {
  strict: true,
  exactOptionalPropertyTypes: true,
  noUncheckedIndexedAccess: true,
  module: ts.ModuleKind.NodeNext,
  moduleResolution: ts.ModuleResolutionKind.NodeNext,
  target: ts.ScriptTarget.ES2022,
  lib: ['lib.es2022.d.ts'],
  types: [],
  noEmit: true,
  // The package's own declarations are checked by the package tests; here only their use.
  skipLibCheck: true,
};

/** Type errors per consumer folder (empty when it compiles), formatted one per line. */
// The standard library is the same for every program: parsed once per test file.
const host = ts.createCompilerHost(options);
const libFiles = new Map<string, ts.SourceFile | undefined>();
const readSource = host.getSourceFile.bind(host);
host.getSourceFile = (fileName, languageVersion, onError, shouldCreate) => {
  if (!fileName.startsWith(dirname(ts.getDefaultLibFilePath(options)))) return readSource(fileName, languageVersion, onError, shouldCreate);
  if (!libFiles.has(fileName)) libFiles.set(fileName, readSource(fileName, languageVersion, onError, shouldCreate));
  return libFiles.get(fileName);
};

export function compileConsumers(roots: readonly string[]): Map<string, string[]> {
  const program = ts.createProgram({ rootNames: [...roots], options, host });
  const out = new Map<string, string[]>(roots.map((r) => [dirname(r), []]));
  for (const d of ts.getPreEmitDiagnostics(program)) {
    const file = d.file?.fileName;
    const dir = file === undefined ? undefined : [...out.keys()].find((k) => file.startsWith(`${k}/`));
    const where = d.file && d.start !== undefined ? `${relative(dir ?? '', d.file.fileName)}:${d.file.getLineAndCharacterOfPosition(d.start).line + 1}` : '';
    const line = `${where} TS${d.code}: ${ts.flattenDiagnosticMessageText(d.messageText, ' ')}`;
    if (dir === undefined) throw new Error(`harness: a diagnostic outside every consumer: ${line}`);
    out.get(dir)?.push(line);
  }
  return out;
}
