// The TypeScript generator. Loads ts-morph (0.3 s), so the pipeline imports this
// module lazily; nothing here type-checks, and every step is linear in the model.
import { tsHeader } from '../header.js';
import type { ErrorModel, GeneratedFile, Generator } from '../../model/types.js';
import { writeCatalog } from './catalog.js';
import { writeConstForm, writeEnumForm } from './code-forms.js';
import { resolveOptions, type TypeScriptOptions } from './options.js';
import { createRenderer, type Emit } from './source.js';
import { transpileDts, transpileJs } from './transpile.js';

export type { TypeScriptForm, TypeScriptOptions } from './options.js';

interface Source {
  readonly name: string;
  readonly write: (emit: Emit, model: ErrorModel, header: string) => void;
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

  const renderer = createRenderer();
  const files: GeneratedFile[] = [];
  for (const source of sources) {
    const path = `ts/${source.name}.ts`;
    const contents = renderer.render((emit) => source.write(emit, model, header));
    files.push({ path, contents });
    if (resolved.js) {
      files.push({ path: `ts/${source.name}.js`, contents: transpileJs(contents, path, header) });
      files.push({ path: `ts/${source.name}.d.ts`, contents: transpileDts(contents, path, header) });
    }
  }
  return files;
};
