// The i18n keys of `model/keys.ts`, turned into code the catalog runs. Each key
// function is called once with sentinel arguments and its result split around them,
// so the emitted function builds keys from the same template `keys.ts` defines.
import { keys } from '../../model/keys.js';
import { tsString } from './literal.js';

export type KeyKind = keyof typeof keys;

const SENTINEL = /\u0000(\d)\u0000/;
const sentinel = (i: number): string => `\u0000${i}\u0000`;

/** A key template: literal parts and argument positions, in order. */
export class KeyTemplate {
  readonly kind: KeyKind;
  readonly arity: number;
  private readonly parts: readonly (string | number)[];

  constructor(kind: KeyKind) {
    const fn = keys[kind] as (...args: string[]) => string;
    this.kind = kind;
    this.arity = fn.length;
    const pieces = fn(...Array.from({ length: fn.length }, (_, i) => sentinel(i))).split(SENTINEL);
    // split() with a capture group alternates literal text and captured indexes.
    this.parts = pieces.map((piece, i) => (i % 2 === 1 ? Number(piece) : piece)).filter((p) => p !== '');
  }

  /** The key for `args`, as the emitted code will compute it. */
  apply(args: readonly string[]): string {
    return this.parts.map((p) => (typeof p === 'number' ? (args[p] ?? '') : p)).join('');
  }

  /** An arrow function expression computing the key, for the emitted catalog. */
  toSource(): string {
    const params = Array.from({ length: this.arity }, (_, i) => `a${i}: string`).join(', ');
    return `(${params}): string => ${this.body()}`;
  }

  /** The same function as the compiler emits it: types erased. */
  toJsSource(): string {
    const params = Array.from({ length: this.arity }, (_, i) => `a${i}`).join(', ');
    return `(${params}) => ${this.body()}`;
  }

  private body(): string {
    return this.parts.map((p) => (typeof p === 'number' ? `a${p}` : tsString(p))).join(' + ') || '""';
  }
}

/**
 * The key of a text, checked against `keys.ts` itself: if `keys.ts` ever transforms
 * its arguments (escaping, casing), templates stop matching and generation fails loudly
 * instead of emitting a catalog whose runtime keys differ from its types.
 */
export function checkedKey(template: KeyTemplate, args: readonly string[]): string {
  const fn = keys[template.kind] as (...a: readonly string[]) => string;
  const key = fn(...args);
  if (template.apply(args) !== key) {
    throw new Error(`errspec: keys.${template.kind} is not a plain template; update emit/typescript/message-keys.ts`);
  }
  return key;
}
