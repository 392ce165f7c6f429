import type { CommonOptions, ErrorModel } from '../../model/types.js';
import { yamlHeader } from '../header.js';
import { sortedJson, withSortedKeys } from '../../util/stable-json.js';
import type { JsonObject } from './json.js';
import { yamlText } from './yaml-writer.js';

declare const sortedBrand: unique symbol;
/** The document with its keys sorted, once for both files, so they agree on order. */
export type SortedDocument = { readonly [sortedBrand]: true };

export const sortDocument = (document: JsonObject): SortedDocument => withSortedKeys(document) as SortedDocument;

export const toJson = (document: SortedDocument): string => sortedJson(document);

export function toYaml(model: ErrorModel, options: CommonOptions, document: SortedDocument): string {
  return yamlText(document, yamlHeader(model, options));
}
