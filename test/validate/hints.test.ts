// Diagnostics that say how to fix it (issue 15): one spec per mistake in
// test/fixtures/hints/, each checked for its rule, line:column, wording, the suggestion
// in its hint, and that the mistake gives exactly one diagnostic.
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadSpecFile } from '../../generators/pipeline/load-spec.js';
import { repoRoot } from '../support/cli.js';
import { row, type Row } from './support.js';

const FIXTURES = 'test/fixtures/hints';

const load = (name: string): Row[] => {
  const shown = `${FIXTURES}/${name}.yaml`;
  return loadSpecFile(join(repoRoot, shown), shown).diagnostics.map(row);
};

interface Case {
  readonly fixture: string;
  readonly rule: string;
  readonly at: string;
  readonly message: string;
  readonly hint: string;
}

const CASES: readonly Case[] = [
  {
    fixture: 'scene-typo',
    rule: 'undeclared-scene',
    at: '56:16',
    message: "Scene 'writeoff' is not declared under scenes (declared: scan-qr, write-off)",
    hint: "did you mean 'write-off'?",
  },
  {
    fixture: 'field-typo',
    rule: 'schema',
    at: '37:5',
    message: "Unknown field 'htpt' in code -3000109 QR_CODE_EXPIRED",
    hint: "did you mean 'http'?",
  },
  {
    fixture: 'misindented',
    rule: 'yaml-indentation',
    at: '37:6',
    message: "'http' starts at column 6, but the keys beside it start at column 5 ('name' on line 36)",
    hint: 'start the line at column 5 (4 spaces)',
  },
  {
    fixture: 'lookalike',
    rule: 'name-not-ascii',
    at: '36:11',
    message: 'Name QR_CODE_EXPIR\\u0415D holds U+0415, outside ASCII',
    hint: '\\u0415 looks like the ASCII letter E but is not: retype it as QR_CODE_EXPIRED',
  },
  {
    fixture: 'classification-typo',
    rule: 'undeclared-classification',
    at: '44:25',
    message: "Classification 'scan-retry-mya' is not declared under classifications (declared: scan-retry-may, write-off-retry-may)",
    hint: "did you mean 'scan-retry-may'?",
  },
  {
    fixture: 'enum-typo',
    rule: 'schema',
    at: '25:12',
    message: 'retry of classification scan-retry-may must be one of never, may, not-an-error, not "nevr"',
    hint: "did you mean 'never'?",
  },
  {
    fixture: 'locale-typo',
    rule: 'schema',
    at: '47:11',
    message: "'zh-cn' is not a valid key in explanation of code -3000109 QR_CODE_EXPIRED, cause screenshot-expired: A human text per locale",
    hint: "did you mean 'zh-CN'?",
  },
  {
    fixture: 'http-range',
    rule: 'schema',
    at: '37:11',
    message: 'http of code -3000109 QR_CODE_EXPIRED is 99, outside the range 100–599',
    hint: 'give a whole number from 100 to 599',
  },
  {
    fixture: 'http-success',
    rule: 'http-status-not-error',
    at: '37:11',
    message: 'code -3000109 QR_CODE_EXPIRED is an error but answers HTTP 200, a success status',
    hint: 'use a 4xx or 5xx status, or give it severity: warning or severity: info if it is not an error',
  },
];

describe.each(CASES)('$fixture', (c) => {
  const found = load(c.fixture);

  it(`is one ${c.rule} diagnostic at ${c.at}`, () => {
    expect(found.map((r) => [r.rule, r.at])).toEqual([[c.rule, c.at]]);
  });

  it('names what is wrong in the words of the spec, and how to fix it', () => {
    expect(found[0]?.message.startsWith(c.message)).toBe(true);
    expect(found[0]?.hint).toBe(c.hint);
  });
});

describe('the lookalike', () => {
  it('is never printed as the letter it imitates', () => {
    const [d] = load('lookalike');
    expect(d?.message).not.toContain('\u0415');
    expect(d?.hint).not.toContain('\u0415');
  });
});

describe('a 1xx-3xx status', () => {
  it('is a warning: the spec still loads', () => {
    const shown = `${FIXTURES}/http-success.yaml`;
    const loaded = loadSpecFile(join(repoRoot, shown), shown);
    expect(loaded.model?.codes[0]?.http).toBe(200);
    expect(loaded.diagnostics.map((d) => d.severity)).toEqual(['warning']);
  });
});
