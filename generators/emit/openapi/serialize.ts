import { Document, Scalar, visit } from 'yaml';
import type { CommonOptions, ErrorModel } from '../../model/types.js';
import { yamlHeader } from '../header.js';
import { sortKeysDeep, stableJson } from '../../util/stable-json.js';

export const toJson = (document: unknown): string => stableJson(document);

// Plain scalars a YAML 1.1 reader (PyYAML, js-yaml's timestamps) would not read as
// strings, though YAML 1.2 does: dates, sexagesimals, yes/no/on/off, `=`, `<<`.
const YAML_11_AMBIGUOUS =
  /^(?:[-+.]?\d.*|[-+]?\.(?:inf|Inf|INF|nan|NaN|NAN)|[yYnN]|yes|Yes|YES|no|No|NO|true|True|TRUE|false|False|FALSE|on|On|ON|off|Off|OFF|null|Null|NULL|~|=|<<)$/s;

// A block scalar would keep blanks at a line's end as trailing spaces in the file.
const TRAILING_BLANK = /[ \t](?:\n|$)/;

export function toYaml(model: ErrorModel, options: CommonOptions, document: unknown): string {
  // Keys pre-sorted with the JSON serializer's order, so both files agree.
  const doc = new Document(sortKeysDeep(document), { version: '1.2', aliasDuplicateObjects: false });
  visit(doc, {
    Scalar(_key, node) {
      if (typeof node.value === 'string' && (YAML_11_AMBIGUOUS.test(node.value) || TRAILING_BLANK.test(node.value))) {
        node.type = Scalar.QUOTE_DOUBLE;
      }
    },
  });
  const body = doc.toString({
    lineWidth: 0,
    // Multi-line double-quoted scalars could end a line with an escaped blank.
    doubleQuotedMinMultiLineLength: Number.MAX_SAFE_INTEGER,
  });
  return yamlHeader(model, options) + body;
}
