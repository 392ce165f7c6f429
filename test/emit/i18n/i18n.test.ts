import i18next, { type i18n } from 'i18next';
import { describe, expect, it } from 'vitest';
import { generateI18n, i18nEntries } from '../../../generators/emit/i18n/index.js';
import type { ErrorModel, GeneratedFile } from '../../../generators/model/types.js';
import { sampleModel } from '../../support/sample-model.js';

const options = { command: 'npm run generate' } as const;

type Tree = { [key: string]: Tree | string };

function fileFor(files: readonly GeneratedFile[], locale: string): GeneratedFile {
  const file = files.find((f) => f.path === `i18n/${locale}.json`);
  if (!file) throw new Error(`no file for ${locale}`);
  return file;
}

async function load(locale: string, contents: string): Promise<i18n> {
  const instance = i18next.createInstance();
  await instance.init({
    lng: locale,
    fallbackLng: false,
    resources: { [locale]: { translation: JSON.parse(contents) as Tree } },
    interpolation: { escapeValue: false },
  });
  return instance;
}

/** Every leaf path, sorted: the key set i18next can resolve. */
function leafKeys(tree: Tree, prefix = ''): string[] {
  return Object.keys(tree)
    .flatMap((k) => {
      const v = tree[k];
      const path = prefix ? `${prefix}.${k}` : k;
      return typeof v === 'string' ? [path] : leafKeys(v as Tree, path);
    })
    .sort();
}

const hostile = sampleModel.codes[0]!.causes[1]!.explanation.en!;

/** sampleModel with the `parse-failed` explanation replaced in every locale. */
function withParseFailed(text: string): ErrorModel {
  const [first, ...rest] = sampleModel.codes;
  const [storeCause, parseFailed, ...others] = first!.causes;
  return {
    ...sampleModel,
    codes: [
      { ...first!, causes: [storeCause!, { ...parseFailed!, explanation: { en: text, 'zh-CN': text } }, ...others] },
      ...rest,
    ],
  };
}

describe('generateI18n', () => {
  const files = generateI18n(sampleModel, options);

  it('writes one file per model locale, in model order', () => {
    expect(files.map((f) => f.path)).toEqual(['i18n/en.json', 'i18n/zh-CN.json']);
  });

  it('restricts to the requested locales and rejects unknown ones', () => {
    expect(generateI18n(sampleModel, { ...options, locales: ['zh-CN'] }).map((f) => f.path)).toEqual(['i18n/zh-CN.json']);
    expect(generateI18n(sampleModel, { ...options, locales: [] })).toEqual([]);
    expect(() => generateI18n(sampleModel, { ...options, locales: ['fr'] })).toThrow(/unknown locale\(s\) fr/);
  });

  it('nests exactly the keys of keys.ts, aliases keying their code\'s texts, with no wrapper', () => {
    const en = JSON.parse(fileFor(files, 'en').contents) as Tree;
    expect(Object.keys(en)).toEqual(['classifications', 'errors', 'scenes', 'title', 'uncoded']);
    expect(leafKeys(en)).toEqual(i18nEntries(sampleModel).map((e) => e.key).sort());
    expect(leafKeys(en)).toEqual([
      'classifications.info.advice',
      'classifications.permanent.advice',
      'classifications.transient.advice',
      'classifications.transient.note',
      'errors.BAD_PARAMETER.causeNotes.parse-failed',
      'errors.BAD_PARAMETER.causes.bad-store',
      'errors.BAD_PARAMETER.causes.parse-failed',
      'errors.BAD_PARAMETER.summary',
      'errors.INVALID_PARAMETER.causeNotes.parse-failed',
      'errors.INVALID_PARAMETER.causes.bad-store',
      'errors.INVALID_PARAMETER.causes.parse-failed',
      'errors.INVALID_PARAMETER.summary',
      'errors.LEGACY_TIMEOUT.causes.upstream-timeout',
      'errors.LEGACY_TIMEOUT.retired',
      'errors.LEGACY_TIMEOUT.summary',
      'errors.NOT_FOUND_INFO.causes.no-voucher',
      'errors.NOT_FOUND_INFO.summary',
      'scenes.checkout.title',
      'scenes.scan.title',
      'title',
      'uncoded.core-logic-failed.explanation',
      'uncoded.core-logic-failed.note',
    ]);
    const tree = en as { errors: Record<string, unknown> };
    expect(tree.errors['BAD_PARAMETER']).toEqual(tree.errors['INVALID_PARAMETER']);
  });

  it('gives every locale the same nested key set', () => {
    const [first, ...others] = files.map((f) => leafKeys(JSON.parse(f.contents) as Tree));
    for (const other of others) expect(other).toEqual(first);
  });

  it('resolves through i18next in every locale', async () => {
    const en = await load('en', fileFor(files, 'en').contents);
    const zh = await load('zh-CN', fileFor(files, 'zh-CN').contents);
    expect(en.t('errors.INVALID_PARAMETER.summary')).toBe('A parameter is invalid.');
    expect(zh.t('errors.INVALID_PARAMETER.summary')).toBe('参数无效。');
    // Fallback-filled in the model: zh-CN carries the English text as its own.
    expect(zh.t('errors.NOT_FOUND_INFO.summary')).toBe('Nothing was found (not an error).');
    expect(en.t('errors.INVALID_PARAMETER.causes.bad-store', { storeId: 42 })).toBe('Store 42 is unknown.');
    expect(zh.t('errors.INVALID_PARAMETER.causes.bad-store', { storeId: 42 })).toBe('门店 42 不存在。');
    expect(en.t('errors.LEGACY_TIMEOUT.retired')).toBe('Replaced by INVALID_PARAMETER.');
    expect(en.t('scenes.scan.title')).toBe('Scan | the code');
    expect(zh.t('classifications.transient.note')).toBe('来源中此建议被截断。');
    expect(en.t('uncoded.core-logic-failed.explanation')).toBe('Core logic failed.');
    expect(en.t('title')).toBe('Sample API');
  });

  it('renders a hostile text without placeholders byte for byte', async () => {
    const plain = hostile.replace('{{notParam}}', 'notParam');
    expect(plain).not.toContain('{{');
    const model = withParseFailed(plain);
    for (const file of generateI18n(model, options)) {
      const locale = file.path.slice('i18n/'.length, -'.json'.length);
      const t = (await load(locale, file.contents)).t;
      expect(t('errors.INVALID_PARAMETER.causes.parse-failed')).toBe(plain);
      // Whatever values a caller passes, nothing in it is i18next syntax.
      expect(t('errors.INVALID_PARAMETER.causes.parse-failed', { x: 'X', notParam: 'N', storeId: 1 })).toBe(plain);
    }
  });

  it('leaves an undeclared {{notParam}} literal unless a caller passes that value', async () => {
    // i18next's default skipOnVariables keeps a placeholder with no value as written;
    // a value passed under that name is substituted. Validation (only declared
    // placeholders) is what makes this safe, not the generator.
    const en = await load('en', fileFor(files, 'en').contents);
    expect(en.t('errors.INVALID_PARAMETER.causes.parse-failed')).toBe(hostile);
    expect(en.t('errors.INVALID_PARAMETER.causes.parse-failed', { notParam: 'X' })).toBe(hostile.replace('{{notParam}}', 'X'));
  });

  it('documents that i18next expands $t(...) nesting inside a text', async () => {
    // Finding for the validator: the generator writes the text as is, but i18next
    // resolves `$t(key)` against the whole resource (or echoes the key if missing).
    const model = withParseFailed('See $t(title) and $t(no.such.key) here.');
    const en = await load('en', fileFor(generateI18n(model, options), 'en').contents);
    expect(en.t('errors.INVALID_PARAMETER.causes.parse-failed')).toBe('See Sample API and no.such.key here.');
    expect(en.t('errors.INVALID_PARAMETER.causes.parse-failed', { nest: false })).toBe('See $t(title) and $t(no.such.key) here.');
  });

  it('keeps __proto__ and constructor segments as own keys and leaves Object.prototype alone', async () => {
    const before = Object.getOwnPropertyNames(Object.prototype).sort();
    const model: ErrorModel = {
      ...sampleModel,
      scenes: [
        ...sampleModel.scenes,
        { id: '__proto__', title: { en: 'Proto', 'zh-CN': '原型' } },
        { id: 'constructor', title: { en: 'Ctor', 'zh-CN': '构造' } },
      ],
    };
    const files2 = generateI18n(model, options);
    const en = fileFor(files2, 'en').contents;
    expect(en).toContain('"__proto__": {\n      "title": "Proto"\n    }');
    const parsed = JSON.parse(en) as { scenes: Tree };
    expect(Object.prototype.hasOwnProperty.call(parsed.scenes, '__proto__')).toBe(true);
    expect(Object.getPrototypeOf(parsed.scenes)).toBe(Object.prototype);
    for (const file of [...files, ...files2]) {
      const locale = file.path.slice('i18n/'.length, -'.json'.length);
      await load(locale, file.contents);
    }
    const loaded = await load('en', en);
    expect(loaded.t('scenes.__proto__.title')).toBe('Proto');
    expect(loaded.t('scenes.constructor.title')).toBe('Ctor');
    expect(Object.getOwnPropertyNames(Object.prototype).sort()).toEqual(before);
    expect(({} as Record<string, unknown>)['title']).toBeUndefined();
  });

  it('refuses a model that is not fallback-filled', () => {
    const model: ErrorModel = { ...sampleModel, title: { en: 'Sample API' } };
    expect(() => generateI18n(model, { ...options, locales: ['en'] })).toThrow(/locale zh-CN lacks "title"/);
  });

  it('refuses colliding keys instead of letting one text hide another', () => {
    const model: ErrorModel = { ...sampleModel, codes: [...sampleModel.codes, sampleModel.codes[0]!] };
    expect(() => generateI18n(model, options)).toThrow(/errors\.INVALID_PARAMETER\.summary" is defined twice/);
  });

  it('is deterministic, LF only, with one final newline and no trailing spaces', () => {
    const again = generateI18n(sampleModel, options);
    expect(again).toEqual(files);
    for (const { contents } of files) {
      expect(contents).not.toContain('\r');
      expect(contents.endsWith('}\n')).toBe(true);
      expect(contents.endsWith('\n\n')).toBe(false);
      expect(contents).not.toMatch(/[ \t]$/m);
    }
  });
});
