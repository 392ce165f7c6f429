// The params of one text: their names (callers pass them; a change breaks the typed
// accessors and `apiError`), then their types (a typed value of the old type stops
// compiling), then examples and descriptions (docs only).
import type { Param } from '../model/types.js';
import { change, type ChangeFields } from './change.js';
import { list, sameSet } from './labels.js';
import type { DiffContext } from './texts.js';

export function compareParams(ctx: DiffContext, label: string, fields: ChangeFields, before: readonly Param[], after: readonly Param[]): void {
  const names = (params: readonly Param[]): string[] => params.map((p) => p.name);
  if (!sameSet(names(before), names(after))) {
    ctx.changes.push(
      change('params-changed', `${label}: params ${list(names(before))} → ${list(names(after))}`, {
        ...fields,
        before: names(before).join(', '),
        after: names(after).join(', '),
      }),
    );
    return;
  }
  const typeOf = (p: Param | undefined): string => p?.type ?? 'string | number';
  for (const b of before) {
    const h = after.find((p) => p.name === b.name);
    if (typeOf(b) !== typeOf(h)) {
      ctx.changes.push(change('param-type-changed', `${label}: param ${b.name} ${typeOf(b)} → ${typeOf(h)}`, { ...fields, before: typeOf(b), after: typeOf(h) }));
    } else if (b.example !== h?.example || b.description !== h?.description) {
      ctx.changes.push(change('param-described', `${label}: example or description of param ${b.name} changed`, { ...fields }));
    }
  }
}
