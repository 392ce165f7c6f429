// `ts/messages/<locale>.ts`: one locale's texts, aligned by position with the data of
// `ts/core.ts` (scenes and classifications sorted by id, codes and causes in spec
// order). Codes and uncoded causes are JSON rows, parsed on first use.
import type { Cause, ErrorModel, Localized } from '../../model/types.js';
import { tsSingleQuoted, tsString } from './literal.js';
import { textIn } from './model-index.js';
import { arrayLines, codeLine, docBoth, property } from './print.js';
import type { Emit } from './source.js';

export function writeMessages(emit: Emit, model: ErrorModel, locale: string): void {
  const text = (t: Localized): string => textIn(t, locale);
  const causeTexts = (cause: Cause): string[] => (cause.note === undefined ? [text(cause.explanation)] : [text(cause.explanation), text(cause.note)]);
  const row = (data: unknown): string => tsSingleQuoted(JSON.stringify(data));
  const tuple = (texts: readonly string[]): string => `[${texts.map(tsString).join(', ')}]`;

  emit.ts('import type { LocaleMessages } from "../core.js";');
  emit.dts('import type { LocaleMessages } from "../core.js";');
  emit.ts('');
  docBoth(emit, [`The ${locale.replace(/[^A-Za-z0-9-]/g, '')} texts of the catalog, for \`createDescriber\` of the core.`]);
  emit.ts('export const messages: LocaleMessages = {');
  emit.js('export const messages = {');
  emit.dts('export declare const messages: LocaleMessages;');
  property(emit, 1, `catalog: ${tsString(model.id)},`);
  property(emit, 1, `locale: ${tsString(locale)},`);
  property(emit, 1, `title: ${tsString(text(model.title))},`);
  const same = (open: string): { ts: string; js: string } => ({ ts: open, js: open });
  arrayLines(emit, 1, same('scenes: ['), '],', model.scenes.map((s) => tsString(text(s.title))));
  arrayLines(emit, 1, same('classifications: ['), '],', model.classifications.map((c) =>
    tuple(c.note === undefined ? [text(c.advice)] : [text(c.advice), text(c.note)])));
  arrayLines(emit, 1, same('codes: ['), '],', model.codes.map((code) => {
    // Summary and causes; then note and retirement reason, null filling a gap before the reason.
    const texts: unknown[] = [text(code.summary), code.causes.map(causeTexts)];
    if (code.note !== undefined || code.retired !== undefined) texts.push(code.note === undefined ? null : text(code.note));
    if (code.retired !== undefined) texts.push(text(code.retired.reason));
    return row(texts);
  }));
  arrayLines(emit, 1, same('uncoded: ['), '],', model.uncoded.map((cause) => row(causeTexts(cause))));
  codeLine(emit, '};');
}
