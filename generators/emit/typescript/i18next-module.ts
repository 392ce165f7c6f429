// `ts/i18next.ts`: the shape of `i18n/<locale>.json` as a type, for i18next's
// `CustomTypeOptions`, so `t("errors.NO_PERMISSION.summary")` is checked. Values are
// `string`, as i18next types a JSON import, so a text edit never changes the type.
import { i18nKeyTree, type KeyTree } from '../i18n/index.js';
import type { ErrorModel } from '../../model/types.js';
import { propertyKey } from './literal.js';
import { docBoth, typeLine } from './print.js';
import type { Emit } from './source.js';

export function writeI18nextTypes(emit: Emit, model: ErrorModel): void {
  docBoth(emit, [
    'The i18n JSON of this catalog (`i18n/<locale>.json`) as a type. Plug it into i18next:',
    '',
    '```ts',
    'declare module "i18next" {',
    '  interface CustomTypeOptions { resources: { translation: ErrorResources } }',
    '}',
    '```',
  ]);
  typeLine(emit, 'export interface ErrorResources {');
  writeTree(emit, i18nKeyTree(model), 1);
  typeLine(emit, '}');
  // A module of types only: the compiler's JavaScript for it.
  emit.js('export {};');
}

function writeTree(emit: Emit, tree: KeyTree, depth: number): void {
  for (const [segment, child] of tree) {
    const key = propertyKey(segment);
    if (child instanceof Map) {
      emit.ts(`${'  '.repeat(depth)}readonly ${key}: {`);
      emit.dts(`${'    '.repeat(depth)}readonly ${key}: {`);
      writeTree(emit, child, depth + 1);
      emit.ts(`${'  '.repeat(depth)}};`);
      emit.dts(`${'    '.repeat(depth)}};`);
    } else {
      emit.ts(`${'  '.repeat(depth)}readonly ${key}: string;`);
      emit.dts(`${'    '.repeat(depth)}readonly ${key}: string;`);
    }
  }
}
