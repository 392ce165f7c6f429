// Printing helpers shared by the model-dependent modules. Each writes one construct to
// the three targets at once (`Emit`), knowing how the compiler reprints it: the .js
// drops types and doubles indentation, the .d.ts declares instead of defining.
import { jsDocBlock } from './jsdoc.js';
import type { Emit } from './source.js';

/** A line the .ts and the .d.ts share (types, comments). */
export function typeLine(emit: Emit, line: string): void {
  emit.ts(line);
  emit.dts(line);
}

/**
 * A JSDoc block in the .ts and the .d.ts. Declaration emit shifts each comment line by
 * the change in indentation (2 to 4 inside a body), which is `jsDocBlock` at the new indent.
 */
export function docBoth(emit: Emit, lines: readonly string[], indent: '' | '  ' = ''): void {
  for (const line of jsDocBlock(lines, indent)) emit.ts(line);
  for (const line of jsDocBlock(lines, indent.repeat(2))) emit.dts(line);
}

/**
 * `export type NAME = a | b;`, one literal per line in the .ts (50k codes stay diffable),
 * on one line in the .d.ts as the compiler prints a union.
 */
export function typeUnion(emit: Emit, doc: string, name: string, literals: readonly string[]): void {
  docBoth(emit, [doc]);
  if (literals.length === 0) {
    typeLine(emit, `export type ${name} = never;`);
    return;
  }
  emit.ts(`export type ${name} =`);
  literals.forEach((literal, i) => emit.ts(`  | ${literal}${i === literals.length - 1 ? ';' : ''}`));
  emit.dts(`export type ${name} = ${literals.join(' | ')};`);
}

/** One property of an object literal at `depth` (1 = top level): `key: value,`. */
export function property(emit: Emit, depth: number, text: string): void {
  emit.ts(`${'  '.repeat(depth)}${text}`);
  emit.js(`${'    '.repeat(depth)}${text}`);
}

/**
 * An array literal, one element a line: as a property (`open` is `key: [`, `close` `],`)
 * or a whole statement. The compiler prints an empty one as `[]`, on the opening line.
 */
export function arrayLines(
  emit: Emit,
  depth: number,
  open: { readonly ts: string; readonly js: string },
  close: string,
  items: readonly string[],
): void {
  const ts = '  '.repeat(depth);
  const js = '    '.repeat(depth);
  emit.ts(`${ts}${open.ts}`);
  for (const item of items) emit.ts(`${ts}  ${item},`);
  emit.ts(`${ts}${close}`);
  if (items.length === 0) {
    emit.js(`${js}${open.js}${close.trimStart()}`);
    return;
  }
  emit.js(`${js}${open.js}`);
  for (const item of items) emit.js(`${js}    ${item},`);
  emit.js(`${js}${close}`);
}

/** The same text in the .ts and the .js (a statement without types). */
export function codeLine(emit: Emit, line: string): void {
  emit.ts(line);
  emit.js(line);
}

export interface FunctionSpec {
  readonly doc: readonly string[];
  readonly name: string;
  /** Type parameters with their brackets, or ''. */
  readonly typeParams?: string;
  /** Overload signatures, `(params): type` each; the declaration keeps only these. */
  readonly overloads?: readonly string[];
  /** The implementation's `(params): type`, and its params without types for the .js. */
  readonly signature: string;
  readonly jsParams: string;
  /** Body lines, shared by the .ts and the .js unless `jsBody` gives the .js its own (types erased). */
  readonly body: readonly string[];
  readonly jsBody?: readonly string[];
}

/** An exported function: overloads and a body in the .ts, the body in the .js, declarations in the .d.ts. */
export function exportedFunction(emit: Emit, fn: FunctionSpec): void {
  const head = `${fn.name}${fn.typeParams ?? ''}`;
  docBoth(emit, fn.doc);
  for (const overload of fn.overloads ?? []) {
    emit.ts(`export function ${head}${overload};`);
    emit.dts(`export declare function ${head}${overload};`);
  }
  if (fn.overloads === undefined) emit.dts(`export declare function ${head}${fn.signature};`);
  emit.ts(`export function ${head}${fn.signature} {`);
  emit.js(`export function ${fn.name}(${fn.jsParams}) {`);
  for (const line of fn.body) emit.ts(`  ${line}`);
  for (const line of fn.jsBody ?? fn.body) emit.js(`    ${line}`);
  codeLine(emit, '}');
}

export interface LazySpec {
  /** The module-level variable, e.g. `core`. */
  readonly variable: string;
  readonly type: string;
  /** The private function that fills it on first use and returns it. */
  readonly getter: string;
  /** The expression that builds the value, without types. */
  readonly init: string;
}

/**
 * A value built on first use: `let x: T | undefined;` and a function doing `x ??= init`.
 * Nothing runs at load, so a bundler drops it when unused.
 */
export function lazyValue(emit: Emit, lazy: LazySpec): void {
  emit.ts(`let ${lazy.variable}: ${lazy.type} | undefined;`);
  emit.js(`let ${lazy.variable};`);
  emit.ts('');
  emit.ts(`function ${lazy.getter}(): ${lazy.type} {`);
  emit.js(`function ${lazy.getter}() {`);
  for (const line of [`${lazy.variable} ??= ${lazy.init};`, `return ${lazy.variable};`]) {
    emit.ts(`  ${line}`);
    emit.js(`    ${line}`);
  }
  codeLine(emit, '}');
}
