// Positions on its own: what loaders record (containers reserved before their
// children, entries filled in any order) is what lookups answer.
import { describe, expect, it } from 'vitest';
import { Positions } from '../../generators/load/positions.js';

describe('Positions', () => {
  // { a: [x, y], '': {}, __proto__: 1 } with made-up offsets.
  const list = ['x', 'y'];
  const empty = {};
  const root: Record<string, unknown> = { a: list, '': empty };
  Object.defineProperty(root, '__proto__', { value: 1, enumerable: true, writable: true, configurable: true });
  const positions = new Positions();
  const r = positions.reserve(root, 3);
  const l = positions.reserve(list, 2);
  // Filled children first and out of order, as the CST loader does.
  positions.fill(l, 1, '', 30, 30, 30, 31);
  positions.fill(l, 0, '', 20, 20, 20, 21);
  positions.close(l, 20, 32);
  positions.fill(r, 0, 'a', 10, 11, 20, 32);
  const e = positions.reserve(empty, 0);
  positions.close(e, 43, 45);
  positions.fill(r, 1, '', 40, 42, 43, 45);
  positions.fill(r, 2, '__proto__', 50, 59, 61, 62);
  positions.close(r, 10, 63);

  it('answers container spans', () => {
    expect(positions.of(root)).toEqual({ start: 10, end: 63 });
    expect(positions.of(list)).toEqual({ start: 20, end: 32 });
    expect(positions.of(empty)).toEqual({ start: 43, end: 45 });
    expect(positions.of({})).toBeUndefined();
  });

  it('answers keys and values by path', () => {
    expect(positions.locate(root, ['a'])).toEqual({ start: 20, end: 32 });
    expect(positions.locate(root, ['a'], 'key')).toEqual({ start: 10, end: 11 });
    expect(positions.locate(root, ['a', 1])).toEqual({ start: 30, end: 31 });
    expect(positions.locate(root, ['a', 0], 'key')).toEqual({ start: 20, end: 21 });
    expect(positions.locate(root, [''], 'key')).toEqual({ start: 40, end: 42 });
    expect(positions.locate(root, ['__proto__'])).toEqual({ start: 61, end: 62 });
  });

  it('resolves a missing path to the deepest container that exists', () => {
    expect(positions.locate(root, [])).toEqual({ start: 10, end: 63 });
    expect(positions.locate(root, ['missing', 'x'])).toEqual({ start: 10, end: 63 });
    expect(positions.locate(root, ['a', 2])).toEqual({ start: 20, end: 32 });
    expect(positions.locate(root, ['', 'x'])).toEqual({ start: 43, end: 45 });
    expect(positions.locate(root, ['__proto__', 'x'])).toEqual({ start: 61, end: 62 });
  });

  it('grows past its first allocation', () => {
    const many = new Positions();
    const items = Array.from({ length: 20_000 }, (_, i) => [i]);
    const top = many.reserve(items, items.length);
    items.forEach((item, i) => {
      const at = many.reserve(item, 1);
      many.fill(at, 0, '', 7 * i + 1, 7 * i + 1, 7 * i + 1, 7 * i + 2);
      many.close(at, 7 * i, 7 * i + 3);
      many.fill(top, i, '', 7 * i, 7 * i, 7 * i, 7 * i + 3);
    });
    many.close(top, 0, 7 * items.length);
    expect(many.locate(items, [19_999, 0])).toEqual({ start: 7 * 19_999 + 1, end: 7 * 19_999 + 2 });
    expect(many.of(items[12_345] as object)).toEqual({ start: 7 * 12_345, end: 7 * 12_345 + 3 });
    expect(many.of(items)).toEqual({ start: 0, end: 7 * 20_000 });
  });
});
