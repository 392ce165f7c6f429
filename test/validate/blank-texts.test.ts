// A blank text (empty, or only whitespace: spaces, tabs, line ends, U+3000) is a missing
// one (issue 14, item 7): an error where its locale may not fall back, reported at the
// text itself; filled from the fallback, and counted missing by the translation status,
// where it may.
import { describe, expect, it } from 'vitest';
import { loadSpecSource } from '../../generators/pipeline/load-spec.js';
import { translationStatuses } from '../../generators/translations/status.js';
import { translationUnits } from '../../generators/translations/units.js';
import { edit, posOf, rows, SPEC, validText } from './support.js';

const ZH = '          zh-CN: 门店今天不营业。';
const withZh = (value: string) => edit(validText, ZH, `          zh-CN: ${value}`);
const withFallback = (text: string) => edit(text, '  targets: [zh-CN]', '  targets: [zh-CN]\n  fallback: { zh-CN: en }');

describe('a blank text in a locale that may not fall back', () => {
  it.each([
    ['spaces', '"   "'],
    ['tabs and line ends', '"\\t\\n\\t"'],
    ['ideographic spaces', '"\\u3000\\u3000"'],
    ['a raw U+3000', '\u3000'],
    ['a block scalar of blank lines', '|\n\n            \n'],
    ['the empty string (the schema says so too, in other words)', '""'],
  ])('%s is missing-translation at the text', (_name, value) => {
    const text = withZh(value);
    expect(rows(text)).toEqual([{
      rule: 'missing-translation',
      severity: 'error',
      at: '49:18',
      message: 'explanation.zh-CN of code 1002 STORE_CLOSED, cause closed-today is blank (empty or only whitespace), which counts as no text',
      hint: "write the text in 'zh-CN', or remove it and let the locale fall back (locales.fallback)",
    }]);
    // Line 49 holds the text; its value starts after the 17 characters of `          zh-CN: `.
    expect(text.split('\n')[48]?.startsWith('          zh-CN: ')).toBe(true);
  });

  it('in the source locale too, with the source hint', () => {
    const text = edit(validText, '      en: The store is closed.', '      en: "  "');
    expect(rows(text)).toEqual([{
      rule: 'missing-translation',
      severity: 'error',
      at: posOf(text, '"  "'),
      message: 'summary.en of code 1002 STORE_CLOSED is blank (empty or only whitespace), which counts as no text',
      hint: "write the text: 'en' is the source locale, which has every text",
    }]);
  });

  it('is not compared for placeholders: the one mistake is the blank text', () => {
    const text = edit(withZh('" "'), '        explanation:\n          en: The store does not open today.',
      '        params: [storeId]\n        explanation:\n          en: The store {{storeId}} does not open today.');
    expect(rows(text).map((r) => r.rule)).toEqual(['missing-translation']);
  });

  it('text with a word among the whitespace is not blank', () => {
    expect(rows(withZh('"\\u3000关闭\\n"'))).toEqual([]);
  });
});

describe('a blank text in a locale that falls back', () => {
  const text = withFallback(withZh('"  \\t "'));
  const loaded = loadSpecSource({ path: SPEC, text });

  it('validates, and the model holds the fallback text', () => {
    expect(loaded.diagnostics).toEqual([]);
    const cause = loaded.model?.codes[1]?.causes[0];
    expect(cause?.explanation).toEqual({ en: 'The store does not open today.', 'zh-CN': 'The store does not open today.' });
  });

  it('the empty text too, like the whitespace-only one', () => {
    const empty = loadSpecSource({ path: SPEC, text: withFallback(withZh('""')) });
    expect(empty.diagnostics).toEqual([]);
    expect(empty.model?.codes[1]?.causes[0]?.explanation['zh-CN']).toBe('The store does not open today.');
  });

  it('is listed as filled by the fallback, like a missing one', () => {
    expect(loaded.model?.coverage).toEqual([{ locale: 'zh-CN', key: 'errors.STORE_CLOSED.causes.closed-today', from: 'en' }]);
  });

  it('counts as missing in the translation status', () => {
    const model = loaded.model!;
    const statuses = translationStatuses(model, translationUnits(model), undefined);
    expect(statuses.filter((s) => s.state !== 'translated').map((s) => [s.unit.key, s.state])).toEqual([['errors.STORE_CLOSED.causes.closed-today', 'missing']]);
  });
});
