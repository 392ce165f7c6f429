// The generated sources, their .d.ts, and a consumer, checked by the real tsc with
// the strictest consumer settings. Slow-ish (one tsc run each), so kept together.
import { describe, expect, it } from 'vitest';
import { generateTypeScript } from '../../../generators/emit/typescript/index.js';
import { sampleModel } from '../../support/sample-model.js';
import { options, strictFlags, stringModel, tsc, writePackage } from './support.js';

/** Uses every export a consumer would, and pins the compile-time contract with @ts-expect-error. */
function consumer(errorCodeModule: string): string {
  return `import { ErrorCode } from ${JSON.stringify(errorCodeModule)};
import { createDescriber, retryVerdictOf } from "./ts/core.js";
import { messages as zhCN } from "./ts/messages/zh-CN.js";
import {
  describeError,
  formatMessage,
  listErrors,
  getErrorByCode,
  getErrorByName,
  isErrorCode,
  isMessageKey,
  type DescribedError,
  type ErrorCodeValue,
  type ErrorInfo,
  type ErrorName,
  type Locale,
  type RetryVerdict,
} from "./ts/catalog.js";

// A member of either form is a known code, so the result is not undefined.
const known: DescribedError = describeError(ErrorCode.INVALID_PARAMETER, { scene: "scan", locale: "zh-CN" });
const verdict: RetryVerdict = known.retry;
const maybe: DescribedError | undefined = describeError(-42);
const byName: ErrorInfo = getErrorByName("BAD_PARAMETER");
const byCode: ErrorInfo | undefined = getErrorByCode(-42);
const renamed: ErrorCode = ErrorCode.BAD_PARAMETER;
const name: ErrorName = listErrors()[0]?.name ?? "INVALID_PARAMETER";
const locale: Locale = "zh-CN";

const input: unknown = listErrors()[0]?.code;
if (isErrorCode(input)) {
  const value: ErrorCodeValue = input;
  void value;
}

const text: string = formatMessage("errors.INVALID_PARAMETER.causes.bad-store", { storeId: 42 }, locale);
formatMessage("errors.INVALID_PARAMETER.causes.bad-store", { storeId: "S-1" });
formatMessage("errors.INVALID_PARAMETER.summary");
formatMessage("errors.INVALID_PARAMETER.summary", {}, "en");
formatMessage("uncoded.core-logic-failed.note");
const key: unknown = "title";
if (isMessageKey(key)) void key;

// @ts-expect-error a text with placeholders needs its params
formatMessage("errors.INVALID_PARAMETER.causes.bad-store");
// @ts-expect-error params are named exactly
formatMessage("errors.INVALID_PARAMETER.causes.bad-store", { store: 42 });
// @ts-expect-error a text without placeholders takes none
formatMessage("errors.INVALID_PARAMETER.summary", { storeId: 42 });
// @ts-expect-error only the catalog's keys
formatMessage("errors.NOPE.summary");
// @ts-expect-error only the catalog's locales
formatMessage("title", {}, "fr");
// @ts-expect-error only the catalog's scenes
describeError(ErrorCode.INVALID_PARAMETER, { scene: "nowhere" });
// @ts-expect-error the catalog is readonly
listErrors()[0]!.http = 200;

// The lean path: the core and one locale's texts.
const lean = createDescriber(zhCN);
const leanKnown: DescribedError = lean.describeError(ErrorCode.INVALID_PARAMETER);
const leanText: string = lean.formatMessage("errors.INVALID_PARAMETER.causes.bad-store", { storeId: 1 }, "zh-CN");
const sceneVerdict: RetryVerdict = retryVerdictOf(ErrorCode.INVALID_PARAMETER, "scan");
// @ts-expect-error only messages modules of this catalog
createDescriber({ locale: "fr" });
void [leanKnown, leanText, sceneVerdict];

void [known, verdict, maybe, byName, byCode, renamed, name, text];
`;
}

// Each tsc run loads the full lib; on a busy machine that takes a while.
describe('generated TypeScript passes tsc', { timeout: 240_000 }, () => {
  const files = generateTypeScript(sampleModel, options);

  // catalog.ts imports the core, the server module and the runtime: all are in this program.
  it('enum form + catalog, strictest settings (catalog also isolatedDeclarations-clean)', () => {
    const dir = writePackage(files, { 'consumer.ts': consumer('./ts/error-code.js') });
    const args = [...strictFlags, '--declaration', '--isolatedDeclarations'];
    expect(tsc(dir, [...args, 'ts/error-code.ts', 'ts/catalog.ts', 'consumer.ts'])).toBe('');
  });

  it('const form + catalog under --erasableSyntaxOnly', () => {
    // A team under --erasableSyntaxOnly emits the const form only; the root then re-exports it.
    const constOnly = generateTypeScript(sampleModel, { ...options, forms: ['const'] });
    const dir = writePackage(constOnly, { 'consumer.ts': consumer('./ts/catalog.js') });
    const args = [...strictFlags, '--erasableSyntaxOnly'];
    expect(tsc(dir, [...args, 'ts/catalog.ts', 'consumer.ts'])).toBe('');
    const both = writePackage(files, {});
    // The check has teeth: the enum form is exactly what it rejects.
    expect(tsc(both, [...args, 'ts/error-code.ts'])).toMatch(/TS1294/);
  });

  it('emitted .d.ts files, consumed through the .js files', () => {
    // Only .js/.d.ts present: resolution cannot fall back to the .ts sources.
    const emitted = files.filter((f) => !f.path.endsWith('.ts') || f.path.endsWith('.d.ts'));
    const dir = writePackage(emitted, {
      'consumer.ts': consumer('./ts/error-code.js'),
      'consumer-const.ts': consumer('./ts/error-code-const.js'),
    });
    expect(tsc(dir, [...strictFlags, 'consumer.ts', 'consumer-const.ts'])).toBe('');
  });

  it('string codes', () => {
    const stringFiles = generateTypeScript(stringModel, options);
    const source = consumer('./ts/error-code.js')
      .replaceAll('-1001', '"card_declined"')
      .replaceAll('-42', '"nope"');
    const dir = writePackage(stringFiles, { 'consumer.ts': source });
    expect(tsc(dir, [...strictFlags, 'ts/error-code.ts', 'ts/catalog.ts', 'consumer.ts'])).toBe('');
    // A string enum member is its literal type, and numbers are not codes.
    const extra = writePackage(generateTypeScript(stringModel, { ...options, forms: ['const'] }), {
      'extra.ts': `import { ErrorCode, describeError, type ErrorCodeValue } from "./ts/catalog.js";
const value: ErrorCodeValue = ErrorCode.INVALID_PARAMETER;
const literal: "card_declined" | "00000" | "legacy-timeout" = value;
// @ts-expect-error string catalogs take string codes
describeError(-1001);
void literal;
`,
    });
    expect(tsc(extra, [...strictFlags, '--erasableSyntaxOnly', 'ts/catalog.ts', 'extra.ts'])).toBe('');
  });
});
