// Comparing two validated models: every difference, classified by the rules of
// `rules.ts`, plus the translations a source-text edit may have left stale. Pure.
import { keys } from '../model/keys.js';
import type { ErrorModel } from '../model/types.js';
import { change, type Change, type StaleTranslation } from './change.js';
import { compareCauses } from './compare-causes.js';
import { compareCodes } from './compare-codes.js';
import { compareEnvelopes } from './compare-envelope.js';
import { compareHttp } from './compare-http.js';
import { compareClassifications, compareScenes } from './compare-groups.js';
import { compareStructure } from './compare-structure.js';
import { compareRanges } from './compare-ranges.js';
import { SEVERITIES } from './rules.js';
import { compareText, type DiffContext } from './texts.js';

export interface Comparison {
  /** Breaking first, then dangerous, then safe; spec order within each. */
  readonly changes: readonly Change[];
  /** Per locale in the head's locale order, keys in spec order. */
  readonly stale: readonly StaleTranslation[];
}

export function compareModels(base: ErrorModel, head: ErrorModel): Change[] {
  return [...compare(base, head).changes];
}

export function compare(base: ErrorModel, head: ErrorModel): Comparison {
  const ctx: DiffContext = { base, head, changes: [], stale: [] };

  for (const l of base.locales) if (!head.locales.includes(l)) ctx.changes.push(change('locale-removed', `locale ${l} removed`, { locale: l }));
  for (const l of head.locales) if (!base.locales.includes(l)) ctx.changes.push(change('locale-added', `locale ${l} added`, { locale: l }));
  if (base.id !== head.id) ctx.changes.push(change('catalog-id-changed', `catalog id ${base.id} → ${head.id}`, { before: base.id, after: head.id }));
  compareText(ctx, { key: keys.title(), label: 'catalog title', fields: {} }, base.title, head.title);
  compareEnvelopes(ctx);
  compareHttp(ctx);

  compareStructure(ctx);
  compareScenes(ctx);
  compareClassifications(ctx);
  compareCodes(ctx);
  compareRanges(ctx);
  compareCauses(
    ctx,
    { label: 'the uncoded causes', fields: {}, key: { explanation: keys.uncoded, note: keys.uncodedNote }, severityReported: false },
    base.uncoded,
    head.uncoded,
  );

  // Array.prototype.sort is stable: spec order survives within a severity.
  const rank = (c: Change) => SEVERITIES.indexOf(c.severity);
  const changes = [...ctx.changes].sort((a, b) => rank(a) - rank(b));
  const locales = head.locales;
  const stale = [...ctx.stale].sort((a, b) => locales.indexOf(a.locale) - locales.indexOf(b.locale));
  return { changes, stale };
}
