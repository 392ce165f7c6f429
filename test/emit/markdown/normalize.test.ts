// The line-by-line page normalizer gives exactly what the three regex passes it replaced gave.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { normalizePage } from '../../../generators/emit/markdown/normalize.js';

const oracle = (text: string): string =>
  `${text.replace(/\r\n?/g, '\n').replace(/[ \t]+$/gm, '').replace(/\n{3,}/g, '\n\n').trimEnd()}\n`;

describe('normalizePage', () => {
  it('strips trailing blanks, folds blank-line runs, ends with one newline', () => {
    expect(normalizePage('# T  \r\n\r\n\r\n\r\n| a |\t\n\n\n\n| b |\n\n\n')).toBe('# T\n\n| a |\n\n| b |\n');
  });

  it('keeps up to two empty lines before the first content, as the regex did', () => {
    expect(normalizePage('\n\n\n\nX')).toBe('\n\nX\n');
    expect(normalizePage(' \n\t\nX')).toBe('\n\nX\n');
  });

  it('matches the regex passes on arbitrary text of blanks, line ends and words', () => {
    const piece = fc.constantFrom(' ', '\t', '\n', '\r', '\r\n', 'a', '| x |', '\u3000', '\u00a0', '\u2028');
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 60 }), (parts) => {
        const text = parts.join('');
        expect(normalizePage(text)).toBe(oracle(text));
      }),
      { numRuns: 3000 },
    );
  });
});
