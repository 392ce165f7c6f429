// The two forms of `ErrorCode`: a TS enum, and an erasable readonly object plus
// union type for `--erasableSyntaxOnly` / type stripping. Same members, JSDoc, order.
import type { ErrorModel } from '../../model/types.js';
import { aliasDocLines, codeDocLines } from './code-docs.js';
import { jsDocBlock, jsDocTextLines } from './jsdoc.js';
import { codeLiteral, identifier } from './literal.js';
import { indexModel, textIn } from './model-index.js';
import type { Emit } from './source.js';

interface Member {
  readonly name: string;
  readonly value: string;
  readonly doc: readonly string[];
}

/**
 * Members in spec order. Each code's aliases come just before it: a numeric enum's
 * reverse mapping keeps the last name written, and `ErrorCode[value]` must give the
 * current name, not a deprecated one.
 */
function* members(model: ErrorModel): Generator<Member> {
  const index = indexModel(model);
  for (const code of model.codes) {
    const value = codeLiteral(code.code, model.codeType);
    for (const alias of code.aliases) {
      yield { name: identifier(alias), value, doc: aliasDocLines(model, code) };
    }
    yield { name: identifier(code.name), value, doc: codeDocLines(model, index, code) };
  }
}

function typeDocLines(model: ErrorModel): string[] {
  return [
    ...jsDocTextLines(`Error codes of ${textIn(model.title, model.sourceLocale)} (catalog ${model.id}).`),
    '',
    'Retired codes and renamed names stay, marked deprecated.',
  ];
}

export function writeEnumForm(emit: Emit, model: ErrorModel, header: string): void {
  emit(header);
  emit('');
  for (const line of jsDocBlock(typeDocLines(model))) emit(line);
  emit('export enum ErrorCode {');
  for (const member of members(model)) {
    for (const line of jsDocBlock(member.doc, '  ')) emit(line);
    emit(`  ${member.name} = ${member.value},`);
  }
  emit('}');
}

/**
 * The object's type is written out, not inferred from `as const`: declaration emit
 * refuses to serialize an inferred type past about a million characters (some 20k
 * members), and the written type is where the member docs live for hovers.
 */
export function writeConstForm(emit: Emit, model: ErrorModel, header: string): void {
  const all = [...members(model)];
  emit(header);
  emit('');
  for (const line of jsDocBlock(typeDocLines(model))) emit(line);
  emit('export const ErrorCode: {');
  for (const member of all) {
    for (const line of jsDocBlock(member.doc, '  ')) emit(line);
    emit(`  readonly ${member.name}: ${member.value};`);
  }
  emit('} = {');
  for (const member of all) emit(`  ${member.name}: ${member.value},`);
  emit('};');
  emit('');
  for (const line of jsDocBlock(['One of the values of {@link ErrorCode}.'])) emit(line);
  emit('export type ErrorCode = (typeof ErrorCode)[keyof typeof ErrorCode];');
}
