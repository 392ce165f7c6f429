// `ts/catalog.ts`, the package root: the core, the server module, `ErrorCode`, and `describeError` /
// `formatMessage` over every locale. The locales are joined on first use, so a
// bundle that imports only `ErrorCode` or `isErrorCode` from here holds no text.
import type { ErrorModel } from '../../model/types.js';
import { tsString } from './literal.js';
import { codeLine, exportedFunction, lazyValue, typeLine } from './print.js';
import type { Emit } from './source.js';

export function writeRoot(emit: Emit, model: ErrorModel, errorCodeModule: string | undefined): void {
  // Declaration emit keeps only what the declarations use: the implementation's types apart.
  emit.ts('import type { Describer } from "./core.js";');
  typeLine(emit, 'import type { CodeInput, DescribedError, DescribeOptions, ErrorCodeValue, MessageArgs, MessageKey } from "./core.js";');
  codeLine(emit, 'import { createDescriber } from "./core.js";');
  importLocales(emit, model, './messages/');
  emit.ts('');
  for (const line of ['export * from "./core.js";', 'export * from "./server.js";', ...(errorCodeModule === undefined ? [] : [`export { ErrorCode } from "./${errorCodeModule}.js";`])]) {
    codeLine(emit, line);
    emit.dts(line);
  }
  emit.ts('');
  lazyValue(emit, { variable: 'describer', type: 'Describer', getter: 'everyLocale', init: `createDescriber(${localeNames(model).join(', ')})` });
  emit.ts('');
  exportedFunction(emit, {
    doc: [
      'A code explained in one locale (default: the source locale), its causes limited',
      'to one scene when "scene" is given; undefined for an unknown code. Loads every',
      'locale: in a browser, prefer `createDescriber` with the locales you show.',
    ],
    name: 'describeError',
    overloads: ['(code: ErrorCodeValue, options?: DescribeOptions): DescribedError', '(code: CodeInput, options?: DescribeOptions): DescribedError | undefined'],
    signature: '(code: CodeInput, options?: DescribeOptions): DescribedError | undefined',
    jsParams: 'code, options',
    body: ['return everyLocale().describeError(code, options);'],
  });
  emit.ts('');
  exportedFunction(emit, {
    doc: [
      'The text of an i18n key in a locale (default: the source locale), with each',
      '{{name}} placeholder whose name is in params replaced by its value.',
    ],
    name: 'formatMessage',
    typeParams: '<K extends MessageKey>',
    signature: '(key: K, ...args: MessageArgs<K>): string',
    jsParams: 'key, ...args',
    body: ['return everyLocale().formatMessage(key, ...args);'],
  });
  emit.ts('');
  exportedFunction(emit, {
    doc: ['Whether "key" is an i18n key of this catalog.'],
    name: 'isMessageKey',
    signature: '(key: unknown): key is MessageKey',
    jsParams: 'key',
    body: ['return everyLocale().isMessageKey(key);'],
  });
}

/** The local names the messages modules are imported under, in locale order. */
export function localeNames(model: ErrorModel): string[] {
  return model.locales.map((_, i) => `locale${i}`);
}

/** `import { messages as localeN } from "<prefix><locale>.js"` for every locale. */
export function importLocales(emit: Emit, model: ErrorModel, prefix: string): void {
  const names = localeNames(model);
  model.locales.forEach((locale, i) => codeLine(emit, `import { messages as ${names[i]} } from ${tsString(`${prefix}${locale}.js`)};`));
}
