// Ranges, matched by id: added, removed, bounds, owner, title; and codes (matched by
// value) whose range differs. Only a code with a range on both sides can move: adding
// the first ranges to a spec, or removing the last, is said once per range.
import { extentText } from '../model/ranges.js';
import type { CodeRange, Localized } from '../model/types.js';
import { change } from './change.js';
import { codeLabel } from './labels.js';
import type { DiffContext } from './texts.js';

const sameText = (a: Localized | undefined, b: Localized | undefined): boolean =>
  JSON.stringify(a ?? null) === JSON.stringify(b ?? null);

export function compareRanges(ctx: DiffContext): void {
  const base = ctx.base.ranges ?? [];
  const head = ctx.head.ranges ?? [];
  const headById = new Map<string, CodeRange>(head.map((r) => [r.id, r]));
  const baseIds = new Set(base.map((r) => r.id));
  for (const b of base) {
    const h = headById.get(b.id);
    const fields = { range: b.id };
    if (!h) {
      ctx.changes.push(change('range-removed', `range ${b.id} (${extentText(b)}, owner ${b.owner}) removed`, fields));
      continue;
    }
    if (extentText(b) !== extentText(h)) {
      ctx.changes.push(change('range-bounds-changed', `range ${h.id}: ${extentText(b)} → ${extentText(h)}`, { ...fields, before: extentText(b), after: extentText(h) }));
    }
    if (b.owner !== h.owner) ctx.changes.push(change('range-owner-changed', `range ${h.id}: owner ${b.owner} → ${h.owner}`, { ...fields, before: b.owner, after: h.owner }));
    if (!sameText(b.title, h.title)) ctx.changes.push(change('range-title-changed', `range ${h.id}: title changed`, fields));
  }
  for (const h of head) {
    if (!baseIds.has(h.id)) ctx.changes.push(change('range-added', `range ${h.id} (${extentText(h)}, owner ${h.owner}) added`, { range: h.id }));
  }
  const baseByValue = new Map(ctx.base.codes.map((c) => [c.code, c]));
  for (const h of ctx.head.codes) {
    const b = baseByValue.get(h.code);
    if (b?.range === undefined || h.range === undefined || b.range === h.range) continue;
    ctx.changes.push(change('code-range-changed', `code ${codeLabel(h)} moved from range ${b.range} to range ${h.range}`, { code: h.code, name: h.name, range: h.range, before: b.range, after: h.range }));
  }
}
