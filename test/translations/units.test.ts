// Translation units are the i18n texts: the same keys in the same order as the i18n
// JSON, each path pointing at that text's map in the spec.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseDocument } from 'yaml';
import { i18nEntries } from '../../generators/emit/i18n/index.js';
import { loadSpecFile } from '../../generators/pipeline/load-spec.js';
import { translationUnits } from '../../generators/translations/units.js';
import { describePlaceholder } from '../../generators/translations/params.js';
import { repoRoot } from '../support/cli.js';

describe.each(['spec/errors.yaml', 'test/translations/fixtures/shop.yaml', 'test/fixtures/string-codes/spec.yaml'])('translation units of %s', (spec) => {
  const model = loadSpecFile(join(repoRoot, spec), spec).model!;
  const units = translationUnits(model);
  const data = parseDocument(readFileSync(join(repoRoot, spec), 'utf8')).toJS() as unknown;

  // A text is translated once, under its code's current name; the alias keys repeat it.
  it('are the i18n entries without the alias keys, in order', () => {
    expect(units.map((u) => [u.key, u.text])).toEqual(i18nEntries(model, { written: true }).map((e) => [e.key, e.text]));
  });

  it('each point at their own text in the spec', () => {
    for (const u of units) {
      const map = u.path.reduce<unknown>((node, segment) => (node as Record<string | number, unknown> | undefined)?.[segment], data) as Record<string, string> | undefined;
      expect(map?.[model.sourceLocale], u.key).toBe(u.text[model.sourceLocale]);
    }
  });
});

describe('a placeholder note', () => {
  const locales = ['zh-CN', 'en'];
  it('says what a bare param name can say', () => {
    expect(describePlaceholder('storeId', ['storeId'], locales)).toBe('Placeholder {{storeId}}: the value of the param storeId (the spec gives no description). Keep it as it is.');
  });

  it('uses a typed param’s description (in the target locale first) and example', () => {
    const typed = [{ name: 'storeId', type: 'string', example: 'S-1024', description: { en: 'the store’s id', 'zh-CN': '门店 ID' } }, { name: 'n', type: 'integer', example: 3, description: 'how many' }];
    expect(describePlaceholder('storeId', typed, locales)).toBe('Placeholder {{storeId}}: 门店 ID; example: S-1024. Keep it as it is.');
    expect(describePlaceholder('n', typed, locales)).toBe('Placeholder {{n}}: how many; example: 3. Keep it as it is.');
    expect(describePlaceholder('n', [{ name: 'n', example: null }, 'x', 42, null], locales)).toBe('Placeholder {{n}}: the value of the param n (the spec gives no description). Keep it as it is.');
  });
});
