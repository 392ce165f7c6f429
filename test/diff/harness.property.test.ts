// A property over random edits of a small valid spec: whenever the diff says the
// change is not breaking, the base package's consumer compiles against the head
// package and finds everything it looks up. Few runs: each builds two packages and
// compiles a consumer.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Document } from 'yaml';
import { compareModels } from '../../generators/diff/compare.js';
import { runs, seed } from '../property/arbitraries.js';
import { runHarness } from './harness/index.js';
import { text } from './rule-cases.js';
import { MINI, edited, model } from './support.js';

// MINI's live codes are 0..2 (BAD_INPUT, TIMEOUT, NOTHING_FOUND); 3 is retired.
const live = fc.integer({ min: 0, max: 2 });
const nameAt = (d: Document, i: number): string => String(d.getIn(['errors', i, 'name']));

const edit = fc.oneof(
  live.map((i) => ({ what: `rename ${i} keeping the alias`, apply: (d: Document) => {
    const old = nameAt(d, i);
    d.setIn(['errors', i, 'name'], `${old}_V2`);
    d.setIn(['errors', i, 'aliases'], [old]);
  } })),
  live.map((i) => ({ what: `rename ${i} dropping the name`, apply: (d: Document) => d.setIn(['errors', i, 'name'], `${nameAt(d, i)}_V3`) })),
  live.map((i) => ({ what: `retire ${i}`, apply: (d: Document) => d.setIn(['errors', i, 'retired'], { since: '2.0.0', reason: text('Gone.', '已弃用。') }) })),
  live.map((i) => ({ what: `add a cause to ${i}`, apply: (d: Document) => d.addIn(['errors', i, 'causes'], { id: 'added', scene: 'pay', classification: 'fatal', explanation: text('Added.', '新增。') }) })),
  fc.constant({ what: 'remove a cause', apply: (d: Document) => d.deleteIn(['errors', 0, 'causes', 1]) }),
  live.map((i) => ({ what: `reword ${i}`, apply: (d: Document) => d.setIn(['errors', i, 'summary'], text(`Reworded ${i}.`, `改写 ${i}。`)) })),
  live.map((i) => ({ what: `give ${i} a param`, apply: (d: Document) => {
    d.setIn(['errors', i, 'params'], [{ name: 'store', type: 'string' }]);
    d.setIn(['errors', i, 'summary'], text('Store {{store}} failed.', '门店 {{store}} 失败。'));
  } })),
  fc.constantFrom('fatal', 'transient', 'spare-class').map((c) => ({ what: `classify bad-field ${c}`, apply: (d: Document) => d.setIn(['errors', 0, 'causes', 0, 'classification'], c) })),
);

describe('harness property', () => {
  it('every random edit the diff calls not breaking passes the harness', async () => {
    const n = runs(4);
    await fc.assert(
      fc.asyncProperty(fc.array(edit, { minLength: 1, maxLength: 3 }), async (edits) => {
        const head = edited(MINI, (d) => edits.forEach((e) => e.apply(d)));
        const changes = compareModels(model(MINI), model(head));
        fc.pre(!changes.some((c) => c.severity === 'breaking'));
        const result = (await runHarness([{ name: 'edit', base: MINI, head }])).get('edit');
        expect({ edits: edits.map((e) => e.what), ...result }).toEqual({ edits: edits.map((e) => e.what), typeErrors: [], lookups: [] });
      }),
      { numRuns: n, ...seed() },
    );
  }, 120_000);
});
