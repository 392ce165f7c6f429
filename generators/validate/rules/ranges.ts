// Code ranges: each of the catalog's kind (intervals for integer codes, prefixes for
// string codes), well ordered, disjoint, with a declared default scene; when any is
// declared, every code (retired ones too) falls in one. A cause may leave out its scene
// only when its code's range gives one.
import { asArray, DANGEROUS_KEYS, entriesOf, errorEntries, isRecord, own, str, type Rule, type RuleContext } from '../context.js';
import { lineColumn } from '../../load/source-file.js';
import { extentText, rangeOf, rangesOverlap, type RangeExtent } from '../../model/ranges.js';
import { suggest } from '../../util/suggest.js';
import { escapeNonAscii } from '../ascii.js';

type Declared = RangeExtent & { readonly id: string; readonly scene?: string };

export const rangeRules: Rule = (ctx) => {
  const type = str(own(own(ctx.data, 'codes'), 'type'));
  const scenes = entriesOf(own(ctx.data, 'scenes')).map(([id]) => id);
  const entries = entriesOf(own(ctx.data, 'ranges')).filter(([, r]) => isRecord(r));
  const ranges: Declared[] = [];
  for (const [id, r] of entries) {
    if (DANGEROUS_KEYS.has(id)) ctx.report(['ranges', id], { rule: 'reserved-id', format: { what: 'Range id', id } }, 'key');
    const extent = extentOf(ctx, id, r, type);
    const scene = str(own(r, 'scene'));
    if (scene !== undefined && !scenes.includes(scene)) reportScene(ctx, id, scene, scenes);
    if (extent) ranges.push({ ...extent, id, ...(scene === undefined ? {} : { scene }) });
  }
  checkOverlaps(ctx, ranges);
  checkCodes(ctx, ranges, entries.length > 0, scenes);
};

/** The values a range holds, or undefined (and a diagnostic) when it is not of the catalog's kind. */
function extentOf(ctx: RuleContext, id: string, r: unknown, type: string | undefined): RangeExtent | undefined {
  const from = own(r, 'from');
  const to = own(r, 'to');
  const prefix = own(r, 'prefix');
  const bounds = [from, to].filter((b) => b !== undefined).length;
  const path = ['ranges', id];
  const shown = escapeNonAscii(id);
  if (bounds > 0 && prefix !== undefined) {
    ctx.report(path, { rule: 'range-kind', messageId: 'both', format: { id: shown } }, 'key');
    return undefined;
  }
  if (bounds > 0 && type === 'string') {
    const field = from !== undefined && to !== undefined ? 'from and to' : from !== undefined ? 'from' : 'to';
    ctx.report([...path, from !== undefined ? 'from' : 'to'], { rule: 'range-kind', format: { id: shown, field } }, 'key');
    return undefined;
  }
  if (prefix !== undefined && type === 'integer') {
    ctx.report([...path, 'prefix'], { rule: 'range-kind', messageId: 'prefix', format: { id: shown } }, 'key');
    return undefined;
  }
  if (typeof prefix === 'string' && prefix.length > 0) return { kind: 'prefix', prefix };
  if (bounds === 1) {
    const [given, missing] = from !== undefined ? ['from', 'to'] : ['to', 'from'];
    ctx.report([...path, given], { rule: 'range-kind', messageId: 'incomplete', format: { id: shown, given, missing } }, 'key');
    return undefined;
  }
  if (bounds === 0 && prefix === undefined) {
    ctx.report(path, { rule: 'range-kind', messageId: 'empty', format: { id: shown, missing: type === 'string' ? 'prefix' : 'from and to' } }, 'key');
    return undefined;
  }
  // Another type (a float, a quoted number) is the schema's to report.
  if (!Number.isSafeInteger(from) || !Number.isSafeInteger(to)) return undefined;
  const [lo, hi] = [from as number, to as number];
  if (lo > hi) {
    ctx.report([...path, 'from'], { rule: 'range-bounds', format: { id: shown, from: String(lo), to: String(hi) } });
    return undefined;
  }
  return { kind: 'interval', from: lo, to: hi };
}

function reportScene(ctx: RuleContext, id: string, scene: string, scenes: readonly string[]): void {
  const format = { ref: escapeNonAscii(scene), declared: [...scenes].sort().join(', ') || 'none' };
  const suggestion = suggest(scene, scenes);
  const path = ['ranges', id, 'scene'];
  if (suggestion !== undefined) ctx.report(path, { rule: 'undeclared-scene', hint: 'suggest', format: { ...format, suggestion } });
  else ctx.report(path, { rule: 'undeclared-scene', format });
}

/** Each overlapping pair once, at the later range, naming the earlier one and its line. */
function checkOverlaps(ctx: RuleContext, ranges: readonly Declared[]): void {
  for (let j = 1; j < ranges.length; j++) {
    const b = ranges[j] as Declared;
    for (const a of ranges.slice(0, j)) {
      if (!rangesOverlap(a, b)) continue;
      const at = ctx.locate(['ranges', a.id], 'key');
      const common = { id: escapeNonAscii(b.id), extent: extentText(b), other: escapeNonAscii(a.id), otherExtent: extentText(a), line: at ? lineColumn(ctx.file, at.start).line : '?' };
      if (a.kind === 'interval' && b.kind === 'interval') {
        const shared = extentText({ kind: 'interval', from: Math.max(a.from, b.from), to: Math.min(a.to, b.to) });
        ctx.report(['ranges', b.id], { rule: 'range-overlap', format: { ...common, shared } }, 'key');
      } else if (a.kind === 'prefix' && b.kind === 'prefix') {
        const [longer, shorter] = a.prefix.length >= b.prefix.length ? [a.prefix, b.prefix] : [b.prefix, a.prefix];
        ctx.report(['ranges', b.id], { rule: 'range-overlap', messageId: 'prefix', format: { ...common, longer: escapeNonAscii(longer), shorter: escapeNonAscii(shorter) } }, 'key');
      }
    }
  }
}

function checkCodes(ctx: RuleContext, ranges: readonly Declared[], declared: boolean, scenes: readonly string[]): void {
  const list = ranges.map((r) => `${escapeNonAscii(r.id)}: ${extentText(r)}`).join(', ');
  // A range left out for a mistake of its own would put its codes outside: one mistake, one diagnostic.
  const complete = ranges.length === entriesOf(own(ctx.data, 'ranges')).length;
  for (const [entry, i] of errorEntries(ctx.data)) {
    const code = own(entry, 'code');
    const range = typeof code === 'number' || typeof code === 'string' ? rangeOf(code, ranges) : undefined;
    if (declared && complete && range === undefined && (typeof code === 'number' || typeof code === 'string')) {
      ctx.report(['errors', i, 'code'], { rule: 'code-outside-ranges', format: { code: typeof code === 'string' ? `'${escapeNonAscii(code)}'` : String(code), name: escapeNonAscii(str(own(entry, 'name')) ?? '?'), ranges: list } });
    }
    // A code outside the ranges (or in a broken one) is its range's mistake, not its causes'.
    if (scenes.length === 0 || (declared && range === undefined)) continue;
    asArray(own(entry, 'causes')).forEach((c, j) => {
      if (!isRecord(c) || own(c, 'scene') !== undefined || range?.scene !== undefined) return;
      missingScene(ctx, ['errors', i, 'causes', j], range?.id, scenes);
    });
  }
  if (scenes.length === 0) return;
  asArray(own(ctx.data, 'uncoded')).forEach((c, j) => {
    if (isRecord(c) && own(c, 'scene') === undefined) missingScene(ctx, ['uncoded', j], undefined, scenes);
  });
}

/** Scenes are optional for the catalog as a whole, not cause by cause: a cause names one, or its range does. */
function missingScene(ctx: RuleContext, path: (string | number)[], range: string | undefined, scenes: readonly string[]): void {
  const declared = [...scenes].sort().join(', ');
  const where = ctx.where(path);
  if (range === undefined) ctx.report(path, { rule: 'scene-required', format: { where, declared } });
  else ctx.report(path, { rule: 'scene-required', messageId: 'range', format: { where, declared, range: escapeNonAscii(range) } });
}
