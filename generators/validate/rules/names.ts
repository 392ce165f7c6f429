// Symbolic names, synonyms and aliases: unique (also case-insensitively, since generated files and
// anchors may land on case-insensitive file systems and URLs), ASCII, in the declared
// convention, valid identifiers, not reserved words.
import { asArray, errorEntries, own, str, type Rule } from '../context.js';
import type { PathSegment } from '../../load/locate.js';
import { lineColumn } from '../../load/source-file.js';
import { escapeNonAscii, lookalikeHint, nonAscii } from '../ascii.js';

const CONVENTIONS: Record<string, { pattern: RegExp; example: string }> = {
  SCREAMING_SNAKE_CASE: { pattern: /^[A-Z][A-Z0-9]*(_[A-Z0-9]+)*$/, example: 'STORE_CLOSED' },
  PascalCase: { pattern: /^[A-Z][A-Za-z0-9]*$/, example: 'StoreClosed' },
  camelCase: { pattern: /^[a-z][A-Za-z0-9]*$/, example: 'storeClosed' },
  // SCREAMING_SNAKE_CASE lowercased: digits anywhere but first, one `_` between words.
  snake_case: { pattern: /^[a-z][a-z0-9]*(_[a-z0-9]+)*$/, example: 'store_closed' },
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

// Invisible characters are text-safety's; a name holding one is reported there only.
const INVISIBLE = /[\p{Cc}\p{Cf}\p{Zl}\p{Zp}\p{Cs}]/u;

export const nameRules: Rule = (ctx) => {
  const naming = str(own(own(ctx.data, 'codes'), 'naming')) ?? 'SCREAMING_SNAKE_CASE';
  const convention = CONVENTIONS[naming];
  const exact = new Map<string, PathSegment[]>();
  const folded = new Map<string, string>();
  const check = (name: unknown, path: PathSegment[], what: string) => {
    if (typeof name !== 'string') return;
    const shown = escapeNonAscii(name);
    const outside = nonAscii(name);
    if (outside.length > 0) {
      const chars = outside.map((c) => `U+${(c.codePointAt(0) ?? 0).toString(16).toUpperCase().padStart(4, '0')}`).join(', ');
      const looks = lookalikeHint(name);
      if (looks) ctx.report(path, { rule: 'name-not-ascii', hint: 'lookalike', format: { what, name: shown, chars, ...looks } });
      else ctx.report(path, { rule: 'name-not-ascii', format: { what, name: shown, chars } });
    } else if (RESERVED_NAMES.has(name)) {
      ctx.report(path, { rule: 'name-reserved', format: { what, name } });
    } else if (convention && !convention.pattern.test(name) && !INVISIBLE.test(name)) {
      ctx.report(path, { rule: 'name-convention', format: { what, name, naming, example: convention.example } });
    }
    const first = exact.get(name);
    if (first !== undefined) {
      const at = ctx.locate(first);
      const owner = `${ctx.where(first.slice(0, 2))}${at ? ` (line ${lineColumn(ctx.file, at.start).line})` : ''}`;
      // One code listing a name as both a current and a former name: say which to keep.
      const both = first[1] === path[1] && new Set([first[2], path[2]]).size === 2 && [first[2], path[2]].every((k) => k === 'aliases' || k === 'synonyms');
      if (both) ctx.report(path, { rule: 'duplicate-name', messageId: 'synonymAndAlias', format: { name: shown, owner } });
      else ctx.report(path, { rule: 'duplicate-name', format: { what, name: shown, owner } });
      return;
    }
    const lower = name.toLowerCase();
    const sameFold = folded.get(lower);
    if (sameFold !== undefined) {
      ctx.report(path, { rule: 'name-case-collision', format: { what, name: shown, other: escapeNonAscii(sameFold) } });
    }
    exact.set(name, path);
    folded.set(lower, name);
  };
  for (const [entry, i] of errorEntries(ctx.data)) {
    check(own(entry, 'name'), ['errors', i, 'name'], 'Name');
    const aliases = asArray(own(entry, 'aliases'));
    for (let a = 0; a < aliases.length; a++) check(aliases[a], ['errors', i, 'aliases', a], 'Alias');
    const synonyms = asArray(own(entry, 'synonyms'));
    for (let s = 0; s < synonyms.length; s++) check(synonyms[s], ['errors', i, 'synonyms', s], 'Synonym');
  }
};
