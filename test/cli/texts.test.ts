// Texts as translators and API teams write them (issue 14, item 7): a path template
// `{id}` and bidi isolates validate and come out of every output as written; a bidi
// override and a blank text are refused at their file:line:column, by the real bin.
import i18next from 'i18next';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse as parseYaml } from 'yaml';
import { afterAll, describe, expect, it } from 'vitest';
import { readMarkdownTemplates } from '../../generators/load/templates.js';
import { runGenerators } from '../../generators/pipeline/generate.js';
import { loadSpecSource } from '../../generators/pipeline/load-spec.js';
import { runBin } from '../support/cli.js';
import { edit, posOf, validText } from '../validate/support.js';

const PATH_TEMPLATE = 'DELETE /v1/wallets/{id}';
/** An English sentence with an Arabic name isolated (FSI … PDI), and the Arabic text with a Latin one. */
const EN_ISOLATED = 'The store \u2068متجر الأمل\u2069 does not open today.';
const AR_ISOLATED = 'المتجر \u2068Acme Store\u2069 مغلق اليوم.';

const TEMPLATED = edit(validText, '      en: Checkout\n      zh-CN: 结账', `      en: ${PATH_TEMPLATE}\n      zh-CN: 删除 /v1/wallets/{id}`);
const ISOLATED = edit(
  edit(validText, '  targets: [zh-CN]', '  targets: [zh-CN, ar]\n  fallback: { ar: en }'),
  '          en: The store does not open today.\n          zh-CN: 门店今天不营业。',
  `          en: "The store \\u2068متجر الأمل\\u2069 does not open today."\n          zh-CN: 门店今天不营业。\n          ar: "المتجر \\u2068Acme Store\\u2069 مغلق اليوم."`,
);
const OVERRIDE = edit(validText, '          en: The store does not open today.', '          en: "The store does not open \\u202Etoday."');
const BLANK = edit(validText, '          zh-CN: 门店今天不营业。', '          zh-CN: "\\u3000 "');

const dir = mkdtempSync(join(tmpdir(), 'errspec-texts-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
function specFile(name: string, text: string): string {
  const path = join(dir, name);
  writeFileSync(path, text);
  return path;
}

describe('errspec validate (the bin)', () => {
  it.each([
    ['a scene titled with a path template', 'templated.yaml', TEMPLATED],
    ['texts with bidi isolates', 'isolated.yaml', ISOLATED],
  ])('accepts %s: exit 0, no diagnostic', (_name, file, text) => {
    const r = runBin(['validate', '--spec', specFile(file, text)]);
    expect([r.code, r.stderr]).toEqual([0, '']);
    expect(r.stdout).toContain('is valid: 2 codes');
  });

  it.each([
    ['a bidi override', 'override.yaml', OVERRIDE, '\\u202E', 'text-control-character'],
    ['a whitespace-only text', 'blank.yaml', BLANK, '"\\u3000 "', 'missing-translation'],
  ])('refuses %s: exit 1, at its file:line:column', (_name, file, text, needle, rule) => {
    const path = specFile(file, text);
    const r = runBin(['validate', '--spec', path]);
    expect(r.code).toBe(1);
    expect(r.stderr.split('\n')[0]).toMatch(new RegExp(`^${path.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}:${posOf(text, needle)}  error  .*\\(${rule}\\)$`));
  });
});

describe('the outputs keep the path template and the isolates as written', async () => {
  const text = edit(ISOLATED, '      en: Checkout\n      zh-CN: 结账', `      en: ${PATH_TEMPLATE}\n      zh-CN: 删除 /v1/wallets/{id}`);
  const loaded = loadSpecSource({ path: 'spec.yaml', text });
  const files = await runGenerators(loaded.model!, { command: 'npm run generate' }, {}, () => readMarkdownTemplates());
  const file = (path: string) => files.find((f) => f.path === path)?.contents ?? '';

  it('loads without a diagnostic', () => {
    expect(loaded.diagnostics).toEqual([]);
  });

  it('i18next prints them as written, whatever values it is given', async () => {
    for (const [locale, title, explanation] of [['en', PATH_TEMPLATE, EN_ISOLATED], ['ar', PATH_TEMPLATE, AR_ISOLATED]] as const) {
      const t = i18next.createInstance();
      await t.init({ lng: locale, fallbackLng: false, resources: { [locale]: { translation: JSON.parse(file(`i18n/${locale}.json`)) as object } }, interpolation: { escapeValue: false } });
      expect(t.t('scenes.checkout.title')).toBe(title);
      expect(t.t('scenes.checkout.title', { id: 'w-1' })).toBe(title);
      expect(t.t('errors.STORE_CLOSED.causes.closed-today')).toBe(explanation);
    }
  });

  it('the markdown pages hold them unchanged', () => {
    expect(file('docs/en.md')).toContain(`## Scene: ${PATH_TEMPLATE}\n`);
    expect(file('docs/en.md')).toContain(`| ${EN_ISOLATED} |`);
    expect(file('docs/ar.md')).toContain(`| ${AR_ISOLATED} |`);
  });

  it('OpenAPI YAML and JSON read back with them', () => {
    const strings = (doc: unknown): string[] =>
      typeof doc === 'string' ? [doc] : doc && typeof doc === 'object' ? Object.values(doc).flatMap(strings) : [];
    for (const doc of [parseYaml(file('openapi/errors.yaml')) as unknown, JSON.parse(file('openapi/errors.json')) as unknown]) {
      const all = strings(doc);
      expect(all).toContain(PATH_TEMPLATE);
      expect(all).toContain(EN_ISOLATED);
    }
  });
});
