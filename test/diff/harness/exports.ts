// What a package's declaration files export, read syntactically (no type checking):
// each exported name with the declaration it resolves to, following `export *` and
// `export { a } from` into the files they name.
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import ts from 'typescript';

export interface Exported {
  readonly node: ts.Node;
  readonly file: ts.SourceFile;
}

const cache = new Map<string, Map<string, Exported>>();

const hasExport = (node: ts.Node): boolean =>
  ts.canHaveModifiers(node) && (ts.getModifiers(node) ?? []).some((m) => m.kind === ts.SyntaxKind.ExportKeyword);

/** `./x.js` in a `.d.ts` names `./x.d.ts`. */
const declarationPath = (from: string, specifier: string): string => join(dirname(from), specifier.replace(/\.js$/, '.d.ts'));

export function exportsOf(path: string): Map<string, Exported> {
  const cached = cache.get(path);
  if (cached) return cached;
  const file = ts.createSourceFile(path, readFileSync(path, 'utf8'), ts.ScriptTarget.ES2022, true);
  const out = new Map<string, Exported>();
  for (const node of file.statements) {
    if (ts.isExportDeclaration(node)) {
      const target = node.moduleSpecifier && ts.isStringLiteral(node.moduleSpecifier) ? declarationPath(path, node.moduleSpecifier.text) : undefined;
      if (!target) continue;
      const from = exportsOf(target);
      if (!node.exportClause) for (const [name, e] of from) out.set(name, e);
      else if (ts.isNamedExports(node.exportClause)) {
        for (const spec of node.exportClause.elements) {
          const name = (spec.propertyName ?? spec.name).text;
          for (const prefix of ['', 'type ']) {
            const e = from.get(prefix + name);
            if (e) out.set(prefix + spec.name.text, e);
          }
        }
      }
      continue;
    }
    if (!hasExport(node)) continue;
    if (ts.isVariableStatement(node)) {
      for (const d of node.declarationList.declarations) if (ts.isIdentifier(d.name)) out.set(d.name.text, { node: d, file });
    } else if (
      (ts.isFunctionDeclaration(node) || ts.isEnumDeclaration(node) || ts.isInterfaceDeclaration(node) || ts.isTypeAliasDeclaration(node) || ts.isClassDeclaration(node)) &&
      node.name
    ) {
      // Overloads and declaration merging (a const and a type of one name) keep the first of each kind.
      const key = ts.isTypeAliasDeclaration(node) || ts.isInterfaceDeclaration(node) ? `type ${node.name.text}` : node.name.text;
      if (!out.has(key)) out.set(key, { node, file });
    }
  }
  cache.set(path, out);
  return out;
}
