import { describe, expect, it } from 'vitest';
import {
  doubleQuoted, inlineString, isLiteralSafe, isPlainSafe, numberText,
} from '../../../generators/emit/openapi/yaml-scalar.js';

describe('isPlainSafe', () => {
  it('allows ordinary text, inner indicators included', () => {
    const texts = [
      'never', 'x-errspec-codes', '$ref', 'application/json', 'Scene | with pipe', 'a:b', 'a#b', 'é 中文 🙂', 'a, b [c] {d}',
    ];
    for (const text of texts) {
      expect(isPlainSafe(text), text).toBe(true);
    }
  });

  it('refuses what some YAML 1.1 or 1.2 reader takes for another type', () => {
    for (const text of [
      '', '0', '00000', '-1', '+1', '.5', '1e3', '0x1F', '2024-05-01', '12:30', '.inf', '-.Inf', '.NaN', 'true',
      'False', 'TRUE', 'yes', 'No', 'on', 'OFF', 'y', 'N', 'null', 'Null', '~', '=', '<<', 'E0', 'e+5',
    ]) {
      expect(isPlainSafe(text), text).toBe(false);
    }
  });

  it('refuses indicators, comments, keys, blanks at the ends and unprintable characters', () => {
    for (const text of [
      '- x', '-x', '? x', ': x', '#x', '&a', '*a', '!t', '|', '>', "'", '"', '%', '@', '`', '[', ']', '{', '}', ',',
      'a: b', 'a #b', 'a:', ' a', 'a ', 'a\t', '\u00a0a', 'a\u3000', 'a\nb', 'a\u2028', 'a\u0085', '\ufeffa', 'a\u007f',
      'a\u009f', 'a\ud800', 'a\uffff',
    ]) {
      expect(isPlainSafe(text), JSON.stringify(text)).toBe(false);
    }
  });
});

describe('doubleQuoted', () => {
  it('is JSON, plus escapes for what YAML does not take raw', () => {
    expect(doubleQuoted('a "b" \\ \n\t\u0000')).toBe(JSON.stringify('a "b" \\ \n\t\u0000'));
    expect(doubleQuoted('\u007f\u0085\u009f\u2028\u2029\ufeff\ufffe\uffff')).toBe(
      '"\\u007f\\u0085\\u009f\\u2028\\u2029\\ufeff\\ufffe\\uffff"',
    );
    expect(doubleQuoted('\ud800 🙂 é')).toBe('"\\ud800 🙂 é"');
  });
});

describe('inlineString', () => {
  it('quotes only when plain is unsafe', () => {
    expect(inlineString('never')).toBe('never');
    expect(inlineString('off')).toBe('"off"');
    expect(inlineString('#/components/schemas/ErrorBody')).toBe('"#/components/schemas/ErrorBody"');
  });
});

describe('isLiteralSafe', () => {
  it('takes multi-line printable text whose lines neither end in a blank nor open the block with one', () => {
    expect(isLiteralSafe('a\nb')).toBe(true);
    expect(isLiteralSafe('\n\na\n  b\n\tc')).toBe(true);
    for (const text of ['a', 'a\nb\n', 'a \nb', 'a\nb ', ' a\nb', '\n\ta', 'a\u2028\nb', 'a\r\nb', 'a\n\u0000']) {
      expect(isLiteralSafe(text), JSON.stringify(text)).toBe(false);
    }
  });
});

describe('numberText', () => {
  it('writes JSON numbers, with a dot before an exponent', () => {
    expect([0, -0, -1001, 1.5, 1e21, 1.5e-7, 1e-7, -2e300].map(numberText)).toEqual([
      '0', '0', '-1001', '1.5', '1.0e+21', '1.5e-7', '1.0e-7', '-2.0e+300',
    ]);
    expect(() => numberText(Number.NaN)).toThrow(/yaml:/);
  });
});
