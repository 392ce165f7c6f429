// The two forms of `ErrorCode`: a TS enum, and an erasable readonly object plus
// union type for `--erasableSyntaxOnly` / type stripping. Same members, JSDoc, order.
import type { ErrorModel } from '../../model/types.js';
import { aliasDocLines, codeDocLines, synonymDocLines } from './code-docs.js';
import { jsDocTextLines } from './jsdoc.js';
import { docBoth } from './print.js';
import { codeLiteral, identifier, printedCodeLiteral, tsPrintedString } from './literal.js';
import { indexModel, textIn } from './model-index.js';
import type { Emit } from './source.js';

interface Member {
  readonly name: string;
  /** The value as written in the .ts (and copied from there by the compiler). */
  readonly value: string;
  /** The value as the compiler prints an enum member's computed value. */
  readonly printed: string;
  readonly doc: readonly string[];
}

/**
 * Members in spec order. Each code's aliases and synonyms come just before it: a
 * numeric enum's reverse mapping keeps the last name written, and `ErrorCode[value]`
 * must give the name itself, not a deprecated one or a synonym.
 */
function members(model: ErrorModel): Member[] {
  const index = indexModel(model);
  const out: Member[] = [];
  for (const code of model.codes) {
    const value = codeLiteral(code.code, model.codeType);
    const printed = printedCodeLiteral(code.code, model.codeType);
    for (const alias of code.aliases) {
      out.push({ name: identifier(alias), value, printed, doc: aliasDocLines(model, code) });
    }
    for (const synonym of code.synonyms) {
      out.push({ name: identifier(synonym), value, printed, doc: synonymDocLines(model, code) });
    }
    out.push({ name: identifier(code.name), value, printed, doc: codeDocLines(model, index, code) });
  }
  return out;
}

function typeDocLines(model: ErrorModel): string[] {
  return [
    ...jsDocTextLines(`Error codes of ${textIn(model.title, model.sourceLocale)} (catalog ${model.id}).`),
    '',
    'Retired codes and renamed names stay, marked deprecated.',
  ];
}

export function writeEnumForm(emit: Emit, model: ErrorModel): void {
  const all = members(model);
  docBoth(emit, typeDocLines(model), '');
  emit.ts('export enum ErrorCode {');
  emit.dts('export declare enum ErrorCode {');
  emit.js('export var ErrorCode;');
  emit.js('(function (ErrorCode) {');
  all.forEach((member, i) => {
    docBoth(emit, member.doc, '  ');
    emit.ts(`  ${member.name} = ${member.value},`);
    // The declaration's last member has no trailing comma.
    emit.dts(`    ${member.name} = ${member.printed}${i === all.length - 1 ? '' : ','}`);
    const key = `ErrorCode[${tsPrintedString(member.name)}]`;
    // Numeric members also map the value back to the name; string members do not.
    emit.js(model.codeType === 'string'
      ? `    ${key} = ${member.printed};`
      : `    ErrorCode[${key} = ${member.printed}] = ${tsPrintedString(member.name)};`);
  });
  emit.ts('}');
  emit.dts('}');
  emit.js('})(ErrorCode || (ErrorCode = {}));');
}

/**
 * The object's type is written out, not inferred from `as const`: declaration emit
 * refuses to serialize an inferred type past about a million characters (some 20k
 * members), and the written type is where the member docs live for hovers.
 */
export function writeConstForm(emit: Emit, model: ErrorModel): void {
  const all = members(model);
  docBoth(emit, typeDocLines(model), '');
  emit.ts('export const ErrorCode: {');
  // The compiler prints an empty type or object literal on one line.
  emit.dts(all.length === 0 ? 'export declare const ErrorCode: {};' : 'export declare const ErrorCode: {');
  for (const member of all) {
    docBoth(emit, member.doc, '  ');
    emit.ts(`  readonly ${member.name}: ${member.value};`);
    emit.dts(`    readonly ${member.name}: ${member.value};`);
  }
  if (all.length > 0) emit.dts('};');
  emit.ts('} = {');
  emit.js(all.length === 0 ? 'export const ErrorCode = {};' : 'export const ErrorCode = {');
  for (const member of all) {
    emit.ts(`  ${member.name}: ${member.value},`);
    emit.js(`    ${member.name}: ${member.value},`);
  }
  emit.ts('};');
  if (all.length > 0) emit.js('};');
  emit.ts('');
  docBoth(emit, ['One of the values of {@link ErrorCode}.'], '');
  const type = 'export type ErrorCode = (typeof ErrorCode)[keyof typeof ErrorCode];';
  emit.ts(type);
  emit.dts(type);
}
