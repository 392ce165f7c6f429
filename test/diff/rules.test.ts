// One pair of spec versions per rule: the base (MINI unless a case edits it) and a
// head edited from it. Each asserts the exact rules reported, so a rule that fires
// along with noise fails too.
import { describe, expect, it } from 'vitest';
import { compare, compareModels } from '../../generators/diff/compare.js';
import { diffRules, type DiffRuleId } from '../../generators/diff/rules.js';
import { MINI, edited, model } from './support.js';
import { caseTexts, ruleCases as cases, text } from './rule-cases.js';

describe('diff rules, one pair of spec versions each', () => {
  it.each(cases)('$name', (c) => {
    const { severity, rules } = c;
    const { base, head } = caseTexts(c);
    const changes = compareModels(model(base, 'base.yaml'), model(head, 'head.yaml'));
    expect(changes.map((c) => c.rule)).toEqual(rules);
    expect(changes[0]?.severity).toBe(severity);
    for (const c of changes) expect(c.severity).toBe(diffRules[c.rule].severity);
  });

  it('has a case for every rule of the catalog', () => {
    const covered = new Set(cases.flatMap((c) => c.rules));
    expect(Object.keys(diffRules).filter((id) => !covered.has(id as DiffRuleId))).toEqual([]);
  });

  it('reports nothing for identical specs, or for reordered scenes and classifications', () => {
    expect(compareModels(model(MINI), model(MINI))).toEqual([]);
    // Moves the first scene and classification to the end of their maps.
    const reordered = edited(MINI, (d) => {
      const pay = d.getIn(['scenes', 'pay']);
      d.deleteIn(['scenes', 'pay']);
      d.setIn(['scenes', 'pay'], pay);
      const fatal = d.getIn(['classifications', 'fatal']);
      d.deleteIn(['classifications', 'fatal']);
      d.setIn(['classifications', 'fatal'], fatal);
    });
    expect(reordered).not.toBe(MINI);
    expect(compareModels(model(MINI), model(reordered))).toEqual([]);
  });

  it('treats a code whose value and name both change as a removal plus an addition', () => {
    const head = edited(MINI, (d) => {
      d.setIn(['errors', 1, 'code'], 201);
      d.setIn(['errors', 1, 'name'], 'REQUEST_TIMEOUT');
    });
    expect(compareModels(model(MINI), model(head)).map((c) => [c.rule, c.code, c.name])).toEqual([
      ['code-removed', 200, 'TIMEOUT'],
      ['code-added', 201, 'REQUEST_TIMEOUT'],
    ]);
  });

  it('names the scene of a cause whose classification changed', () => {
    const head = edited(MINI, (d) => d.setIn(['errors', 1, 'causes', 0, 'classification'], 'fatal'));
    const [c] = compareModels(model(MINI), model(head));
    expect(c).toMatchObject({ rule: 'cause-classification-changed', scene: 'pay', cause: 'slow-upstream', code: 200, before: 'transient', after: 'fatal' });
    expect(c?.message).toContain('scene pay');
    expect(c?.message).toContain('retry may');
    expect(c?.message).toContain('retry never');
  });

  it('names the scenes whose causes retry differently when a classification changes its retry class', () => {
    const head = edited(MINI, (d) => d.setIn(['classifications', 'transient', 'retry'], 'never'));
    const [c] = compareModels(model(MINI), model(head));
    expect(c?.message).toBe('classification transient: retry may → never (3 causes in scene pay)');
  });

  it('orders changes breaking, dangerous, safe', () => {
    const head = edited(MINI, (d) => {
      d.setIn(['errors', 0, 'summary', 'en'], 'Bad.');
      d.setIn(['errors', 1, 'causes', 0, 'classification'], 'fatal');
      d.deleteIn(['errors', 2]);
    });
    // Deleting NOTHING_FOUND also removes the only code of the response Notice200.
    expect(compareModels(model(MINI), model(head)).map((c) => [c.rule, c.severity])).toEqual([
      ['response-removed', 'breaking'],
      ['code-removed', 'breaking'],
      ['cause-classification-changed', 'dangerous'],
      ['text-changed', 'safe'],
    ]);
  });
});

describe('possibly stale translations', () => {
  it('lists a translation whose source text changed while it did not', () => {
    const head = edited(MINI, (d) => {
      d.setIn(['errors', 1, 'summary', 'en'], 'The request took too long.');
      d.setIn(['classifications', 'fatal', 'advice', 'en'], 'Never retry.');
    });
    expect(compare(model(MINI), model(head)).stale).toEqual([
      { locale: 'zh-CN', key: 'classifications.fatal.advice' },
      { locale: 'zh-CN', key: 'errors.TIMEOUT.summary' },
    ]);
  });

  it('lists nothing when the translation changed too, or only the translation changed', () => {
    const both = edited(MINI, (d) => d.setIn(['errors', 1, 'summary'], text('Too long.', '太久。')));
    const only = edited(MINI, (d) => d.setIn(['errors', 1, 'summary', 'zh-CN'], '太久。'));
    expect(compare(model(MINI), model(both)).stale).toEqual([]);
    expect(compare(model(MINI), model(only)).stale).toEqual([]);
  });

  it('skips texts a fallback fills, and keys renamed codes by their new name', () => {
    const withFallback = edited(MINI, (d) => {
      d.setIn(['locales'], { source: 'en', targets: ['zh-CN', 'zh-TW'], fallback: { 'zh-TW': 'zh-CN' } });
      d.setIn(['errors', 0, 'summary', 'zh-TW'], '輸入無效。');
    });
    const head = edited(withFallback, (d) => {
      d.setIn(['errors', 0, 'summary', 'en'], 'Invalid input.');
      d.setIn(['errors', 1, 'summary', 'en'], 'Too slow.');
      d.setIn(['errors', 1, 'name'], 'REQUEST_TIMEOUT');
      d.setIn(['errors', 1, 'aliases'], ['TIMEOUT']);
    });
    expect(compare(model(withFallback), model(head)).stale).toEqual([
      { locale: 'zh-CN', key: 'errors.BAD_INPUT.summary' },
      { locale: 'zh-CN', key: 'errors.REQUEST_TIMEOUT.summary' },
      { locale: 'zh-TW', key: 'errors.BAD_INPUT.summary' },
    ]);
  });
});
