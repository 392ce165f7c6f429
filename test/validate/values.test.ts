// Bad values (issue 6, item 2): code values, HTTP statuses, names, ids and locale tags,
// each with its rule, message and line:column.
import { describe, expect, it } from 'vitest';
import { edit, posOf, rows, validText } from './support.js';

/** Rules and positions of a one-edit variant of the valid spec. */
function check(from: string, to: string): { text: string; found: Array<[string, string]>; messages: string[] } {
  const text = edit(validText, from, to);
  const found = rows(text);
  return { text, found: found.map((r) => [r.rule, r.at]), messages: found.map((r) => r.message) };
}

describe('code values', () => {
  const CODE = '  - code: 1002';

  it.each([
    ['a float', '1.5', 'schema', 'the code of STORE_CLOSED must be integer or string, not the number 1.5'],
    ['an exponent', '1e3', 'code-format', 'Code 1e3 must be a plain decimal integer between -(2^53-1) and 2^53-1 (no floats, exponents, hex or -0)'],
    ['an integer beyond 2^53', '9007199254740993', 'code-format', 'Code 9007199254740993 must be a plain decimal integer'],
    ['-0', '-0', 'code-format', 'Code -0 must be a plain decimal integer'],
    ['hex', '0x3EA', 'code-format', 'Code 0x3EA must be a plain decimal integer'],
    ['octal', '0o1752', 'code-format', 'Code 0o1752 must be a plain decimal integer'],
    ['a leading plus', '+1002', 'code-format', 'Code +1002 must be a plain decimal integer'],
    ['a leading zero', '01002', 'code-format', 'Code 01002 must be a plain decimal integer'],
    ['infinity', '.inf', 'schema', 'the code of STORE_CLOSED must be integer or string, not the number Infinity'],
    ['NaN', '.nan', 'schema', 'the code of STORE_CLOSED must be integer or string, not the number NaN'],
    ['a boolean', 'true', 'schema', 'the code of STORE_CLOSED must be integer or string, not boolean true'],
    ['null', 'null', 'schema', 'the code of STORE_CLOSED must be integer or string, not null'],
    ['a string among integers', "'1002'", 'code-type', "Code '1002' is a string but codes.type is integer"],
    ['digits with underscores (a string in YAML 1.2)', '1_002', 'code-type', "Code '1_002' is a string but codes.type is integer"],
  ])('%s', (_name, value, rule, message) => {
    const r = check(CODE, `  - code: ${value}`);
    expect(r.found).toEqual([[rule, posOf(r.text, value, value === '1002' ? 1 : 0)]]);
    expect(r.messages[0]).toContain(message);
  });

  it('the largest safe integer is fine', () => {
    expect(check(CODE, '  - code: 9007199254740991').found).toEqual([]);
  });

  it('negative integers are fine', () => {
    expect(check(CODE, '  - code: -9990001').found).toEqual([]);
  });

  it('an integer among string codes', () => {
    const text = edit(edit(edit(validText, '  type: integer', '  type: string'), '  - code: 1001', "  - code: '1001'"), CODE, '  - code: 1002');
    expect(rows(text).map((r) => [r.rule, r.at, r.message])).toEqual([
      ['code-type', posOf(text, '1002'), 'Code 1002 is a number but codes.type is string'],
    ]);
  });

  it.each(['__proto__', 'constructor', 'prototype'])('the string code %s', (code) => {
    const text = edit(edit(edit(validText, '  type: integer', '  type: string'), '  - code: 1001', "  - code: 'E1001'"), CODE, `  - code: '${code}'`);
    expect(rows(text).map((r) => [r.rule, r.at, r.message])).toEqual([['reserved-id', posOf(text, `'${code}'`), `Code '${code}' is a reserved property name`]]);
  });
});

describe('HTTP statuses', () => {
  it.each([
    ['99', 'http of code 1002 STORE_CLOSED is 99, outside the range 100–599'],
    ['600', 'http of code 1002 STORE_CLOSED is 600, outside the range 100–599'],
    ["'409'", 'http of code 1002 STORE_CLOSED must be integer, not string "409"'],
    ['409.5', 'http of code 1002 STORE_CLOSED must be integer, not the number 409.5'],
  ])('%s', (value, message) => {
    const r = check('    http: 409', `    http: ${value}`);
    expect(r.found).toEqual([['schema', posOf(r.text, value, 0)]]);
    expect(r.messages).toEqual([message]);
  });
});

describe('names', () => {
  const NAME = '    name: STORE_CLOSED';

  it.each(['__proto__', 'constructor', 'prototype'])('%s', (name) => {
    const r = check(NAME, `    name: ${name}`);
    expect(r.found).toEqual([['name-reserved', posOf(r.text, name)]]);
    expect(r.messages).toEqual([`Name ${name} is a reserved word or property name`]);
  });

  it.each(['delete', 'class', 'await', 'undefined'])('the reserved word %s (camelCase catalog)', (name) => {
    const text = edit(edit(edit(validText, '  type: integer', '  type: integer\n  naming: camelCase'), '    name: INVALID_STORE', '    name: invalidStore'), NAME, `    name: ${name}`);
    expect(rows(text).map((r) => [r.rule, r.at, r.message])).toEqual([
      ['name-reserved', posOf(text, `name: ${name}\n`).replace(/:\d+$/, ':11'), `Name ${name} is a reserved word or property name`],
    ]);
  });

  it.each([
    ['STORE-CLOSED', 'a hyphen'],
    ['1STORE', 'a leading digit'],
    ['STORE CLOSED', 'a space'],
  ])('%s: not a TypeScript identifier (%s), one diagnostic', (name) => {
    const r = check(NAME, `    name: ${name}`);
    expect(r.found).toEqual([['name-convention', posOf(r.text, name)]]);
    expect(r.messages).toEqual([`Name ${name} does not follow SCREAMING_SNAKE_CASE`]);
  });

  it('two names that differ only by case', () => {
    const r = check(NAME, '    name: Invalid_Store');
    // Two mistakes in one name: each reported once.
    expect(r.found).toEqual([['name-case-collision', posOf(r.text, 'Invalid_Store')], ['name-convention', posOf(r.text, 'Invalid_Store')]]);
    expect(r.messages[0]).toBe('Name Invalid_Store differs from INVALID_STORE only by case');
  });

  it('an alias that collides with a name only by case', () => {
    const text = edit(edit(edit(validText, '  type: integer', '  type: integer\n  naming: PascalCase'), '    name: INVALID_STORE', '    name: InvalidStore'), NAME, '    name: StoreClosed\n    aliases: [Invalidstore]');
    expect(rows(text).map((r) => [r.rule, r.at, r.message])).toEqual([
      ['name-case-collision', posOf(text, 'Invalidstore'), 'Alias Invalidstore differs from InvalidStore only by case'],
    ]);
  });
});

describe('ids', () => {
  it.each(['constructor', 'prototype'])('the cause id %s', (id) => {
    const r = check('      - id: closed-today', `      - id: ${id}`);
    expect(r.found).toEqual([['reserved-id', posOf(r.text, id)]]);
    expect(r.messages).toEqual([`Cause id '${id}' is a reserved property name`]);
  });

  it('the cause id __proto__ (also not a slug): one diagnostic', () => {
    const r = check('      - id: closed-today', '      - id: __proto__');
    expect(r.found).toEqual([['reserved-id', posOf(r.text, '__proto__')]]);
  });

  it.each(['constructor', 'prototype'])('the scene id %s', (id) => {
    const text = validText.replace('  checkout:\n', `  ${id}:\n`).replaceAll('scene: checkout', `scene: ${id}`);
    expect(rows(text).map((r) => [r.rule, r.at, r.message])).toEqual([['reserved-id', posOf(text, `${id}:`), `Id '${id}' is a reserved property name`]]);
  });

  it.each(['constructor', 'prototype'])('the classification id %s', (id) => {
    const text = validText.replace('  permanent:\n', `  ${id}:\n`).replaceAll('classification: permanent', `classification: ${id}`);
    expect(rows(text).map((r) => [r.rule, r.at, r.message])).toEqual([['reserved-id', posOf(text, `${id}:`), `Id '${id}' is a reserved property name`]]);
  });

  it('__proto__ as a locale key of a text', () => {
    const r = check('      zh-CN: 门店已关闭。\n', '      zh-CN: 门店已关闭。\n      __proto__: x\n');
    expect(r.found).toEqual([['reserved-id', posOf(r.text, '__proto__')]]);
    expect(r.messages[0]).toBe("'__proto__' is a reserved property name, not a locale");
  });
});

describe('locales', () => {
  it('en_US is not a BCP 47 tag: one schema error, not a missing text everywhere', () => {
    const r = check('  targets: [zh-CN]', '  targets: [zh-CN, en_US]');
    expect(r.found).toEqual([['schema', posOf(r.text, 'en_US')]]);
    expect(r.messages).toEqual(['"en_US" is not valid for locales.targets.1: A BCP 47 language tag, e.g. `en`, `zh-CN`, `pt-BR` (not `en_US`).']);
  });

  it('en_US as a key of a text', () => {
    const r = check('      zh-CN: 门店已关闭。\n', '      zh-CN: 门店已关闭。\n      zh_CN: 门店已关闭。\n');
    expect(r.found).toEqual([['schema', posOf(r.text, 'zh_CN')]]);
    expect(r.messages[0]).toMatch(/^'zh_CN' is not a valid key in summary of code 1002 STORE_CLOSED: A human text per locale/);
  });

  it('a near miss of a declared locale: did you mean, and its text not also missing', () => {
    const text = edit(validText, '      zh-CN: 门店已关闭。\n', '      zh-CM: 门店已关闭。\n');
    expect(rows(text).map((r) => [r.rule, r.at, r.message, r.hint])).toEqual([
      ['unknown-locale', posOf(text, 'zh-CM'), "Locale 'zh-CM' is not declared (declared: en, zh-CN)", "did you mean 'zh-CN'?"],
    ]);
  });

  it('a locale that is no near miss: unknown, and the declared one missing', () => {
    const text = edit(validText, '      zh-CN: 门店已关闭。\n', '      fr: Le magasin est fermé.\n');
    expect(rows(text).map((r) => [r.rule, r.hint])).toEqual([
      ['missing-translation', "write the text in 'zh-CN', or let the locale fall back (locales.fallback)"],
      ['unknown-locale', 'add it to locales.targets, or remove this text'],
    ]);
  });

  it('a source locale that is not BCP 47', () => {
    const r = check('  source: en\n', '  source: EN\n');
    expect(r.found).toEqual([['schema', posOf(r.text, 'EN')]]);
  });
});

describe('causes', () => {
  it('a cause with no explanation', () => {
    const r = check('        explanation:\n          en: The store does not open today.\n          zh-CN: 门店今天不营业。\n', '');
    expect(r.found).toEqual([['schema', posOf(r.text, 'id: closed-today')]]);
    expect(r.messages).toEqual(["Missing required field 'explanation' in code 1002 STORE_CLOSED, cause closed-today"]);
  });

  it('an empty explanation text is blank: missing-translation (the schema\'s more general word is left out)', () => {
    const r = check('          en: The store does not open today.', "          en: ''");
    expect(r.found).toEqual([['missing-translation', posOf(r.text, "''")]]);
  });
});
