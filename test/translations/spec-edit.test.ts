// Writing a translation into the spec's text: the new value reads back exactly, in
// every scalar style and in flow maps, and nothing else of the file changes (every
// other value, and every byte before and after the edited scalar).
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { editSpecText } from '../../generators/translations/spec-edit.js';

const SPEC = `# head comment
texts:
  plain:
    en: Hello
    zh-CN: 你好 # trailing comment
  single:
    en: x
    zh-CN: '单引号'
  double:
    en: x
    zh-CN: "双\\t引号"
  literal:
    en: x
    zh-CN: |-
      第一行
      第二行

  # a comment between entries
  folded:
    en: x
    zh-CN: >-
      折叠的
      文本
  flow: { en: x, zh-CN: y }   # flow map
  onlySource:
    en: z
  onlySourceFlow: { en: z }
tail: [1, 2]
`;

const STYLES = ['plain', 'single', 'double', 'literal', 'folded', 'flow'] as const;
const ADDS = ['onlySource', 'onlySourceFlow'] as const;

/** Characters YAML cares about, plus text a translator may write. */
const tricky = fc.string({
  unit: fc.constantFrom('a', 'Z', ' ', ':', '#', '"', "'", '\n', '-', '{', '}', '[', ']', ',', '&', '*', '!', '|', '>', '%', '@', '`', '?', '中', '\t', '\\', '0', '.'),
  maxLength: 24,
});

function withLeaf(data: unknown, key: string, locale: string, value: string): unknown {
  const copy = structuredClone(data) as { texts: Record<string, Record<string, string>> };
  copy.texts[key]![locale] = value;
  return copy;
}

describe('editSpecText', () => {
  it.each(STYLES)('replaces a %s text with a plain-looking one in place, keeping the rest byte for byte', (key) => {
    const out = editSpecText(SPEC, [{ path: ['texts', key], locale: 'zh-CN', value: '新的文本' }]);
    expect(parse(out)).toEqual(withLeaf(parse(SPEC), key, 'zh-CN', '新的文本'));
    // Lines gone are the old value's; lines new hold the new one.
    const before = SPEC.split('\n');
    const now = out.split('\n');
    const gone = before.filter((l) => !now.includes(l));
    const added = now.filter((l) => !before.includes(l));
    expect(added).toEqual([expect.stringContaining('新的文本')]);
    expect(gone.every((l) => /引号|你好|行|折叠|文本|zh-CN: y/.test(l))).toBe(true);
  });

  it('keeps the comment after a plain value and the quoting style of quoted ones', () => {
    const out = editSpecText(SPEC, [
      { path: ['texts', 'plain'], locale: 'zh-CN', value: '您好' },
      { path: ['texts', 'single'], locale: 'zh-CN', value: 'true' },
      { path: ['texts', 'double'], locale: 'zh-CN', value: 'a: b' },
    ]);
    expect(out).toContain("    zh-CN: 您好 # trailing comment\n");
    expect(out).toContain("    zh-CN: 'true'\n");
    expect(out).toContain('    zh-CN: "a: b"\n');
  });

  it('quotes a plain value that would read as something else', () => {
    for (const value of ['true', '123', 'null', '', ' lead', 'a: b', '- item', '#no']) {
      const out = editSpecText(SPEC, [{ path: ['texts', 'plain'], locale: 'zh-CN', value }]);
      expect((parse(out) as { texts: { plain: Record<string, unknown> } }).texts.plain['zh-CN']).toBe(value);
    }
  });

  it('adds a missing locale after the last entry of a block map and inside a flow map', () => {
    const out = editSpecText(SPEC, [
      { path: ['texts', 'onlySource'], locale: 'zh-CN', value: '新增' },
      { path: ['texts', 'onlySourceFlow'], locale: 'zh-CN', value: 'x: y' },
    ]);
    expect(out).toContain('  onlySource:\n    en: z\n    zh-CN: 新增\n');
    expect(out).toContain('  onlySourceFlow: { en: z, zh-CN: "x: y" }\n');
  });

  it('keeps CRLF line ends in a CRLF file', () => {
    const crlf = SPEC.replace(/\n/g, '\r\n');
    const out = editSpecText(crlf, [
      { path: ['texts', 'literal'], locale: 'zh-CN', value: '一\n二' },
      { path: ['texts', 'onlySource'], locale: 'zh-CN', value: '新增' },
    ]);
    expect(out.replace(/\r\n/g, '')).not.toContain('\n');
    expect(parse(out)).toEqual(withLeaf(withLeaf(parse(SPEC), 'literal', 'zh-CN', '一\n二'), 'onlySource', 'zh-CN', '新增'));
  });

  it('writes any text so that it reads back exactly and nothing else changes', () => {
    const original = parse(SPEC) as unknown;
    fc.assert(
      fc.property(fc.constantFrom(...STYLES, ...ADDS), tricky, (key, value) => {
        const out = editSpecText(SPEC, [{ path: ['texts', key], locale: 'zh-CN', value }]);
        expect(parse(out)).toEqual(withLeaf(original, key, 'zh-CN', value));
        // The bytes before the edited map's first line and after its value are the original's.
        const start = SPEC.indexOf(`  ${key}:`);
        expect(out.slice(0, start)).toBe(SPEC.slice(0, start));
        const after = SPEC.indexOf('tail: [1, 2]');
        expect(out.endsWith(SPEC.slice(after))).toBe(true);
      }),
      { numRuns: 150 },
    );
  });
});
