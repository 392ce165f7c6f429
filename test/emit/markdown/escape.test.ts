import { describe, expect, it } from 'vitest';
import { codeAnchor, codeSpan, escapeCell, escapeInline } from '../../../generators/emit/markdown/escape.js';
import { findAll, parseGfm, textOf } from '../../support/markdown.js';

const hostile = [
  'plain text.',
  'pipe | inside | cells',
  'back`tick` and ``double``',
  '<script>alert(1)</script> & &amp; entity',
  '*bold* _it_ ~~strike~~ $math$ [link](http://x) ![img](y)',
  'back\\slash \\| escaped pipe',
  '*/ }); process.exit(1); /*',
  '# heading? - list? > quote?',
  '1. numbered?',
  '中文 | العربية \u200f',
  'mail me@example.com or www.example.com or https://example.com/x?b=c&d=e',
];

/** Renders `cell` into a one-row table and returns what GFM shows in that cell. */
function roundTripCell(cell: string): { cells: number; text: string; types: string[]; links: string[] } {
  const tree = parseGfm(`| a | b |\n|---|---|\n| ${cell} | x |\n`);
  const rows = findAll(tree, 'tableRow');
  const row = rows[1]!;
  const first = row.children![0]!;
  return {
    cells: row.children!.length,
    text: textOf(first),
    types: ['emphasis', 'strong', 'image', 'delete', 'inlineMath', 'html'].flatMap((t) => findAll(first, t)).map((n) => n.type),
    links: findAll(first, 'link').map(textOf),
  };
}

describe('escapeCell', () => {
  it.each(hostile)('keeps %j as text in one cell', (text) => {
    const r = roundTripCell(escapeCell(text));
    expect(r.cells).toBe(2);
    expect(r.types).toEqual([]);
    // GFM autolinks bare URLs even when escaped: allowed only as the URL text itself.
    for (const link of r.links) expect(link).toMatch(/^(https?:\/\/|www\.|[^\s]+@)/);
    expect(r.text).toBe(text);
  });

  it('turns line breaks into <br> and keeps the row on one line', () => {
    const escaped = escapeCell('one\ntwo\r\nthree\u2028four');
    expect(escaped).toBe('one<br>two<br>three<br>four');
    expect(roundTripCell(escaped).text).toBe('one\ntwo\nthree\nfour');
  });

  it('shows HTML as text, never as markup', () => {
    const tree = parseGfm(`| a |\n|---|\n| ${escapeCell('<img src=x onerror=alert(1)>')} |\n`);
    expect(findAll(tree, 'html')).toEqual([]);
  });
});

describe('escapeInline', () => {
  it('neutralizes block markers at the start of a line', () => {
    for (const text of ['# not a heading', '- not a list', '> not a quote', '1. not a list', '+ no']) {
      const tree = parseGfm(`${escapeInline(text)}\n`);
      expect(tree.children!.map((c) => c.type)).toEqual(['paragraph']);
      expect(textOf(tree)).toBe(text);
    }
  });

  it('joins lines with a space', () => {
    expect(escapeInline('a\nb')).toBe('a b');
  });
});

describe('codeSpan', () => {
  it.each(['-9990001', 'card_declined', 'a`b', '`edge`', 'pi|pe'])('keeps %j intact inside a table cell', (value) => {
    const r = roundTripCell(codeSpan(value));
    expect(r.cells).toBe(2);
    expect(r.text).toBe(value);
  });
});

describe('codeAnchor', () => {
  it('is a stable id of safe characters', () => {
    expect(codeAnchor(-9990001)).toBe('code--9990001');
    expect(codeAnchor('card_declined')).toBe('code-card_declined');
    expect(codeAnchor('a b/"c')).toBe('code-a_20_b_2f__22_c');
  });
});
