// Any text XML 1.0 can hold survives the escaping helpers and a real XML parser, as
// element text and as an attribute value; a character XML cannot hold is refused.
import { DOMParser } from '@xmldom/xmldom';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { NotXmlText, xmlAttr, xmlText } from '../../generators/translations/xml-escape.js';

const XML_CHARS = fc.oneof(
  fc.constantFrom('&', '<', '>', '"', "'", '\t', '\n', '\r', ']]>', '&amp;', '{{x}}', ' ', '\u2028', '\u0085', '\u2029', '\u{1F600}', '\uFFFD'),
  fc.string({ unit: 'grapheme', maxLength: 3 }),
);

function roundTrip(s: string): { text: string; attr: string } {
  const doc = new DOMParser({ onError: (level, msg) => { if (level !== 'warning') throw new Error(`${level}: ${msg}`); } }).parseFromString(`<a b="${xmlAttr(s)}">${xmlText(s)}</a>`, 'text/xml');
  const a = doc.documentElement!;
  return { text: a.textContent ?? '', attr: a.getAttribute('b') ?? '' };
}

describe('xmlText and xmlAttr', () => {
  it('give back every text through a parser', () => {
    fc.assert(
      fc.property(fc.array(XML_CHARS, { maxLength: 8 }).map((parts) => parts.join('')), (s) => {
        expect(roundTrip(s)).toEqual({ text: s, attr: s });
      }),
      { numRuns: 300 },
    );
  });

  it('refuse characters XML 1.0 cannot hold', () => {
    for (const bad of ['\u0000', '\u0001', '\uFFFE', '\uFFFF', '\uD800']) {
      expect(() => xmlText(`a${bad}`)).toThrow(NotXmlText);
      expect(() => xmlAttr(bad)).toThrow(/cannot be written in XML 1.0/);
    }
  });
});
