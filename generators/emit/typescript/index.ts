// The TypeScript generator: `.ts` sources, and the `.js` + `.d.ts` the compiler would
// emit from them, written directly (see source.ts) so no run loads TypeScript. Nothing
// here type-checks, and every step is linear in the model.
import { tsHeader } from '../header.js';
import type { ErrorModel, GeneratedFile, Generator } from '../../model/types.js';
import { writeCatalog } from './catalog.js';
import { writeConstForm, writeEnumForm } from './code-forms.js';
import { resolveOptions, type TypeScriptOptions } from './options.js';
import { renderSource, type Emit } from './source.js';

export type { TypeScriptForm, TypeScriptOptions } from './options.js';

interface Source {
  readonly name: string;
  readonly write: (emit: Emit, model: ErrorModel) => void;
}

export const generateTypeScript: Generator<TypeScriptOptions> = (model, options) => {
  const resolved = resolveOptions(options);
  const header = tsHeader(model, resolved).replace(/\n$/, '');
  // A line break in the spec path or command would end the `//` comment early.
  if (/[\r\n\u2028\u2029]/.test(header)) throw new Error('errspec: the notice header must be a single line');

  const sources: Source[] = [];
  if (resolved.forms.has('enum')) sources.push({ name: 'error-code', write: writeEnumForm });
  if (resolved.forms.has('const')) sources.push({ name: 'error-code-const', write: writeConstForm });
  sources.push({ name: 'catalog', write: writeCatalog });

  const files: GeneratedFile[] = [];
  for (const source of sources) {
    const rendered = renderSource(header, resolved.js, (emit) => source.write(emit, model));
    files.push({ path: `ts/${source.name}.ts`, contents: rendered.ts });
    if (resolved.js) {
      files.push({ path: `ts/${source.name}.js`, contents: rendered.js });
      files.push({ path: `ts/${source.name}.d.ts`, contents: rendered.dts });
    }
  }
  return files;
};
