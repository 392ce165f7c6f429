// Ranges beyond the one-fixture-per-rule table: each kind of mistake once, what the
// model makes of a valid spec (each code's range, a cause taking its range's scene),
// and that a retired code is held to the ranges like any other.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { repoRoot } from '../support/cli.js';
import { loadModel } from '../support/generate.js';
import { stringCatalog, stringEntry } from '../support/string-catalog.js';
import { edit, posOf, rows } from './support.js';

const fixture = readFileSync(join(repoRoot, 'test/fixtures/ranges/spec.yaml'), 'utf8');

const ruleAndMessage = (text: string) => rows(text).map((r) => [r.rule, r.at, r.message, r.hint]);

describe('the model of a spec with ranges', () => {
  const model = loadModel('test/fixtures/ranges/spec.yaml');

  it('lists the ranges in value order, and gives each code, retired ones too, its range', () => {
    expect(model.ranges?.map((r) => [r.id, r.kind, r.owner])).toEqual([
      ['qr', 'interval', 'qr-team'],
      ['payments', 'interval', 'payments-team@example.com'],
      ['partners', 'interval', 'partner-team'],
    ]);
    expect(model.codes.map((c) => [c.code, c.range])).toEqual([
      [-3000101, 'qr'],
      [-3000102, 'qr'],
      [-3000103, 'qr'],
      [-3000104, 'qr'],
      [1000, 'payments'],
      [1001, 'payments'],
    ]);
  });

  it("gives a cause without a scene its range's default scene, and keeps a cause's own", () => {
    const expired = model.codes.find((c) => c.name === 'QR_CODE_EXPIRED');
    expect(expired?.causes.map((c) => [c.id, c.scene])).toEqual([
      ['screenshot', 'scan-qr'],
      ['paid-with-expired', 'pay'],
    ]);
    expect(expired?.scenes).toEqual(['scan-qr', 'pay']);
  });

  it('has no ranges, and no code a range, when the spec declares none', () => {
    const minimal = loadModel('test/fixtures/minimal/spec.yaml');
    expect(minimal.ranges).toBeUndefined();
    expect(minimal.codes.every((c) => c.range === undefined)).toBe(true);
  });
});

describe('range mistakes', () => {
  it('a retired code outside every range', () => {
    const text = edit(fixture, 'from: -3000199', 'from: -3000103');
    // At the value of `code: -3000104` (the comment at the top names it too).
    expect(ruleAndMessage(text)).toEqual([
      [
        'code-outside-ranges',
        posOf(text, '-3000104\n    name: QR_CODE_LEGACY'),
        'Code -3000104 QR_CODE_LEGACY falls in none of the ranges',
        'give it a value in one of the ranges (qr: -3000103..-3000100, payments: 1000..1999, partners: 5000..5999), or declare a range that holds it',
      ],
    ]);
  });

  it('an undeclared default scene, with a near miss', () => {
    const text = edit(fixture, '    scene: scan-qr\n  payments:', '    scene: scanqr\n  payments:');
    expect(ruleAndMessage(text)).toEqual([
      ['undeclared-scene', posOf(text, 'scanqr'), "Scene 'scanqr' is not declared under scenes (declared: pay, scan-qr)", "did you mean 'scan-qr'?"],
    ]);
  });

  it('a range with one bound, and one with none', () => {
    const text = edit(edit(fixture, '    from: 5000\n', ''), '    from: 1000\n    to: 1999\n', '');
    expect(rows(text).map((r) => [r.rule, r.message])).toEqual([
      ['range-kind', "Range 'payments' holds no values: it gives no from and to"],
      ['range-kind', "Range 'partners' gives to but not from"],
    ]);
  });

  it('a cause without a scene whose range gives none, and an uncoded one', () => {
    const text = edit(fixture, '        scene: pay\n        classification: fatal\n        explanation:\n          en: The issuer', '        classification: fatal\n        explanation:\n          en: The issuer');
    const uncoded = `${text}uncoded:\n  - id: mystery\n    classification: fatal\n    explanation: { en: Something., zh-CN: 某事。 }\n`;
    expect(rows(uncoded).map((r) => [r.rule, r.message])).toEqual([
      ['scene-required', "code 1000 CARD_DECLINED, cause issuer-declined names no scene, and its code's range 'payments' gives no default scene"],
      ['scene-required', 'uncoded cause mystery names no scene, but the spec declares scenes (pay, scan-qr)'],
    ]);
  });

  it("a range title is a text like any other: every locale, or a fallback", () => {
    expect(rows(edit(fixture, '      en: Payments\n      zh-CN: 支付\n', '      en: Payments\n')).map((r) => [r.rule, r.message])).toEqual([
      ['missing-translation', "title of range payments has no 'zh-CN' text"],
    ]);
  });
});

const STRING = stringCatalog('RANGES', [stringEntry('card_declined', 'CARD_DECLINED')]);

describe('prefix ranges', () => {
  it('a prefix that starts another is an overlap: a code could be in both', () => {
    const text = STRING.replace('RANGES', 'ranges:\n  cards: { prefix: card_, owner: a }\n  declines: { prefix: card_decl, owner: b }');
    expect(ruleAndMessage(text)).toEqual([
      [
        'range-overlap',
        '8:3',
        "Range 'declines' (prefix 'card_decl') overlaps range 'cards' (prefix 'card_', line 7): a code starting with 'card_decl' also starts with 'card_'",
        'make the ranges disjoint: each value belongs to exactly one range, and so to one owner',
      ],
    ]);
  });

  it('an interval in a string catalog, and both kinds in one range', () => {
    const text = STRING.replace('RANGES', 'ranges:\n  cards: { prefix: card_, owner: a }\n  numbers: { from: 1, to: 9, owner: b }\n  mixed: { from: 1, to: 9, prefix: x_, owner: c }');
    expect(rows(text).map((r) => [r.rule, r.at, r.message])).toEqual([
      ['range-kind', '8:14', "Range 'numbers' gives from and to, but codes.type is string: the ranges of a string catalog are prefixes"],
      ['range-kind', '9:3', "Range 'mixed' gives both an interval (from, to) and a prefix"],
    ]);
  });

  it('a code under no prefix', () => {
    const text = STRING.replace('RANGES', 'ranges:\n  banks: { prefix: bank_, owner: a }');
    expect(rows(text).map((r) => [r.rule, r.message, r.hint])).toEqual([
      ['code-outside-ranges', "Code 'card_declined' CARD_DECLINED falls in none of the ranges", "give it a value in one of the ranges (banks: prefix 'bank_'), or declare a range that holds it"],
    ]);
  });
});
