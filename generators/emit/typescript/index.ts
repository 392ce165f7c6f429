// The TypeScript generator: `.ts` sources, and the `.js` + `.d.ts` the compiler would
// emit from them. The fixed runtime was compiled ahead of time (runtime-module.ts);
// the model-dependent modules are printed for all three targets at once (print.ts),
// so no run loads TypeScript. Every step is linear in the model.
import { tsHeader } from '../header.js';
import type { ErrorModel, GeneratedFile, Generator } from '../../model/types.js';
import { writeConstForm, writeEnumForm } from './code-forms.js';
import { writeCore } from './core-module.js';
import { writeI18nextTypes } from './i18next-module.js';
import { writeMessages } from './messages-module.js';
import { resolveOptions, type TypeScriptOptions } from './options.js';
import { writeRoot } from './root-module.js';
import { runtimeModules, writeRuntime } from './runtime-module.js';
import { renderSource, type Emit } from './source.js';

export type { TypeScriptForm, TypeScriptOptions } from './options.js';

interface Source {
  /** Path under `ts/`, without extension. */
  readonly name: string;
  readonly write: (emit: Emit) => void;
}

const LOCALE = /^[A-Za-z]{1,8}(?:-[A-Za-z0-9]{1,8})*$/;

export const generateTypeScript: Generator<TypeScriptOptions> = (model, options) => {
  const resolved = resolveOptions(options);
  const header = tsHeader(model, resolved).replace(/\n$/, '');
  // A line break in the spec path or command would end the `//` comment early.
  if (/[\r\n\u2028\u2029]/.test(header)) throw new Error('errspec: the notice header must be a single line');
  // Locales name files and modules.
  for (const locale of model.locales) {
    if (!LOCALE.test(locale)) throw new Error(`errspec: not a BCP 47 locale tag: ${JSON.stringify(locale)}`);
  }

  const files: GeneratedFile[] = [];
  for (const source of sources(model, resolved.forms)) {
    const rendered = renderSource(header, resolved.js, source.write);
    files.push({ path: `ts/${source.name}.ts`, contents: rendered.ts });
    if (resolved.js) {
      files.push({ path: `ts/${source.name}.js`, contents: rendered.js });
      files.push({ path: `ts/${source.name}.d.ts`, contents: rendered.dts });
    }
  }
  return files;
};

/** The module the package root re-exports `ErrorCode` from: the enum, else the const form. */
export function errorCodeModule(forms: ReadonlySet<string>): string | undefined {
  if (forms.has('enum')) return 'error-code';
  return forms.has('const') ? 'error-code-const' : undefined;
}

function sources(model: ErrorModel, forms: ReadonlySet<string>): Source[] {
  const out: Source[] = [];
  if (forms.has('enum')) out.push({ name: 'error-code', write: (emit) => writeEnumForm(emit, model) });
  if (forms.has('const')) out.push({ name: 'error-code-const', write: (emit) => writeConstForm(emit, model) });
  out.push({ name: 'core', write: (emit) => writeCore(emit, model) });
  for (const locale of model.locales) out.push({ name: `messages/${locale}`, write: (emit) => writeMessages(emit, model, locale) });
  out.push({ name: 'catalog', write: (emit) => writeRoot(emit, model, errorCodeModule(forms)) });
  out.push({ name: 'i18next', write: (emit) => writeI18nextTypes(emit, model) });
  for (const name of runtimeModules) out.push({ name: `runtime/${name}`, write: (emit) => writeRuntime(emit, name) });
  return out;
}
