// `errspec next-code` on the ranges fixture (a negative range whose retired value is the
// one furthest from zero, a positive range, an empty one), on a full range, and on a
// string catalog's prefix ranges.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { nextCode } from '../../generators/api/index.js';
import { repoRoot, runBin, runCli } from '../support/cli.js';
import { loadModel } from '../support/generate.js';
import { stringCatalog, stringEntry } from '../support/string-catalog.js';

const SPEC = 'test/fixtures/ranges/spec.yaml';
const fixture = readFileSync(join(repoRoot, SPEC), 'utf8');
const work = mkdtempSync(join(tmpdir(), 'errspec-next-code-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

function specFile(name: string, text: string): string {
  const path = join(work, name);
  writeFileSync(path, text);
  return path;
}

describe('errspec next-code on an integer catalog', () => {
  it('skips the retired value: in -3000199..-3000100, after the retired -3000104 comes -3000105', async () => {
    // The premise: -3000104 is retired and the used value furthest from zero in range qr.
    const qr = loadModel(SPEC).codes.filter((c) => c.range === 'qr');
    expect(qr.map((c) => c.code)).toEqual([-3000101, -3000102, -3000103, -3000104]);
    expect(qr.find((c) => c.code === -3000104)?.retired).toBeDefined();

    const r = await runCli(['next-code', 'qr', '--spec', SPEC]);
    expect(r.code).toBe(0);
    const lines = r.stdout.split('\n');
    expect(lines[0]).toBe('-3000105');
    expect(lines[1]).toBe('Next code of range qr (-3000199..-3000100, owner qr-team): -3000105, 94 more left after it.');
    expect(lines[2]).toBe('It is the value after -3000104 QR_CODE_LEGACY (retired), the used value furthest from zero, counting away from zero.');
    expect(r.stdout).toContain('Gaps are never filled');
    expect(r.stderr).toBe('');
  });

  it('counts upward in a positive range, and starts an empty range at its bound nearest zero', async () => {
    expect((await runCli(['next-code', 'payments', '--spec', SPEC])).stdout.split('\n')[0]).toBe('1002');
    const empty = await runCli(['next-code', 'partners', '--spec', SPEC]);
    expect(empty.code).toBe(0);
    expect(empty.stdout.split('\n')[0]).toBe('5000');
    expect(empty.stdout).toContain('No value of the range is used yet, so it is the bound nearest zero.');
  });

  it('counts a range spanning zero upward from 0: values below zero are never handed out', async () => {
    const spanning = fixture.replace('    from: 5000\n    to: 5999\n', '    from: -10\n    to: 10\n');
    expect(spanning).not.toBe(fixture);
    const empty = await runCli(['next-code', 'partners', '--spec', specFile('span-empty.yaml', spanning)]);
    expect([empty.code, empty.stdout.split('\n')[0]]).toEqual([0, '0']);
    const code = (v: number) => `  - code: ${v}\n    name: PARTNER_${v < 0 ? 'M' : 'P'}${Math.abs(v)}\n    summary: { en: P., zh-CN: P。 }\n    causes:\n      - id: p\n        scene: pay\n        classification: fatal\n        explanation: { en: P., zh-CN: P。 }\n`;
    const used = specFile('span-used.yaml', spanning.replace('  - code: 1000\n', `${code(-7)}${code(2)}  - code: 1000\n`));
    const r = await runCli(['next-code', 'partners', '--spec', used, '--format', 'json']);
    expect(r.code, r.stderr).toBe(0);
    expect(JSON.parse(r.stdout)).toMatchObject({ direction: 'up', next: 3, gaps: 2, last: { code: 2 } });
  });

  it('never fills a gap: with -3000105..-3000107 unused and -3000111 used, the next is -3000112', async () => {
    // Grow the fixture's QR range to -3000111 with a gap at -3000105..-3000107 (reserved by hand);
    // with -3000100, never used, that is 4 values in gaps.
    const extra = [-3000108, -3000109, -3000110, -3000111]
      .map((v, i) => `  - code: ${v}\n    name: QR_EXTRA_${i}\n    http: 400\n    summary: { en: Extra ${i}., zh-CN: 额外 ${i}。 }\n    causes:\n      - id: extra\n        classification: fatal\n        explanation: { en: Extra ${i}., zh-CN: 额外 ${i}。 }\n`)
      .join('');
    const path = specFile('gap.yaml', fixture.replace('  - code: 1000\n', `${extra}  - code: 1000\n`));
    const r = await runCli(['next-code', 'qr', '--spec', path, '--format', 'json']);
    expect(r.code).toBe(0);
    const json = JSON.parse(r.stdout) as Record<string, unknown>;
    expect(json).toMatchObject({ kind: 'interval', direction: 'down', next: -3000112, full: false, gaps: 4, last: { code: -3000111, name: 'QR_EXTRA_3', retired: false } });
    expect(json['range']).toEqual({ id: 'qr', owner: 'qr-team', from: -3000199, to: -3000100 });
  });

  it('says a full range is full (exit 1), naming the gaps it leaves', async () => {
    // qr becomes -3000104..-3000100: its far bound -3000104 is used, -3000100 is a gap.
    const path = specFile('full.yaml', fixture.replace('from: -3000199', 'from: -3000104'));
    const r = await runCli(['next-code', 'qr', '--spec', path]);
    expect(r.code).toBe(1);
    expect(r.stdout).toBe('');
    expect(r.stderr).toBe(
      'errspec: range qr (-3000104..-3000100, owner qr-team) is full: its last value away from zero, -3000104 QR_CODE_LEGACY (retired), is used. 1 value in gaps stay unused, as gaps are never filled (they may be reserved by hand). Declare a new range for new codes.',
    );
  });

  it('names the ranges and a near miss for an unknown range (exit 2), and needs exactly one', async () => {
    const r = await runCli(['next-code', 'partner', '--spec', SPEC]);
    expect(r.code).toBe(2);
    expect(r.stderr).toBe(`errspec: ${SPEC} has no range "partner" (ranges: qr, payments, partners); did you mean 'partners'?`);
    expect((await runCli(['next-code', '--spec', SPEC])).code).toBe(2);
    expect((await runCli(['next-code', 'qr', 'payments', '--spec', SPEC])).code).toBe(2);
    const none = await runCli(['next-code', 'qr', '--spec', 'test/fixtures/minimal/spec.yaml']);
    expect([none.code, none.stderr]).toEqual([2, "errspec: test/fixtures/minimal/spec.yaml declares no ranges: declare them under ranges: (see the spec's opening comment)"]);
  });

  it('reports an invalid spec like validate (exit 1)', async () => {
    const path = specFile('invalid.yaml', fixture.replace('from: 5000', 'from: 6000\n    # ').replace('to: 5999', 'to: 5000'));
    const r = await runCli(['next-code', 'qr', '--spec', path]);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('(range-bounds)');
  });

  it('runs as the real bin, with the same exit code and output', () => {
    const r = runBin(['next-code', 'qr', '--spec', SPEC]);
    expect([r.code, r.stdout.split('\n')[0]]).toEqual([0, '-3000105']);
  });

  it('is in the library API', () => {
    const result = nextCode({ spec: SPEC, range: 'payments' });
    expect(result.next).toMatchObject({ kind: 'interval', next: 1002, remaining: 998, gaps: 0 });
    expect(() => nextCode({ spec: SPEC, range: 'nope' })).toThrow(/has no range "nope"/);
  });
});

const STRING_SPEC = stringCatalog('ranges:\n  cards: { prefix: card_, owner: payments-team }\n  bank: { prefix: bank_, owner: bank-team }', [
  stringEntry('card_expired', 'CARD_EXPIRED', '\n    retired: { since: 2.0.0, reason: { en: Merged into card_declined. } }'),
  stringEntry('card_declined', 'CARD_DECLINED'),
  stringEntry('bank_down', 'BANK_DOWN'),
]);

describe('errspec next-code on a prefix range', () => {
  it('says the value is chosen by hand and lists the values taken in the range, retired ones marked', async () => {
    const path = specFile('cards.yaml', STRING_SPEC);
    const r = await runCli(['next-code', 'cards', '--spec', path]);
    expect(r.code).toBe(0);
    expect(r.stdout.split('\n')).toEqual([
      "range cards (prefix 'card_', owner payments-team): a prefix range has no next value; choose the new code by hand: a value starting with 'card_' that is not taken below (retired values stay taken forever).",
      'Taken (2):',
      "  'card_declined' CARD_DECLINED",
      "  'card_expired' CARD_EXPIRED (retired)",
    ]);
    const json = JSON.parse((await runCli(['next-code', 'bank', '--spec', path, '--format', 'json'])).stdout) as Record<string, unknown>;
    expect(json).toMatchObject({ kind: 'prefix', next: null, chosenByHand: true, taken: [{ code: 'bank_down', name: 'BANK_DOWN', retired: false }] });
  });
});
