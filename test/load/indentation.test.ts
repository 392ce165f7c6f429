// A wrong indentation is one diagnostic at the line that has it, in errspec's words,
// naming the column it belongs at: never yaml's "Nested mappings are not allowed in
// compact mappings" at the line before, nor a cascade down the file.
import { describe, expect, it } from 'vitest';
import { edit, posOf, rows, validText } from '../validate/support.js';

/** Every diagnostic of the valid spec with `from` replaced by `to`, as [rule, at, message, hint]. */
const of = (from: string, to: string) => {
  const text = edit(validText, from, to);
  return { text, found: rows(text).map((r) => [r.rule, r.at, r.message, r.hint]) };
};

describe('one misindented line, one diagnostic at it', () => {
  it.each([
    ['a key one space too far', '    http: 400\n', '     http: 400\n', 6],
    ['a key one space short', '    http: 400\n', '   http: 400\n', 4],
    ['a key two spaces short (at the list dashes)', '    http: 400\n', '  http: 400\n', 3],
    ['a key under a scalar', '    http: 400\n', '      http: 400\n', 7],
  ])('%s', (_name, from, to, column) => {
    const { text, found } = of(from, to);
    expect(found).toEqual([
      ['yaml-indentation', posOf(text, 'http: 400'), `'http' starts at column ${column}, but the keys beside it start at column 5 ('name' on line 25)`, 'start the line at column 5 (4 spaces)'],
    ]);
  });

  it.each([
    ['one space too far', '   - code: 1002'],
    ['one space short', ' - code: 1002'],
  ])('a list item %s', (_name, to) => {
    const { text, found } = of('  - code: 1002', to);
    expect(found).toEqual([
      ['yaml-indentation', posOf(text, '- code: 1002'), `This list item starts at column ${to.indexOf('-') + 1}, but the items of its list start at column 3 (line 24)`, 'start the line at column 3 (2 spaces)'],
    ]);
  });

  it('a top-level key one space in belongs at column 1, where its children say it does', () => {
    const { text, found } = of('codes:\n', ' codes:\n');
    expect(found).toEqual([
      ['yaml-indentation', posOf(text, 'codes:'), "'codes' starts at column 2, but the keys beside it start at column 1 ('title' on line 4)", 'start the line at column 1 (0 spaces)'],
    ]);
  });

  it('two misindented lines: two diagnostics, nothing else', () => {
    const text = edit(edit(validText, '    http: 400\n', '     http: 400\n'), '      zh-CN: 门店无效。\n', '     zh-CN: 门店无效。\n');
    expect(rows(text).map((r) => [r.rule, r.at])).toEqual([
      ['yaml-indentation', posOf(text, 'http: 400')],
      ['yaml-indentation', posOf(text, 'zh-CN: 门店无效')],
    ]);
  });
});

describe('what is not an indentation mistake', () => {
  it('block scalars, flow collections and folded plain text are read past', () => {
    const text = edit(
      edit(validText, '      en: The store is invalid.\n', '      en: |\n        The store\n          is invalid.\n'),
      '  targets: [zh-CN]',
      '  targets: [\n      zh-CN]',
    );
    expect(rows(text)).toEqual([]);
    const broken = edit(text, '    http: 400\n', '     http: 400\n');
    expect(rows(broken).map((r) => [r.rule, r.at])).toEqual([['yaml-indentation', posOf(broken, 'http: 400')]]);
  });

  it('an unclosed bracket keeps the yaml words', () => {
    const text = edit(validText, 'targets: [zh-CN]', 'targets: [zh-CN');
    expect(rows(text).map((r) => r.rule)).toEqual(['yaml-syntax']);
  });
});
