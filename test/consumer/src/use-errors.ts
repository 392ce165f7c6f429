// What a repository that depends on the generated package writes: codes, the typed
// catalog, the language-neutral JSON and the translations, all imported by package
// name under strict TypeScript. Run, it prints one JSON report that the test reads.
import i18next from 'i18next';
import {
  describeError,
  ErrorCode as RootErrorCode,
  formatMessage,
  getErrorByName,
  isErrorCode,
  listErrors,
  type DescribedError,
  type ErrorCodeValue,
  type Locale,
} from '@voucher-verification/errors';
import { createDescriber, retryVerdictOf } from '@voucher-verification/errors/core';
import { messages as zhCNMessages } from '@voucher-verification/errors/messages/zh-CN';
import type { ErrorResources } from '@voucher-verification/errors/i18next';
import { ErrorCode } from '@voucher-verification/errors/error-code';
import { ErrorCode as ErrorCodes } from '@voucher-verification/errors/error-code-const';
import catalogJson from '@voucher-verification/errors/catalog.json' with { type: 'json' };
import en from '@voucher-verification/errors/i18n/en.json' with { type: 'json' };
import zhCN from '@voucher-verification/errors/i18n/zh-CN.json' with { type: 'json' };
import pkg from '@voucher-verification/errors/package.json' with { type: 'json' };

// i18next's keys typed from the package: t() accepts exactly the catalog's keys.
declare module 'i18next' {
  interface CustomTypeOptions {
    resources: { translation: ErrorResources };
  }
}

/** A client's error handling: a known code is described, anything else is not. */
export function explain(body: { readonly code: unknown }, locale: Locale): DescribedError | undefined {
  if (!isErrorCode(body.code)) return undefined;
  // Narrowed to a known code, so the result is not `| undefined`.
  const described: DescribedError = describeError(body.code, { locale });
  return described;
}

// Both forms of ErrorCode are ErrorCodeValue, and a number that is no code is not.
const fromEnum: ErrorCodeValue = ErrorCode.NO_PERMISSION;
const fromConst: ErrorCodeValue = ErrorCodes.NO_PERMISSION;
// @ts-expect-error 12345 is not a code of the catalog: the types must say so.
const notACode: ErrorCodeValue = 12345;

await i18next.init({
  lng: 'en',
  fallbackLng: false,
  resources: { en: { translation: en }, 'zh-CN': { translation: zhCN } },
});

const key = 'errors.NO_PERMISSION.summary' as const;
// @ts-expect-error not a key of the catalog: typed i18next refuses it.
i18next.t('errors.NO_SUCH_CODE.summary');
const described = explain({ code: ErrorCode.NO_PERMISSION }, 'zh-CN');
// The lean path a browser takes: the text-free core and one locale's texts.
const lean = createDescriber(zhCNMessages).describeError(ErrorCode.NO_PERMISSION);

const report = {
  package: { name: pkg.name, version: pkg.version },
  codes: listErrors().length,
  catalogJsonCodes: catalogJson.codes.length,
  enumEqualsConst: fromEnum === fromConst,
  rootIsEnum: RootErrorCode.NO_PERMISSION === ErrorCode.NO_PERMISSION,
  notACode,
  described: described ? { name: described.name, summary: described.summary, retry: described.retry } : null,
  lean: { summary: lean.summary, retry: lean.retry, verdict: retryVerdictOf(ErrorCode.NO_PERMISSION) },
  unknownIsUndefined: explain({ code: 'no-such-code' }, 'en') === undefined,
  byName: getErrorByName('NO_PERMISSION').code,
  i18next: { en: i18next.t(key, { lng: 'en' }), 'zh-CN': i18next.t(key, { lng: 'zh-CN' }) },
  formatMessage: { en: formatMessage(key, {}, 'en'), 'zh-CN': formatMessage(key, {}, 'zh-CN') },
};

console.log(JSON.stringify(report));
