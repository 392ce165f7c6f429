// A consumer written from the base package's own declarations, as a user of every
// part of it would write it: every exported value and type used, every enum and const
// member read, every literal of the literal-union types assigned, every message key
// formatted with params of the declared types, `apiError` called with every code's
// init. Compiled against the head package, it shows whether the head still provides
// all of it with compatible types.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import ts from 'typescript';
import { exportsOf, type Exported } from './exports.js';
import { PACKAGE } from './package.js';

type Exports = Map<string, Exported>;

const propertyName = (name: ts.PropertyName): string | undefined =>
  ts.isIdentifier(name) || ts.isStringLiteral(name) || ts.isNumericLiteral(name) ? name.text : undefined;

const literalsOf = (type: ts.TypeNode): string[] | undefined => {
  const members = ts.isUnionTypeNode(type) ? type.types : [type];
  return members.every(ts.isLiteralTypeNode) ? members.map((m) => m.getText()) : undefined;
};

/** Values of a param type as the generator writes them: one per member of a union. */
function samples(type: ts.TypeNode): string[] {
  const literals = literalsOf(type);
  if (literals) return literals;
  return (ts.isUnionTypeNode(type) ? type.types : [type]).map((t) => {
    const text = t.getText();
    return text === 'number' ? '1' : text === 'boolean' ? 'true' : '"x"';
  });
}

const typeArgs = (node: ts.Node): string =>
  (ts.isTypeAliasDeclaration(node) || ts.isInterfaceDeclaration(node)) && node.typeParameters ? `<${node.typeParameters.map(() => 'any').join(', ')}>` : '';

function uses(ns: string, exports: Exports, out: string[]): void {
  for (const [key, { node }] of exports) {
    const name = key.replace(/^type /, '');
    const ref = `${ns}.${name}`;
    if (ts.isTypeAliasDeclaration(node)) {
      const literals = literalsOf(node.type);
      if (literals && !node.typeParameters) for (const l of literals) out.push(`{ const v: ${ref} = ${l}; use(v); }`);
      else out.push(`use(null as unknown as ${ref}${typeArgs(node)});`);
    } else if (ts.isInterfaceDeclaration(node)) {
      out.push(`use(null as unknown as ${ref}${typeArgs(node)});`);
      if (!node.typeParameters) {
        for (const m of node.members) {
          const p = m.name && propertyName(m.name);
          if (p !== undefined) out.push(`use(null as unknown as ${ref}[${JSON.stringify(p)}]);`);
        }
      }
    } else if (ts.isEnumDeclaration(node)) {
      out.push(`use(null as unknown as ${ref});`);
      for (const m of node.members) out.push(`use(${ref}[${JSON.stringify(propertyName(m.name))}]);`);
    } else if (ts.isVariableDeclaration(node)) {
      out.push(`use(${ref});`);
      if (node.type && ts.isTypeLiteralNode(node.type)) {
        for (const m of node.type.members) {
          const p = m.name && propertyName(m.name);
          if (p !== undefined) out.push(`use(${ref}[${JSON.stringify(p)}]);`);
        }
      }
    } else {
      out.push(`use(${ref});`);
    }
  }
}

function typeNode(exports: Exports, name: string): ts.TypeNode | undefined {
  const node = exports.get(`type ${name}`)?.node;
  return node && ts.isTypeAliasDeclaration(node) ? node.type : undefined;
}

function members(exports: Exports, name: string): ts.TypeElement[] {
  const node = exports.get(`type ${name}`)?.node;
  return node && ts.isInterfaceDeclaration(node) ? [...node.members] : [];
}

/**
 * Object literals giving each property of a type literal a sample value: the first
 * sample of each, then one object per other sample of a property (a union's members).
 */
function objectsOf(type: ts.TypeNode): string[] {
  if (!ts.isTypeLiteralNode(type)) return [];
  const props = type.members.flatMap((m) => {
    const name = ts.isPropertySignature(m) && m.type && m.name ? propertyName(m.name) : undefined;
    return name !== undefined && ts.isPropertySignature(m) && m.type ? [{ name: JSON.stringify(name), values: samples(m.type) }] : [];
  });
  const objectWith = (pick: (i: number) => string): string => `{ ${props.map((p, i) => `${p.name}: ${pick(i)}`).join(', ')} }`;
  const first = objectWith((i) => props[i]?.values[0] ?? '');
  const variants = props.flatMap((p, i) => p.values.slice(1).map((v) => objectWith((j) => (j === i ? v : (props[j]?.values[0] ?? '')))));
  return [first, ...variants];
}

function messageCalls(ns: string, exports: Exports, out: string[]): void {
  if (!exports.has('formatMessage')) return;
  const plain = typeNode(exports, 'PlainMessageKey');
  for (const key of (plain && literalsOf(plain)) ?? []) out.push(`use(${ns}.formatMessage(${key}));`);
  for (const m of members(exports, 'MessageParams')) {
    const key = m.name && propertyName(m.name);
    const params = ts.isPropertySignature(m) && m.type ? objectsOf(m.type) : [];
    if (key !== undefined) for (const p of params) out.push(`use(${ns}.formatMessage(${JSON.stringify(key)}, ${p}));`);
  }
}

function apiErrorCalls(ns: string, exports: Exports, out: string[]): void {
  // Once, in the module that also exports the code values (the root).
  const codes = typeNode(exports, 'ErrorCodeValue');
  if (!exports.has('apiError') || codes === undefined) return;
  const numeric = codes !== undefined && (literalsOf(codes) ?? []).some((l) => !l.startsWith('"'));
  for (const m of members(exports, 'ErrorInits')) {
    const key = m.name && propertyName(m.name);
    if (key === undefined || !ts.isPropertySignature(m) || !m.type) continue;
    const code = numeric ? key : JSON.stringify(key);
    for (const init of ts.isUnionTypeNode(m.type) ? m.type.types : [m.type]) {
      if (!ts.isTypeLiteralNode(init)) continue;
      const fields: string[] = [];
      let params: string[] = [];
      for (const f of init.members) {
        if (!ts.isPropertySignature(f) || !f.type || !f.name) continue;
        const name = propertyName(f.name);
        if (name === 'causeId' && ts.isLiteralTypeNode(f.type)) fields.push(`causeId: ${f.type.getText()}`);
        if (name === 'params') params = objectsOf(f.type);
      }
      if (params.length === 0) out.push(`use(${ns}.apiError(${code}, { ${fields.join(', ')} }));`);
      for (const p of params) out.push(`use(${ns}.apiError(${code}, { ${[...fields, `params: ${p}`].join(', ')} }));`);
    }
  }
}

/** The consumer's source, from the package installed at `pkgDir`. */
export function consumerSource(pkgDir: string): string {
  const pkg = JSON.parse(readFileSync(join(pkgDir, 'package.json'), 'utf8')) as { exports: Record<string, string | { types: string }> };
  const imports: string[] = [];
  const body: string[] = [];
  Object.entries(pkg.exports).forEach(([subpath, target], i) => {
    if (typeof target === 'string') return;
    const ns = `m${i}`;
    imports.push(`import * as ${ns} from ${JSON.stringify(PACKAGE + subpath.slice(1))};`);
    const exports = exportsOf(join(pkgDir, target.types));
    uses(ns, exports, body);
    messageCalls(ns, exports, body);
    apiErrorCalls(ns, exports, body);
  });
  return [...imports, '', 'declare function use(...values: unknown[]): void;', '', ...body, ''].join('\n');
}
