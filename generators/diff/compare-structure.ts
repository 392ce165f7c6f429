// What the catalog as a whole declares: its naming convention, and whether it has
// scenes at all. Dropping or introducing every scene is one change here; the per-scene
// and per-cause scene changes it implies are not reported again.
import { change } from './change.js';
import type { DiffContext } from './texts.js';

/**
 * One side declares scenes and the other, which has causes, none: reported once, as the
 * catalog's change. A side with no cause at all (an empty base) just adds or drops scenes.
 */
export function scenesAppearOrVanish({ base, head }: DiffContext): boolean {
  const sceneless = base.scenes.length === 0 ? base : head.scenes.length === 0 ? head : undefined;
  if (sceneless === undefined || base.scenes.length === head.scenes.length) return false;
  return sceneless.uncoded.length > 0 || sceneless.codes.some((c) => c.causes.length > 0);
}

export function compareStructure(ctx: DiffContext): void {
  const { base, head } = ctx;
  if (base.naming !== head.naming) {
    ctx.changes.push(change('naming-changed', `naming convention ${base.naming} → ${head.naming}`, { before: base.naming, after: head.naming }));
  }
  if (scenesAppearOrVanish(ctx)) {
    const ids = (head.scenes.length === 0 ? base : head).scenes.map((s) => s.id).join(', ');
    ctx.changes.push(
      head.scenes.length === 0
        ? change('all-scenes-removed', `every scene removed (${ids}): causes have no scene any more`)
        : change('scenes-introduced', `scenes declared (${ids}) in a catalog that had none`),
    );
  }
}
