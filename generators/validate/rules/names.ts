// Symbolic names and aliases: unique (also case-insensitively, since generated files and
// anchors may land on case-insensitive file systems and URLs), in the declared
// convention, valid identifiers, not reserved words.
import { asArray, errorEntries, own, str, type Rule } from '../context.js';
import type { PathSegment } from '../../load/positions.js';

const CONVENTIONS: Record<string, RegExp> = {
  SCREAMING_SNAKE_CASE: /^[A-Z][A-Z0-9]*(_[A-Z0-9]+)*$/,
  PascalCase: /^[A-Z][A-Za-z0-9]*$/,
  camelCase: /^[a-z][A-Za-z0-9]*$/,
};

/** ECMAScript and TypeScript reserved words, and names that break object lookups. */
export const RESERVED_NAMES: ReadonlySet<string> = new Set([
  'break', 'case', 'catch', 'class', 'const', 'continue', 'debugger', 'default', 'delete', 'do', 'else',
  'enum', 'export', 'extends', 'false', 'finally', 'for', 'function', 'if', 'import', 'in', 'instanceof',
  'new', 'null', 'return', 'super', 'switch', 'this', 'throw', 'true', 'try', 'typeof', 'var', 'void',
  'while', 'with', 'implements', 'interface', 'let', 'package', 'private', 'protected', 'public', 'static',
  'yield', 'await', 'arguments', 'eval', 'undefined', 'NaN', 'Infinity',
  '__proto__', 'constructor', 'prototype',
]);

export const nameRules: Rule = (ctx) => {
  const naming = str(own(own(ctx.data, 'codes'), 'naming')) ?? 'SCREAMING_SNAKE_CASE';
  const pattern = CONVENTIONS[naming];
  const exact = new Map<string, string>();
  const folded = new Map<string, string>();
  const check = (name: unknown, path: PathSegment[], what: string) => {
    if (typeof name !== 'string') return;
    if (RESERVED_NAMES.has(name)) {
      ctx.report('name-reserved', path, `${what} ${name} is a reserved word or property name`);
    } else if (pattern && !pattern.test(name)) {
      ctx.report('name-convention', path, `${what} ${name} does not follow ${naming}`);
    }
    const first = exact.get(name);
    if (first !== undefined) {
      ctx.report('duplicate-name', path, `${what} ${name} is already used by ${first}`);
      return;
    }
    const lower = name.toLowerCase();
    const sameFold = folded.get(lower);
    if (sameFold !== undefined) {
      ctx.report('name-case-collision', path, `${what} ${name} differs from ${sameFold} only by case`);
    }
    exact.set(name, `the code at ${path.slice(0, 2).join('/')}`);
    folded.set(lower, name);
  };
  for (const [entry, i] of errorEntries(ctx.data)) {
    check(own(entry, 'name'), ['errors', i, 'name'], 'Name');
    const aliases = asArray(own(entry, 'aliases'));
    for (let a = 0; a < aliases.length; a++) check(aliases[a], ['errors', i, 'aliases', a], 'Alias');
  }
};
