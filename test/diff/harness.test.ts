// The diff's verdict against the outputs themselves: for every rule's pair of spec
// versions (and the named cases of issue 13), the base package's consumer is compiled
// against the head package and its lookups are made there. What the diff calls safe or
// dangerous must pass; what it calls breaking because something disappears must fail.
import { beforeAll, describe, expect, it } from 'vitest';
import { compareModels } from '../../generators/diff/compare.js';
import type { DiffRuleId } from '../../generators/diff/rules.js';
import { runHarness, passes, type HarnessCase, type HarnessResult } from './harness/index.js';
import { caseTexts, ruleCases, text } from './rule-cases.js';
import { MINI, codeIndex, edited, model, realSpecText } from './support.js';

/** Breaking rules whose harm is a value or behaviour, not a missing name, key or type. */
const BEHAVIOURAL: ReadonlySet<DiffRuleId> = new Set(['http-status-changed', 'cause-http-changed', 'retired-value-reused', 'code-value-changed', 'envelope-changed']);

const real = realSpecText();
const expired = codeIndex(real, 'QR_CODE_EXPIRED');
const named: HarnessCase[] = [
  {
    name: 'rename with the old name in aliases',
    base: real,
    head: edited(real, (d) => {
      d.setIn(['errors', expired, 'name'], 'QR_EXPIRED');
      d.setIn(['errors', expired, 'aliases'], ['QR_CODE_EXPIRED']);
    }),
  },
  {
    name: 'remove a note',
    base: edited(MINI, (d) => d.setIn(['errors', 1, 'note'], text('Seen under load.', '高负载时出现。'))),
    head: MINI,
  },
  { name: 'remove a cause', base: MINI, head: edited(MINI, (d) => d.deleteIn(['errors', 0, 'causes', 1])) },
  { name: 'nothing changed', base: MINI, head: MINI },
];
const rules: HarnessCase[] = ruleCases.map((c) => ({ name: `rule ${c.name}`, ...caseTexts(c) }));

let results: Map<string, HarnessResult>;
beforeAll(async () => {
  results = await runHarness([...named, ...rules]);
}, 120_000);

const verdictOf = (c: HarnessCase) => compareModels(model(c.base, 'base.yaml'), model(c.head, 'head.yaml'));
const resultOf = (name: string): HarnessResult => {
  const r = results.get(name);
  if (!r) throw new Error(`no harness result for ${name}`);
  return r;
};

describe('the diff verdict and the compatibility harness agree', () => {
  it('passes when nothing changed (the consumer compiles against its own package)', () => {
    expect(resultOf('nothing changed')).toEqual({ typeErrors: [], lookups: [] });
  });

  it('renaming a code with its old name in aliases: safe, and the base consumer still compiles and finds every text', () => {
    const c = named[0]!;
    expect(verdictOf(c).map((x) => [x.rule, x.severity])).toEqual([['code-renamed', 'safe']]);
    expect(resultOf(c.name)).toEqual({ typeErrors: [], lookups: [] });
  });

  it('removing a note: breaking, and the harness fails on its key', () => {
    const c = named[1]!;
    expect(verdictOf(c).map((x) => [x.rule, x.severity])).toEqual([['text-removed', 'breaking']]);
    const r = resultOf(c.name);
    expect(r.typeErrors.join('\n')).toContain('errors.TIMEOUT.note');
    expect(r.lookups).toContain('i18n: zh-CN errors.TIMEOUT.note returns the key');
  });

  it('removing a cause: breaking, and the harness fails on its key and example', () => {
    const c = named[2]!;
    expect(verdictOf(c).map((x) => [x.rule, x.severity])).toEqual([['cause-removed', 'breaking']]);
    const r = resultOf(c.name);
    expect(r.typeErrors.join('\n')).toContain('errors.BAD_INPUT.causes.bad-retry');
    expect(r.lookups).toContain('$ref openapi/errors.json#/components/responses/Error400/content/application~1json/examples/BAD_INPUT__bad-retry does not resolve');
  });

  it('removing a synonym: breaking, and the harness fails on its member, its keys and its example names', () => {
    const r = resultOf('rule synonym-removed');
    expect(r.typeErrors.join('\n')).toContain('SLOW');
    expect(r.typeErrors.join('\n')).toContain('errors.SLOW.summary');
    expect(r.lookups).toContain('i18n: zh-CN errors.SLOW.summary returns the key');
    expect(r.lookups).toContain('$ref openapi/errors.json#/components/responses/Error500/content/application~1json/examples/SLOW__slow-upstream does not resolve');
  });

  it.each(ruleCases.filter((c) => c.severity !== 'breaking').map((c) => c.name))('%s: not breaking, and passes the harness', (name) => {
    expect(resultOf(`rule ${name}`)).toEqual({ typeErrors: [], lookups: [] });
  });

  it.each(ruleCases.filter((c) => c.rules.some((r) => c.severity === 'breaking' && !BEHAVIOURAL.has(r))).map((c) => c.name))(
    '%s: breaking because something disappears, and fails the harness',
    (name) => {
      expect(passes(resultOf(`rule ${name}`))).toBe(false);
    },
  );
});
