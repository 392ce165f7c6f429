// Text and attribute values for XML 1.0. `<`, `&` and `>` (so `]]>` never appears)
// become entities; in attributes also `"` and tab, newline, CR as character
// references, which attribute-value normalization would otherwise turn into spaces.
// CR, NEL, U+2028 and U+2029 are always references: parsers that normalize line ends as
// XML 1.1 does (xmldom among them) would read them as newlines.
// XML 1.0 cannot hold some characters at all, not even as references: those are
// refused rather than written into a file no parser accepts.

const NOT_XML_CHAR = /[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/u;
const TEXT_SPECIAL = /[&<>\r\u0085\u2028\u2029]/g;
const ATTR_SPECIAL = /[&<>"\t\n\r\u0085\u2028\u2029]/g;
const ENTITIES: Readonly<Record<string, string>> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  '\t': '&#9;',
  '\n': '&#10;',
  '\r': '&#13;',
  '\u0085': '&#x85;',
  '\u2028': '&#x2028;',
  '\u2029': '&#x2029;',
};

export class NotXmlText extends Error {}

function checked(s: string): string {
  const bad = NOT_XML_CHAR.exec(s);
  if (bad) {
    const hex = (bad[0].codePointAt(0) ?? 0).toString(16).toUpperCase().padStart(4, '0');
    throw new NotXmlText(`U+${hex} cannot be written in XML 1.0`);
  }
  return s;
}

export const xmlText = (s: string): string => checked(s).replace(TEXT_SPECIAL, (c) => ENTITIES[c] ?? c);

export const xmlAttr = (s: string): string => checked(s).replace(ATTR_SPECIAL, (c) => ENTITIES[c] ?? c);
