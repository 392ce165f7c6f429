// Scenes and classifications, matched by id. Removing one is breaking only when a cause
// of the base used it: an unused one left nothing behind for consumers.
import { keys } from '../model/keys.js';
import type { Cause, ErrorModel } from '../model/types.js';
import { compareCodePoints } from '../util/stable-json.js';
import { change } from './change.js';
import { scenesAppearOrVanish } from './compare-structure.js';
import { compareText, type DiffContext } from './texts.js';

const allCauses = (model: ErrorModel): readonly Cause[] => [...model.codes.flatMap((c) => c.causes), ...model.uncoded];

export function compareScenes(ctx: DiffContext): void {
  // Every scene gone or new at once: one change of the catalog (compare-structure.ts).
  if (scenesAppearOrVanish(ctx)) return;
  const used = new Set(allCauses(ctx.base).map((c) => c.scene));
  const headById = new Map(ctx.head.scenes.map((s) => [s.id, s]));
  const baseIds = new Set(ctx.base.scenes.map((s) => s.id));
  for (const b of ctx.base.scenes) {
    const h = headById.get(b.id);
    if (!h) {
      ctx.changes.push(
        used.has(b.id)
          ? change('scene-removed', `scene ${b.id} removed while causes in the base used it`, { scene: b.id })
          : change('unused-scene-removed', `unused scene ${b.id} removed`, { scene: b.id }),
      );
      continue;
    }
    compareText(ctx, { key: keys.scene(h.id), label: `title of scene ${h.id}`, fields: { scene: h.id } }, b.title, h.title);
  }
  for (const h of ctx.head.scenes) {
    if (!baseIds.has(h.id)) ctx.changes.push(change('scene-added', `scene ${h.id} added`, { scene: h.id }));
  }
}

export function compareClassifications(ctx: DiffContext): void {
  const used = new Set(allCauses(ctx.base).map((c) => c.classification));
  const headById = new Map(ctx.head.classifications.map((c) => [c.id, c]));
  const baseIds = new Set(ctx.base.classifications.map((c) => c.id));
  for (const b of ctx.base.classifications) {
    const h = headById.get(b.id);
    if (!h) {
      ctx.changes.push(
        used.has(b.id)
          ? change('classification-removed', `classification ${b.id} removed while causes in the base used it`, { classification: b.id })
          : change('unused-classification-removed', `unused classification ${b.id} removed`, { classification: b.id }),
      );
      continue;
    }
    const fields = { classification: h.id };
    if (b.retry !== h.retry) {
      // Name the scenes whose causes now retry differently: that is what reviewers check.
      const causes = allCauses(ctx.head).filter((c) => c.classification === h.id);
      const scenes = [...new Set(causes.flatMap((c) => (c.scene === undefined ? [] : [c.scene])))].sort(compareCodePoints);
      const where = causes.length === 0 ? '' : ` (${causes.length} cause${causes.length === 1 ? '' : 's'} in scene${scenes.length === 1 ? '' : 's'} ${scenes.join(', ')})`;
      ctx.changes.push(change('classification-retry-changed', `classification ${h.id}: retry ${b.retry} → ${h.retry}${where}`, { ...fields, before: b.retry, after: h.retry }));
    }
    compareText(ctx, { key: keys.advice(h.id), label: `advice of classification ${h.id}`, fields, sourceRule: 'classification-advice-changed' }, b.advice, h.advice);
    compareText(ctx, { key: keys.classificationNote(h.id), label: `note of classification ${h.id}`, fields }, b.note, h.note);
  }
  for (const h of ctx.head.classifications) {
    if (!baseIds.has(h.id)) ctx.changes.push(change('classification-added', `classification ${h.id} (retry ${h.retry}) added`, { classification: h.id }));
  }
}
