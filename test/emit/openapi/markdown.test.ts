import fc from 'fast-check';
import type { Nodes } from 'mdast';
import { fromMarkdown } from 'mdast-util-from-markdown';
import { gfmFromMarkdown } from 'mdast-util-gfm';
import { gfm } from 'micromark-extension-gfm';
import { describe, expect, it } from 'vitest';
import { markdownName, markdownText } from '../../../generators/emit/openapi/markdown.js';

/** What a GFM renderer shows, plus every node type it built on the way. */
function render(markdown: string): { text: string; types: Set<string> } {
  const types = new Set<string>();
  const walk = (node: Nodes): string => {
    types.add(node.type);
    if (node.type === 'text' || node.type === 'inlineCode') return node.value;
    if (node.type === 'break') return '\n';
    if (!('children' in node)) return '';
    const parts = node.children.map((child) => walk(child));
    return parts.join(node.type === 'root' ? '\n\n' : '');
  };
  const text = walk(fromMarkdown(markdown, { extensions: [gfm()], mdastExtensions: [gfmFromMarkdown()] }));
  return { text, types };
}

const hostile = [
  'Pipe | back`tick` <script>alert(1)</script> */ }); process.exit(1); /* "quote" \'single\' \\ {{notParam}} ${x}\nnext line',
  '# heading', '###### six', '- item', '+ item', '* item', '1. one', '2) two', '---', '- - -', '===', 'text\n---',
  '    indented code', '\ttab code', '  two spaces', '> quote', '| a | b |\n|---|---|', '```\nfence\n```', '~~~\nfence',
  '[x](javascript:alert(1))', '![img](x.png)', '[ref]: /url', '<img src=x onerror=alert(1)>', '<!-- comment -->',
  '&amp; &copy; &#60;', '*em* _em_ **strong** __strong__', '~~strike~~ ~one~', 'a\\', 'a\\\nb', '\\*', 'line\n\nafter blank',
  'snake_case_name', 'a\n:-', 'a\n--:', 'x\n:-:', 'price: 5 * 3 = 15', '2.0.0', '-1001', '1.5 seconds', '{{storeId}}', '[ ] task', '- [x] done',
];

describe('markdownText', () => {
  it.each(hostile)('renders %j as itself, with no markup', (input) => {
    const { text, types } = render(markdownText(input));
    expect(text).toBe(input);
    expect([...types].filter((t) => !['root', 'paragraph', 'text', 'break'].includes(t))).toEqual([]);
  });

  it('never lets `<`, `](` or a raw newline through', () => {
    for (const input of hostile) {
      const out = markdownText(input);
      expect(out).not.toMatch(/<|\]\(/);
      expect(out.split('\n').slice(0, -1).every((line) => line.endsWith('\\'))).toBe(true);
    }
  });

  it('leaves plain prose alone', () => {
    expect(markdownText('Do not retry; contact support with the log ID.')).toBe(
      'Do not retry; contact support with the log ID.',
    );
    expect(markdownText('Released in 2.0.0 (see notes).')).toBe('Released in 2.0.0 (see notes).');
  });

  it('renders any text over a markdown-heavy alphabet as itself', () => {
    const alphabet = [...'ab1 .-+=#*_`~|[]()<>!&;\\\t\n:/x'];
    const text = fc.array(fc.constantFrom(...alphabet), { maxLength: 40 }).map((cs) => cs.join(''));
    fc.assert(
      fc.property(text, (input) => {
        // Leading blank lines and trailing blanks are dropped; nothing else may change.
        const expected = input.replace(/^(?:[ \t]*\n)+/, '').replace(/[ \t\n]+$/, '');
        const { text: shown, types } = render(markdownText(input));
        expect(shown).toBe(expected);
        expect([...types].filter((t) => !['root', 'paragraph', 'text', 'break'].includes(t))).toEqual([]);
      }),
      { numRuns: 2000, seed: 20240501 },
    );
  });
});

describe('markdownText on long runs of blanks', () => {
  it('trims and keeps them in linear time', () => {
    const run = ' '.repeat(1_000_000);
    expect(markdownText(`a${run}`)).toBe('a');
    expect(markdownText(`a${run}b`)).toBe(`a${run}b`);
  });
});

describe('markdownName', () => {
  it('puts identifiers in a code span', () => {
    expect(markdownName('INVALID_PARAMETER')).toBe('`INVALID_PARAMETER`');
    expect(render(markdownName('INVALID_PARAMETER')).text).toBe('INVALID_PARAMETER');
  });
  it('escapes anything else', () => {
    expect(render(markdownName('a*b*')).text).toBe('a*b*');
  });
});
