// The emitted JavaScript, imported for real: what npm consumers run.
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { generateTypeScript } from '../../../generators/emit/typescript/index.js';
import type { ErrorModel } from '../../../generators/model/types.js';
import { sampleModel } from '../../support/sample-model.js';
import { expectedMessages, options, stringModel, writePackage } from './support.js';

/** The runtime surface of catalog.js, typed loosely: the types are tsc's business. */
interface CatalogModule {
  describeError(code: unknown, options?: { scene?: string; locale?: string }): Described | undefined;
  isErrorCode(value: unknown): boolean;
  getErrorByName(name: string): { code: unknown; name: string } | undefined;
  getErrorByCode(code: unknown): { code: unknown; name: string } | undefined;
  formatMessage(key: string, params?: Record<string, unknown>, locale?: string): string;
  isMessageKey(key: unknown): boolean;
  retryVerdict(causes: readonly unknown[]): string;
}
interface Described {
  code: unknown;
  name: string;
  http: number;
  severity: string;
  informational: boolean;
  retired?: { since: string; reason: string };
  summary: string;
  retry: string;
  causes: { id: string; scene: string; sceneTitle: string; retry: string; advice: string; explanation: string; note?: string }[];
}

async function load(model: ErrorModel): Promise<{ catalog: CatalogModule; enumForm: Record<string, unknown>; constForm: Record<string, unknown> }> {
  const dir = writePackage(generateTypeScript(model, options));
  const url = (name: string): string => pathToFileURL(join(dir, 'ts', name)).href;
  return {
    catalog: (await import(/* @vite-ignore */ url('catalog.js'))) as CatalogModule,
    enumForm: ((await import(/* @vite-ignore */ url('error-code.js'))) as { ErrorCode: Record<string, unknown> }).ErrorCode,
    constForm: ((await import(/* @vite-ignore */ url('error-code-const.js'))) as { ErrorCode: Record<string, unknown> }).ErrorCode,
  };
}

const hostile = sampleModel.codes[0]!.causes[1]!.explanation.en!;

describe('emitted JavaScript (integer codes)', () => {
  let catalog: CatalogModule;
  let enumForm: Record<string, unknown>;
  let constForm: Record<string, unknown>;
  const protoBefore = Object.getOwnPropertyNames(Object.prototype).sort();
  beforeAll(async () => {
    ({ catalog, enumForm, constForm } = await load(sampleModel));
  });

  it('gives the verdicts of the brief', () => {
    expect(catalog.describeError(-1001)?.retry).toBe('mixed');
    expect(catalog.describeError(-1002)?.retry).toBe('not-an-error');
    expect(catalog.describeError(-1003)?.retry).toBe('may');
  });

  it('describes a code in full', () => {
    expect(catalog.describeError(-1003)).toEqual({
      code: -1003,
      name: 'LEGACY_TIMEOUT',
      http: 503,
      severity: 'error',
      informational: false,
      retired: { since: '2.0.0', reason: 'Replaced by INVALID_PARAMETER.' },
      summary: 'Upstream timed out.',
      causes: [{
        id: 'upstream-timeout',
        scene: 'checkout',
        sceneTitle: 'Checkout',
        classification: 'transient',
        retry: 'may',
        advice: 'Retry in place. If it still fails, recheck the process for',
        explanation: 'The upstream call timed out.',
        severity: 'error',
        http: 503,
        informational: false,
      }],
      retry: 'may',
    });
  });

  it('filters causes by scene', () => {
    const scan = catalog.describeError(-1001, { scene: 'scan' });
    expect(scan?.causes.map((c) => c.id)).toEqual(['bad-store']);
    expect(scan?.retry).toBe('never');
    const checkout = catalog.describeError(-1001, { scene: 'checkout' });
    expect(checkout?.causes.map((c) => c.id)).toEqual(['parse-failed']);
    expect(checkout?.retry).toBe('may');
    // No cause in the scene: the code's own verdict, not a vacuous "not-an-error".
    const none = catalog.describeError(-1003, { scene: 'scan' });
    expect(none?.causes).toEqual([]);
    expect(none?.retry).toBe('may');
  });

  it('fills placeholders from the params given, and leaves the rest as written', () => {
    const filled = catalog.describeError(-1001, { scene: 'scan', params: { storeId: 'S-9' } } as { scene: string });
    expect(filled?.causes[0]?.explanation).toBe('Store S-9 is unknown.');
    expect(catalog.describeError(-1001, { scene: 'scan' })?.causes[0]?.explanation).toBe('Store {{storeId}} is unknown.');
    expect(catalog.describeError(-1001, { scene: 'scan', locale: 'zh-CN', params: {} } as { scene: string })?.causes[0]?.explanation).toBe('门店 {{storeId}} 不存在。');
  });

  it('speaks zh-CN, and falls back to the source locale for an unknown one', () => {
    const zh = catalog.describeError(-1001, { locale: 'zh-CN' });
    expect(zh?.summary).toBe('参数无效。');
    expect(zh?.causes[0]).toMatchObject({ sceneTitle: '扫码', explanation: '门店 {{storeId}} 不存在。', advice: '请勿重试；请携带日志 ID 联系支持。' });
    expect(zh?.causes[1]?.note).toBe('按来源保留的异常行。');
    expect(catalog.describeError(-1001, { locale: 'fr' })?.summary).toBe('A parameter is invalid.');
    expect(catalog.describeError(-1001, { locale: '__proto__' })?.summary).toBe('A parameter is invalid.');
  });

  it('returns undefined for unknown codes, including look-alikes', () => {
    for (const code of [-9999, '-1001', 0, Number.NaN, '__proto__', null, undefined, {}]) {
      expect(catalog.describeError(code)).toBeUndefined();
      expect(catalog.getErrorByCode(code)).toBeUndefined();
    }
  });

  it('isErrorCode is exact and prototype-safe', () => {
    expect(catalog.isErrorCode(-1001)).toBe(true);
    expect(catalog.isErrorCode(-1003)).toBe(true);
    for (const x of ['__proto__', 'constructor', 'toString', 'hasOwnProperty', 'valueOf', '-1001', -1, 1001, null, undefined, {}, []]) {
      expect(catalog.isErrorCode(x)).toBe(false);
    }
  });

  it('resolves names and aliases, and nothing from the prototype', () => {
    expect(catalog.getErrorByName('BAD_PARAMETER')?.name).toBe('INVALID_PARAMETER');
    expect(catalog.getErrorByName('BAD_PARAMETER')).toBe(catalog.getErrorByName('INVALID_PARAMETER'));
    expect(catalog.getErrorByName('LEGACY_TIMEOUT')?.code).toBe(-1003);
    for (const name of ['__proto__', 'constructor', 'toString', 'core-logic-failed']) {
      expect(catalog.getErrorByName(name)).toBeUndefined();
    }
  });

  it('keeps hostile text exactly', () => {
    const described = catalog.describeError(-1001, { scene: 'checkout' });
    expect(described?.causes[0]?.explanation).toBe(hostile);
    expect(catalog.formatMessage('errors.INVALID_PARAMETER.causes.parse-failed')).toBe(hostile);
    // Params given, but none named notParam: {{notParam}} and ${x} stay as written.
    expect(catalog.formatMessage('errors.INVALID_PARAMETER.causes.parse-failed', {})).toBe(hostile);
  });

  it('formats messages with params and locales', () => {
    expect(catalog.formatMessage('errors.INVALID_PARAMETER.causes.bad-store', { storeId: 42 })).toBe('Store 42 is unknown.');
    expect(catalog.formatMessage('errors.INVALID_PARAMETER.causes.bad-store', { storeId: 'S-1' }, 'zh-CN')).toBe('门店 S-1 不存在。');
    // Inherited properties are not params.
    expect(catalog.formatMessage('errors.INVALID_PARAMETER.causes.bad-store', Object.create({ storeId: 1 }) as Record<string, unknown>))
      .toBe('Store {{storeId}} is unknown.');
    expect(() => catalog.formatMessage('errors.NOPE.summary')).toThrow(RangeError);
    expect(catalog.isMessageKey('title')).toBe(true);
    expect(catalog.isMessageKey('__proto__')).toBe(false);
  });

  it('has a message for every i18n key of the model', () => {
    const expected = expectedMessages(sampleModel);
    expect(expected.size).toBe(22);
    for (const [key, { texts }] of expected) {
      for (const locale of sampleModel.locales) expect(catalog.formatMessage(key, undefined, locale)).toBe(texts[locale]);
    }
  });

  it('has both forms with aliases, and the enum maps values back to current names', () => {
    for (const form of [enumForm, constForm]) {
      expect(form.INVALID_PARAMETER).toBe(-1001);
      expect(form.BAD_PARAMETER).toBe(-1001);
      expect(form.NOT_FOUND_INFO).toBe(-1002);
      expect(form.LEGACY_TIMEOUT).toBe(-1003);
    }
    expect(Object.keys(constForm)).toEqual(['BAD_PARAMETER', 'INVALID_PARAMETER', 'NOT_FOUND_INFO', 'LEGACY_TIMEOUT']);
    expect(enumForm[-1001]).toBe('INVALID_PARAMETER');
  });

  it('leaves Object.prototype untouched', () => {
    catalog.formatMessage('errors.INVALID_PARAMETER.causes.bad-store', JSON.parse('{"__proto__": {"polluted": 1}, "storeId": 1}') as Record<string, unknown>);
    catalog.getErrorByName('__proto__');
    catalog.describeError('__proto__');
    expect(Object.getOwnPropertyNames(Object.prototype).sort()).toEqual(protoBefore);
    expect(({} as Record<string, unknown>)['polluted']).toBeUndefined();
  });
});

describe('emitted JavaScript (string codes)', () => {
  let catalog: CatalogModule;
  let enumForm: Record<string, unknown>;
  beforeAll(async () => {
    ({ catalog, enumForm } = await load(stringModel));
  });

  it('looks up and describes string codes', () => {
    expect(enumForm.INVALID_PARAMETER).toBe('card_declined');
    expect(enumForm.BAD_PARAMETER).toBe('card_declined');
    expect(enumForm.NOT_FOUND_INFO).toBe('00000');
    expect(catalog.describeError('card_declined')?.retry).toBe('mixed');
    expect(catalog.describeError('00000')?.retry).toBe('not-an-error');
    expect(catalog.getErrorByName('BAD_PARAMETER')?.code).toBe('card_declined');
    expect(catalog.isErrorCode('00000')).toBe(true);
    for (const x of [0, '0', '__proto__', 'constructor', 'toString', -1001]) expect(catalog.isErrorCode(x)).toBe(false);
  });
});

/** The lean entry points: the text-free core and one module per locale. */
interface CoreModule {
  createDescriber(...messages: unknown[]): {
    locales: readonly string[];
    describeError(code: unknown, options?: { scene?: string; locale?: string }): Described | undefined;
    formatMessage(key: string, params?: Record<string, unknown>, locale?: string): string;
  };
  retryVerdictOf(code: unknown, scene?: string): string | undefined;
  listErrors(): readonly { code: unknown; name: string; retry: string; causes: readonly { retry: string }[] }[];
  errorCodes: readonly unknown[];
}

describe('the core and the messages modules', () => {
  let core: CoreModule;
  let en: { messages: object };
  let zh: { messages: { locale: string; codes: readonly string[] } };
  let catalog: CatalogModule;
  beforeAll(async () => {
    const dir = writePackage(generateTypeScript(sampleModel, options));
    const url = (name: string): string => pathToFileURL(join(dir, 'ts', name)).href;
    core = (await import(/* @vite-ignore */ url('core.js'))) as CoreModule;
    en = (await import(/* @vite-ignore */ url('messages/en.js'))) as typeof en;
    zh = (await import(/* @vite-ignore */ url('messages/zh-CN.js'))) as typeof zh;
    catalog = (await import(/* @vite-ignore */ url('catalog.js'))) as CatalogModule;
  });

  it('describes with one locale exactly as the root does with all', () => {
    const lean = core.createDescriber(zh.messages);
    expect(lean.locales).toEqual(['zh-CN']);
    for (const code of core.errorCodes) {
      // The source locale is not loaded: the one given is the default.
      expect(lean.describeError(code)).toEqual(catalog.describeError(code, { locale: 'zh-CN' }));
      expect(lean.describeError(code, { scene: 'scan' })).toEqual(catalog.describeError(code, { scene: 'scan', locale: 'zh-CN' }));
    }
    expect(lean.formatMessage('errors.INVALID_PARAMETER.causes.bad-store', { storeId: 7 })).toBe('门店 7 不存在。');
    expect(core.createDescriber(en.messages, zh.messages).describeError(-1001, { locale: 'zh-CN' })?.summary).toBe('参数无效。');
  });

  it('refuses messages that are not aligned with this core', () => {
    expect(() => core.createDescriber()).toThrow(/at least one locale/);
    expect(() => core.createDescriber({ ...zh.messages, codes: zh.messages.codes.slice(1) })).toThrow(/not those of catalog sample-api/);
    expect(() => core.createDescriber({ ...zh.messages, catalog: 'other' })).toThrow(TypeError);
  });

  it('gives retry verdicts and facts without any text', () => {
    expect(core.retryVerdictOf(-1001)).toBe('mixed');
    expect(core.retryVerdictOf(-1001, 'scan')).toBe('never');
    expect(core.retryVerdictOf(-1001, 'checkout')).toBe('may');
    expect(core.retryVerdictOf(-1003, 'scan')).toBe('may');
    expect(core.retryVerdictOf(-42)).toBeUndefined();
    expect(core.listErrors().map((e) => [e.code, e.name, e.retry])).toEqual(
      sampleModel.codes.map((c) => [c.code, c.name, c.retry]),
    );
  });
});
