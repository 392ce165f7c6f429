// Turning model data into TypeScript syntax. Every piece of user text that lands in
// code goes through `tsString`; identifiers are checked, never trusted.
import type { CodeType, CodeValue, Param } from '../../model/types.js';

/**
 * A double-quoted string literal whose value is exactly `text`. JSON already escapes
 * quotes, backslashes, control characters and lone surrogates; U+2028/U+2029 are
 * escaped too because older parsers and some tools treat them as line breaks.
 */
export function tsString(text: string): string {
  return JSON.stringify(text).replace(/\u2028/g, '\\u2028').replace(/\u2029/g, '\\u2029');
}

/**
 * The same value as a single-quoted literal: for text full of double quotes (JSON
 * rows), which would otherwise drown in backslashes. Escapes what `tsString` does:
 * backslash, the quote, controls, line separators, lone surrogates.
 */
export function tsSingleQuoted(text: string): string {
  // One native scan; the callback runs only for the rare characters that need it.
  return `'${text.replace(SINGLE_QUOTED_SPECIAL, singleQuotedEscape)}'`;
}

const SINGLE_QUOTED_SPECIAL = /[\\'\u0000-\u001f\u007f\u2028\u2029]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;

function singleQuotedEscape(char: string): string {
  if (char === '\\' || char === "'") return `\\${char}`;
  return `\\u${char.charCodeAt(0).toString(16).padStart(4, '0')}`;
}

/**
 * A string literal as TypeScript's printer writes one it computed rather than copied
 * from the source (an enum member's value in the .js and .d.ts): double quotes, its
 * escapes (`\0`, `\t`, ...), and every other control or non-ASCII UTF-16 unit as an
 * uppercase `\uXXXX`. DEL stays raw, as there.
 */
export function tsPrintedString(text: string): string {
  return `"${text.replace(PRINTER_SPECIAL, printerEscape)}"`;
}

const PRINTER_SPECIAL = /[\\"\u0000-\u001f]|[^\u0000-\u007f]/g;

const PRINTER_ESCAPES: ReadonlyMap<string, string> = new Map([
  ['\t', '\\t'], ['\v', '\\v'], ['\f', '\\f'], ['\b', '\\b'], ['\r', '\\r'], ['\n', '\\n'], ['\\', '\\\\'], ['"', '\\"'],
]);

function printerEscape(char: string, offset: number, text: string): string {
  // `\0` before a digit would read as an octal escape, which strict mode forbids.
  if (char === '\u0000') return /[0-9]/.test(text.charAt(offset + 1)) ? '\\x00' : '\\0';
  return PRINTER_ESCAPES.get(char) ?? `\\u${char.charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')}`;
}

/** Property keys that are user data are always quoted, whatever they look like. */
export const propertyKey = tsString;

const IDENTIFIER = /^[A-Za-z_$][A-Za-z0-9_$]*$/;

/**
 * A name used as an enum member or property name unquoted. Upstream validation
 * guarantees this; the check keeps a broken model from becoming broken code.
 */
export function identifier(name: string): string {
  // `__proto__` is an identifier, but as a member it would set the object's prototype.
  if (!IDENTIFIER.test(name) || name === '__proto__') throw new Error(`errspec: not a valid TypeScript identifier: ${JSON.stringify(name)}`);
  return name;
}

/** A code value as a literal of its declared type (also valid as a literal type). */
export function codeLiteral(code: CodeValue, codeType: CodeType): string {
  if (codeType === 'string') {
    if (typeof code !== 'string') throw new Error(`errspec: code ${String(code)} is not a string`);
    return tsString(code);
  }
  if (typeof code !== 'number' || !Number.isSafeInteger(code)) {
    throw new Error(`errspec: code ${JSON.stringify(code)} is not a safe integer`);
  }
  return String(code);
}

/** A code value as TypeScript prints an enum member's computed value. */
export function printedCodeLiteral(code: CodeValue, codeType: CodeType): string {
  const literal = codeLiteral(code, codeType);
  return typeof code === 'string' ? tsPrintedString(code) : literal;
}

/** The TypeScript type of a param's value: a bare name takes a string or a number. */
export function paramType(param: Param): string {
  switch (param.type) {
    case 'string': return 'string';
    case 'integer':
    case 'number': return 'number';
    case 'boolean': return 'boolean';
    default: return 'string | number';
  }
}
