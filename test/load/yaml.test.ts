// Hostile and broken files at the YAML level (issue 6, item 1): each refused with its
// rule, message and line:column, fast, and before any validation runs.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { parseYaml } from '../../generators/load/parse-yaml.js';
import { decodeSource, readSource } from '../../generators/load/read-source.js';
import { loadSpecSource } from '../../generators/pipeline/load-spec.js';
import { runCli } from '../support/cli.js';
import { edit, loads, posOf, row, rows, validText, type Row } from '../validate/support.js';

const only = (rule: string, at: string, message: string | RegExp, hint?: string) => (found: Row[]) => {
  expect(found.map((r) => [r.rule, r.at])).toEqual([[rule, at]]);
  if (typeof message === 'string') expect(found[0]?.message).toContain(message);
  else expect(found[0]?.message).toMatch(message);
  if (hint !== undefined) expect(found[0]?.hint).toBe(hint);
};

describe('syntax', () => {
  it('an unclosed flow sequence', () => {
    const text = edit(validText, 'targets: [zh-CN]', 'targets: [zh-CN');
    const found = rows(text);
    expect(found.map((r) => r.rule)).toEqual(['yaml-syntax']);
    expect(found[0]?.at).toBe(posOf(text, 'scenes:'));
  });

  it('an unclosed double-quoted string', () => {
    const text = edit(validText, 'en: Shop API', 'en: "Shop API');
    expect(rows(text).every((r) => r.rule === 'yaml-syntax')).toBe(true);
    expect(rows(text).length).toBeGreaterThan(0);
  });

  it('a tab used as indentation', () => {
    const text = edit(validText, '\n  source: en', '\n\tsource: en');
    only('yaml-syntax', posOf(text, '\tsource'), 'Tabs are not allowed as indentation', 'indent with spaces')(rows(text));
  });

  it('a tab after a colon is only white space, and fine', () => {
    expect(loads(edit(validText, 'source: en', 'source:\ten'))).toBe(true);
  });

  it('two documents in one file', () => {
    const text = `${validText}---\nerrspec: 1\n`;
    only('yaml-syntax', posOf(text, '---'), 'A spec is one YAML document')(rows(text));
  });

  it('an alias before its anchor', () => {
    const text = edit(validText, '    advice:\n', '    advice: *later\n    x-advice:\n');
    only('yaml-syntax', posOf(text, '*later'), 'Unresolved alias *later: no anchor &later before it')(rows(text));
  });
});

describe('duplicate keys', () => {
  it('the same key twice, at the second one', () => {
    const text = edit(validText, '    http: 400\n', '    http: 400\n    http: 404\n');
    only('yaml-duplicate-key', posOf(text, 'http: 404'), `Key 'http' is already set on line ${posOf(text, 'http: 400').split(':')[0]}`)(rows(text));
  });

  it('a key written once plain and once quoted', () => {
    const text = edit(validText, '  source: en\n', "  source: en\n  'source': zh-CN\n");
    only('yaml-duplicate-key', posOf(text, "'source'"), "Key 'source'")(rows(text));
  });

  it('a number key and the same digits quoted (the data could hold only one)', () => {
    const text = edit(validText, 'scenes:\n', "x-keys:\n  1: a\n  '1': b\nscenes:\n");
    only('yaml-duplicate-key', posOf(text, "'1'"), "Key '1'")(rows(text));
  });

  it('every duplicate at once', () => {
    const text = edit(edit(validText, '    http: 400\n', '    http: 400\n    http: 401\n'), '    http: 409\n', '    http: 409\n    http: 410\n');
    expect(rows(text).map((r) => [r.rule, r.at])).toEqual([
      ['yaml-duplicate-key', posOf(text, 'http: 401')],
      ['yaml-duplicate-key', posOf(text, 'http: 410')],
    ]);
  });

  it('a 50 000-key mapping is checked in linear time', () => {
    const keys = Array.from({ length: 50_000 }, (_, i) => `  k${i}: v`).join('\n');
    const started = performance.now();
    const parsed = parseYaml({ path: 'big.yaml', text: `big:\n${keys}\n  k49999: again\n` });
    const ms = performance.now() - started;
    expect(parsed.diagnostics.map(row).map((r) => [r.rule, r.at])).toEqual([['yaml-duplicate-key', '50002:3']]);
    // yaml's own uniqueKeys check is quadratic here: over a minute.
    expect(ms).toBeLessThan(15_000);
  });
});

describe('tags are refused', () => {
  it.each([
    ['!!binary', 'en: !!binary VGhlIHN0b3Jl'],
    ['!!js/function', "en: !!js/function 'function () { return 1 }'"],
    ['!!js/undefined', "en: !!js/undefined ''"],
    ['!custom', 'en: !custom Shop API'],
    ['!!str', 'en: !!str Shop API'],
    ['!!python/object:os.system', 'en: !!python/object:os.system [ls]'],
  ])('%s, pointed at the tag', (tag, line) => {
    const text = edit(validText, 'en: Shop API', line);
    only('yaml-tag', posOf(text, tag), `Tag ${tag} is not allowed: a spec holds plain data`, 'remove the tag')(rows(text));
  });

  it('a tag on a block collection', () => {
    const text = edit(validText, 'scenes:\n', 'x-set: !!set\n  ? a\nscenes:\n');
    only('yaml-tag', posOf(text, '!!set'), 'Tag !!set is not allowed')(rows(text));
  });

  it('a tag on a key', () => {
    const text = edit(validText, '  source: en', '  !!str source: en');
    only('yaml-tag', posOf(text, '!!str'), 'Tag !!str is not allowed')(rows(text));
  });
});

describe('YAML 1.1 and merge keys', () => {
  it('a %YAML 1.1 directive is refused (yes, 0777 and << would change meaning)', () => {
    const text = `%YAML 1.1\n---\n${validText}`;
    only('yaml-version', '1:1', '%YAML 1.1 is not supported')(rows(text));
  });

  it('a %YAML 1.2 directive is fine', () => {
    expect(loads(`%YAML 1.2\n---\n${validText}`)).toBe(true);
  });

  it('<< is refused, not merged', () => {
    const text = edit(validText, '    advice:\n      en: Do not retry.\n      zh-CN: 请勿重试。\n',
      '    advice: &a\n      en: Do not retry.\n      zh-CN: 请勿重试。\n    note:\n      <<: *a\n');
    only('yaml-merge-key', posOf(text, '<<'), 'Merge keys (<<) are not supported', 'write the keys out')(rows(text));
  });

  it('plain aliases are fine (a text written once, used twice)', () => {
    const text = edit(edit(validText, '      en: Do not retry.\n      zh-CN: 请勿重试。\n', '      &advice\n      en: Do not retry.\n      zh-CN: 请勿重试。\n    note: *advice\n'), '    advice:\n      &advice', '    advice: &advice\n     ');
    const model = loadSpecSource({ path: 'a.yaml', text }).model;
    expect(model?.classifications[0]?.note).toEqual({ en: 'Do not retry.', 'zh-CN': '请勿重试。' });
  });
});

describe('alias expansion is bounded', () => {
  const laughs = (levels: number) => {
    let text = 'x-lol:\n  l0: &l0 [lol, lol, lol, lol, lol, lol, lol, lol, lol, lol]\n';
    for (let i = 1; i <= levels; i++) text += `  l${i}: &l${i} [${Array(10).fill(`*l${i - 1}`).join(', ')}]\n`;
    return text;
  };

  it('a billion laughs fails fast, at the alias whose expansion crosses the bound', () => {
    const text = validText + laughs(9);
    const started = performance.now();
    const found = rows(text);
    expect(performance.now() - started).toBeLessThan(1000);
    // l1 expands to 110 nodes, l2 to 1 110, and each *l2 of l3 to 1 111 more: the 8th
    // crosses 10 000.
    only('yaml-alias-limit', posOf(text, '*l2', 7), 'Aliases expand to more than 10000 nodes')(found);
  });

  it('an alias inside the node it refers to', () => {
    const text = edit(validText, 'scenes:\n', 'x-loop: &loop [1, [2, *loop]]\nscenes:\n');
    only('yaml-alias-limit', posOf(text, '*loop'), 'Alias *loop is inside the node &loop it refers to')(rows(text));
  });

  it('many small aliases within the size of the file are fine', () => {
    const text = `${validText}x-refs:\n  base: &t {en: a, zh-CN: b}\n${Array.from({ length: 2000 }, (_, i) => `  r${i}: *t`).join('\n')}\n`;
    expect(rows(text).map((r) => r.rule)).toEqual(['schema']); // x-refs is just an unknown property
  });
});

describe('nesting depth is bounded', () => {
  it('100 000 nested flow sequences are refused, not a stack overflow (yaml catches its own)', () => {
    const text = edit(validText, 'scenes:\n', `x-deep: ${'['.repeat(100_000)}${']'.repeat(100_000)}\nscenes:\n`);
    const found = rows(text);
    expect(found.map((r) => r.rule)).toEqual(['yaml-depth']);
    expect(found[0]?.message).toBe('Nesting is deeper than 64 levels');
    expect(found[0]?.at).toMatch(new RegExp(`^${posOf(text, 'x-deep').split(':')[0]}:\\d+$`));
  });

  it('deep block nesting', () => {
    const deep = Array.from({ length: 100 }, (_, i) => `${' '.repeat(i + 2)}k${i}:`).join('\n');
    const text = edit(validText, 'scenes:\n', `x-deep:\n${deep} end\nscenes:\n`);
    expect(rows(text).map((r) => r.rule)).toEqual(['yaml-depth']);
  });

  it('nesting within the bound is fine (the bound is not reached by real specs)', () => {
    const text = edit(validText, 'scenes:\n', `x-deep: ${'['.repeat(50)}${']'.repeat(50)}\nscenes:\n`);
    expect(rows(text).map((r) => r.rule)).toEqual(['schema']);
  });
});

describe('keys', () => {
  it('a sequence as a key', () => {
    const text = edit(validText, 'scenes:\n', 'scenes:\n  ? [a, b]\n  : x\n');
    only('yaml-key-type', posOf(text, '[a, b]'), 'Mapping keys must be plain strings')(rows(text));
  });

  it('an alias as a key', () => {
    const text = edit(validText, 'scenes:\n', 'x-k: &k key\nx-m:\n  *k : 1\nscenes:\n');
    expect(rows(text).map((r) => [r.rule, r.at])).toEqual([['yaml-key-type', posOf(text, '*k :')]]);
  });
});

describe('empty files', () => {
  it.each([
    ['an empty file', ''],
    ['only comments', '# errspec: 1\n# nothing here\n'],
    ['only blank lines', '\n\n   \n'],
    ['only a document marker', '---\n'],
    ['only markers and comments', '# x\n---\n...\n'],
  ])('%s', (_name, text) => {
    expect(rows(text).map((r) => [r.rule, r.at, r.message])).toEqual([['empty-file', '', 'The file is empty or holds only comments']]);
  });

  it('a file that is one scalar is not empty: it is not a mapping', () => {
    expect(rows('hello\n').map((r) => [r.rule, r.message])).toEqual([['schema', 'The spec must be a mapping at the top level']]);
  });

  it('an explicit null document', () => {
    expect(rows('~\n').map((r) => r.rule)).toEqual(['schema']);
  });
});

describe('encoding and line ends', () => {
  const decodeAndLoad = (bytes: Uint8Array) => loadSpecSource(decodeSource(bytes, 'spec.yaml')).diagnostics.map(row);

  it('a UTF-8 BOM and CRLF line ends are accepted', () => {
    const bytes = Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(validText.replace(/\n/g, '\r\n'))]);
    expect(loadSpecSource(decodeSource(bytes, 'spec.yaml')).model?.codes.length).toBe(2);
  });

  it('positions stay right with a BOM and CRLF', () => {
    const broken = edit(validText, '    http: 400', '    http: 700');
    const bytes = Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(broken.replace(/\n/g, '\r\n'))]);
    expect(decodeAndLoad(bytes).map((r) => [r.rule, r.at])).toEqual([['schema', posOf(broken, '700')]]);
  });

  it('a BOM does not shift columns on the first line', () => {
    const text = edit(validText, '# A complete minimal spec', '%YAML 1.1\n---\n# A complete minimal spec');
    const bytes = Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(text)]);
    expect(decodeAndLoad(bytes).map((r) => [r.rule, r.at])).toEqual([['yaml-version', '1:1']]);
  });

  it('old Mac CR line ends read as line ends', () => {
    const broken = edit(validText, '    http: 400', '    http: 700');
    expect(decodeAndLoad(Buffer.from(broken.replace(/\n/g, '\r'))).map((r) => [r.rule, r.at])).toEqual([['schema', posOf(broken, '700')]]);
  });

  describe('invalid UTF-8 is refused with its byte offset and line:column', () => {
    const prefix = Buffer.from('errspec: 1\nid: "caf');
    it.each([
      ['a Latin-1 byte', [0xe9], 'e9'],
      ['a lone continuation byte', [0x80], '80'],
      ['an overlong encoding of /', [0xc0, 0xaf], 'c0'],
      ['an encoded surrogate', [0xed, 0xa0, 0x80], 'ed'],
      ['a code point above U+10FFFF', [0xf4, 0x90, 0x80, 0x80], 'f4'],
      ['a sequence cut short', [0xe4, 0xb8], 'e4'],
    ])('%s', (_name, bad, hex) => {
      const bytes = Buffer.concat([prefix, Buffer.from(bad), Buffer.from('"\n')]);
      expect(decodeAndLoad(bytes)).toEqual([
        { rule: 'invalid-utf8', severity: 'error', at: '2:9', message: `Not valid UTF-8: byte 0x${hex} at byte offset ${prefix.length}`, hint: 'save the file as UTF-8' },
      ]);
    });

    it('a byte cut short at the very end', () => {
      const bytes = Buffer.concat([Buffer.from('errspec: 1\n'), Buffer.from([0xe4])]);
      expect(decodeAndLoad(bytes).map((r) => [r.rule, r.at, r.message])).toEqual([
        ['invalid-utf8', '2:1', 'Not valid UTF-8: byte 0xe4 at byte offset 11'],
      ]);
    });

    it('a UTF-16 file is named as such', () => {
      const bytes = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('errspec: 1\n', 'utf16le')]);
      expect(decodeAndLoad(bytes).map((r) => r.message)).toEqual([
        'Not valid UTF-8: the file looks like UTF-16 (it starts with a UTF-16 byte order mark)',
      ]);
    });
  });
});

describe('the size bound', () => {
  const dir = mkdtempSync(join(tmpdir(), 'errspec-size-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  const path = join(dir, 'spec.yaml');
  writeFileSync(path, validText);
  const size = Buffer.byteLength(validText);

  it('a file over the bound is refused before it is read', () => {
    const file = readSource(path, 'spec.yaml', { maxBytes: size - 1 });
    expect(file.text).toBe('');
    expect(file.problems?.map(row)).toEqual([
      { rule: 'file-too-large', severity: 'error', at: '', message: `The file is ${size} bytes, over the limit of ${size - 1} bytes`, hint: `raise the limit with --max-bytes ${size}` },
    ]);
  });

  it('a file of exactly the bound is read', () => {
    expect(readSource(path, 'spec.yaml', { maxBytes: size }).problems).toBeUndefined();
  });

  it('the default bound is 32 MiB', async () => {
    const { DEFAULT_MAX_BYTES } = await import('../../generators/load/read-source.js');
    expect(DEFAULT_MAX_BYTES).toBe(32 * 1024 * 1024);
  });

  it('is a spec error (exit 1) on the CLI, and --max-bytes raises it', async () => {
    const over = await runCli(['validate', '--spec', path, '--max-bytes', String(size - 1)]);
    expect(over.code).toBe(1);
    expect(over.stderr).toContain(`error  The file is ${size} bytes, over the limit of ${size - 1} bytes  (file-too-large)\n  hint: raise the limit with --max-bytes ${size}`);
    const raised = await runCli(['validate', '--spec', path, '--max-bytes', String(size)]);
    expect(raised.code).toBe(0);
  });
});
