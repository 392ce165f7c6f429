// Positions come from yaml's Document, looked up by path when a diagnostic needs one;
// the data comes from its toJS(). Nothing in the toolkit reads yaml's CST, Lexer or Parser.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { parseYaml } from '../../generators/load/parse-yaml.js';
import { repoRoot } from '../support/cli.js';
import { posOf } from '../validate/support.js';

const TEXT = `a:
  b: [1, {c: two}]
  "quoted key": 'x'
  empty:
list:
  - &item
    k: v
  - *item
`;

const at = (text: string, path: Array<string | number>, part: 'key' | 'value' = 'value'): string => {
  const span = parseYaml({ path: 't.yaml', text }).locator.locate(path, part);
  if (!span) return '';
  const before = text.slice(0, span.start);
  return `${before.split('\n').length}:${span.start - before.lastIndexOf('\n')}+${span.end - span.start}`;
};
const place = (needle: string, length: number, nth = 0) => `${posOf(TEXT, needle, nth)}+${length}`;

describe('locate', () => {
  it('finds values and keys by path', () => {
    expect(at(TEXT, ['a', 'b', 1, 'c'])).toBe(place('two', 3));
    expect(at(TEXT, ['a', 'b', 0])).toBe(place('1,', 1));
    expect(at(TEXT, ['a', 'quoted key'], 'key')).toBe(place('"quoted key"', 12));
    expect(at(TEXT, ['a', 'quoted key'])).toBe(place("'x'", 3));
  });

  it('a path that goes missing points at the deepest node that exists', () => {
    expect(at(TEXT, ['a', 'b', 1, 'missing'])).toBe(place('{c: two}', 8));
    expect(at(TEXT, ['a', 'b', 7])).toBe(place('[1, {c: two}]', 13));
  });

  it('an empty value is placed after its key', () => {
    expect(at(TEXT, ['a', 'empty'])).toBe(`${posOf(TEXT, 'empty:').split(':')[0]}:9+0`);
  });

  it('a path through an alias continues in the node it stands for', () => {
    expect(at(TEXT, ['list', 1, 'k'])).toBe(place('v\n', 1));
  });
});

describe('the data', () => {
  it('is what yaml.parse gives for the real spec', () => {
    const text = readFileSync(join(repoRoot, 'spec/errors.yaml'), 'utf8');
    expect(parseYaml({ path: 'spec/errors.yaml', text }).data).toEqual(parse(text));
  });
});

describe('generators/', () => {
  const sources = (dir: string): string[] =>
    readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
      e.isDirectory() ? sources(join(dir, e.name)) : e.name.endsWith('.ts') ? [join(dir, e.name)] : [],
    );

  // The one exception: the translation writer edits a scalar in its own style with
  // yaml's public CST editing API (CST.setScalarValue, createScalarToken, stringify);
  // it reads the spec through parseDocument like everything else.
  const CST_EDITORS = new Set([join(repoRoot, 'generators/translations/spec-edit.ts')]);

  it("imports nothing of yaml's CST, Lexer, Parser or Composer (but the translation writer's CST edits)", () => {
    const offenders = sources(join(repoRoot, 'generators')).filter((path) =>
      [...readFileSync(path, 'utf8').matchAll(/import[^;]*?\{([^}]*)\}\s*from\s*'yaml(?:\/[^']*)?'/g)].some((m) =>
        (CST_EDITORS.has(path) ? /\b(Lexer|Parser|Composer)\b/ : /\b(CST|Lexer|Parser|Composer)\b/).test(m[1] as string),
      ) || /from\s*'yaml\/(?:dist|parse|compose)/.test(readFileSync(path, 'utf8')),
    );
    expect(offenders).toEqual([]);
  });
});
