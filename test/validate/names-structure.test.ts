// Issue 14's spec forms: synonyms beside aliases, snake_case names (and the reserved
// words they make easy to write), specs without scenes, codes without a summary.
import { describe, expect, it } from 'vitest';
import { loadModel } from '../support/generate.js';
import { edit, loads, posOf, rows, SPEC, validText } from './support.js';

/** Where the value of `name: <name>` starts. */
const valuePos = (text: string, name: string): string => {
  const [line, column] = posOf(text, `name: ${name}`).split(':');
  return `${line}:${Number(column) + 'name: '.length}`;
};
const found = (text: string) => rows(text).map((r) => [r.rule, r.at]);
const snake = (text: string) =>
  edit(edit(edit(text, '  type: integer', '  type: integer\n  naming: snake_case'), 'name: INVALID_STORE', 'name: invalid_store'), 'name: STORE_CLOSED', 'name: store_closed');

describe('synonyms', () => {
  it('are checked as names: convention, uniqueness, case, reserved words', () => {
    const text = edit(validText, '    name: STORE_CLOSED\n', '    name: STORE_CLOSED\n    synonyms: [SHOP_CLOSED, storeShut, INVALID_STORE, Shop_Closed, NEW]\n');
    expect(found(text)).toEqual([
      ['name-convention', posOf(text, 'storeShut')],
      ['duplicate-name', posOf(text, 'INVALID_STORE', 1)],
      ['name-case-collision', posOf(text, 'Shop_Closed')],
      ['name-convention', posOf(text, 'Shop_Closed')],
    ]);
    expect(loads(edit(validText, '    name: STORE_CLOSED\n', '    name: STORE_CLOSED\n    synonyms: [SHOP_CLOSED]\n'))).toBe(true);
  });

  it('a name cannot be both a synonym and an alias', () => {
    const text = edit(validText, '    name: STORE_CLOSED\n', '    name: STORE_CLOSED\n    aliases: [SHUT]\n    synonyms: [SHUT]\n');
    const [only, ...rest] = rows(text);
    expect(rest).toEqual([]);
    expect(only).toMatchObject({
      rule: 'duplicate-name',
      at: posOf(text, 'SHUT', 1),
      message: 'SHUT is both a synonym and an alias of code 1002 STORE_CLOSED (line 39)',
      hint: 'keep it in synonyms if it is a current name, in aliases if it is a former (deprecated) one',
    });
  });
});

describe('snake_case', () => {
  it('accepts lowercase words joined by one underscore, digits after the first letter', () => {
    expect(rows(snake(validText))).toEqual([]);
    expect(found(edit(snake(validText), 'name: store_closed', 'name: error_404_x2'))).toEqual([]);
  });

  it.each(['StoreClosed', 'store__closed', '_store', 'store_', '4xx_error', 'STORE_CLOSED'])('refuses %s', (name) => {
    const text = edit(snake(validText), 'name: store_closed', `name: ${name}`);
    expect(found(text)).toEqual([['name-convention', valuePos(text, name)]]);
  });

  // Every one matches the pattern; each would be a property name in the outputs, so
  // `name-reserved` refuses them rather than every output quoting around them.
  it.each(['delete', 'default', 'new', 'class', 'this', 'constructor', 'prototype', 'undefined'])('refuses the reserved word %s', (name) => {
    const text = edit(snake(validText), 'name: store_closed', `name: ${name}`);
    expect(rows(text).map((r) => [r.rule, r.at, r.message])).toEqual([['name-reserved', valuePos(text, name), `Name ${name} is a reserved word or property name`]]);
  });

  it('keeps the name as written in the model', () => {
    const model = loadModel(SPEC, snake(validText));
    expect([model.naming, ...model.codes.map((c) => c.name)]).toEqual(['snake_case', 'invalid_store', 'store_closed']);
  });
});

describe('a spec without scenes', () => {
  const sceneless = (text: string) => text.replace(/^scenes:\n(?: {2}.*\n)+/m, '').replaceAll('        scene: checkout\n', '');

  it('validates, and its causes have no scene', () => {
    const text = sceneless(validText);
    expect(text).not.toContain('scene');
    expect(rows(text)).toEqual([]);
    const model = loadModel(SPEC, text);
    expect(model.scenes).toEqual([]);
    expect(model.codes.map((c) => [c.scenes, c.causes.map((k) => k.scene)])).toEqual([[[], [undefined]], [[], [undefined]]]);
  });

  it('a cause naming a scene is an undeclared scene', () => {
    const text = edit(sceneless(validText), '      - id: closed-today\n', '      - id: closed-today\n        scene: checkout\n');
    expect(rows(text).map((r) => [r.rule, r.message])).toEqual([['undeclared-scene', "Scene 'checkout' is not declared under scenes (declared: none)"]]);
  });
});

describe('a code without a summary', () => {
  const noSummary = (text: string) => edit(text, '    summary:\n      en: The store is closed.\n      zh-CN: 门店已关闭。\n', '');

  it('with one cause: the explanation serves, with its params, under the summary key', () => {
    const text = edit(
      edit(noSummary(validText), '          en: The store does not open today.\n          zh-CN: 门店今天不营业。', '          en: Store {{storeId}} does not open today.\n          zh-CN: 门店 {{storeId}} 今天不营业。'),
      '        classification: permanent\n        explanation:\n          en: Store',
      '        classification: permanent\n        params: [storeId]\n        explanation:\n          en: Store',
    );
    expect(rows(text)).toEqual([]);
    const code = loadModel(SPEC, text).codes[1]!;
    expect(code.summaryFromCause).toBe(true);
    expect(code.summary).toEqual({ en: 'Store {{storeId}} does not open today.', 'zh-CN': '门店 {{storeId}} 今天不营业。' });
    expect(code.params).toEqual([{ name: 'storeId' }]);
    expect(loadModel(SPEC, validText).codes[1]!.summaryFromCause).toBe(false);
  });

  it('with no cause', () => {
    const text = noSummary(validText).replace(/ {4}causes:\n {6}- id: closed-today\n(?: {8}.*\n)+$/, '');
    expect(rows(text).map((r) => [r.rule, r.message])).toEqual([['summary-required', 'code 1002 STORE_CLOSED has no summary and 0 causes']]);
  });

  it('declaring params for the summary it lacks', () => {
    const text = edit(noSummary(validText), '    http: 409\n', '    http: 409\n    params: [storeId]\n');
    expect(rows(text).map((r) => [r.rule, r.at, r.hint])).toEqual([['summary-required', posOf(text, '[storeId]'), 'declare the params on the cause, or write a summary that uses them']]);
  });
});
