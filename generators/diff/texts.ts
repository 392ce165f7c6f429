// Comparing one human text across two versions: a source-locale edit, a translation
// edit, or an optional text added or removed; and the translations a source edit may
// have left stale. Texts filled by a fallback are not translations: they are skipped.
import type { ErrorModel, Locale, Localized } from '../model/types.js';
import { change, type Change, type ChangeFields, type StaleTranslation } from './change.js';
import type { DiffRuleId } from './rules.js';

export interface DiffContext {
  readonly base: ErrorModel;
  readonly head: ErrorModel;
  readonly changes: Change[];
  readonly stale: StaleTranslation[];
}

export interface TextRef {
  /** i18n key of the text in the head (in the base when the text is gone). */
  readonly key: string;
  /** i18n key in the base, when a rename changed it. */
  readonly baseKey?: string;
  /** Plain words for messages, e.g. `summary of -3000000 NO_PERMISSION`. */
  readonly label: string;
  readonly fields: ChangeFields;
  /** The rule a source-locale edit triggers (default `text-changed`). */
  readonly sourceRule?: DiffRuleId;
}

const filledCache = new WeakMap<ErrorModel, Set<string>>();

/** Was this locale's text filled by a fallback (so no translator wrote it)? */
function filled(model: ErrorModel, locale: Locale, key: string): boolean {
  let set = filledCache.get(model);
  if (!set) {
    set = new Set(model.coverage.map((f) => `${f.locale}\u0000${f.key}`));
    filledCache.set(model, set);
  }
  return set.has(`${locale}\u0000${key}`);
}

export function compareText(ctx: DiffContext, ref: TextRef, before: Localized | undefined, after: Localized | undefined): void {
  const { base, head } = ctx;
  const baseKey = ref.baseKey ?? ref.key;
  if (before === undefined && after === undefined) return;
  if (before === undefined) {
    ctx.changes.push(change('text-added', `${ref.label} added`, { ...ref.fields, key: ref.key }));
    return;
  }
  if (after === undefined) {
    ctx.changes.push(change('text-removed', `${ref.label} removed`, { ...ref.fields, key: ref.key }));
    return;
  }
  const source = head.sourceLocale;
  const common = head.locales.filter((l) => base.locales.includes(l));
  const own = (l: Locale) => l === source || !(filled(base, l, baseKey) && filled(head, l, ref.key));
  const changed = common.filter((l) => own(l) && before[l] !== after[l]);
  if (changed.length === 0) return;

  if (changed.includes(source)) {
    const rule = ref.sourceRule ?? 'text-changed';
    const others = changed.filter((l) => l !== source);
    const also = others.length > 0 ? ` (also ${others.join(', ')})` : '';
    ctx.changes.push(
      change(rule, `${ref.label}: ${source} text changed${also}`, {
        ...ref.fields,
        key: ref.key,
        locales: changed,
        ...(before[source] !== undefined ? { before: before[source] } : {}),
        ...(after[source] !== undefined ? { after: after[source] } : {}),
      }),
    );
    for (const l of common) {
      if (l === source || changed.includes(l) || filled(head, l, ref.key)) continue;
      ctx.stale.push({ locale: l, key: ref.key });
    }
    return;
  }
  ctx.changes.push(change('translation-changed', `${ref.label}: ${changed.join(', ')} translation changed`, { ...ref.fields, key: ref.key, locales: changed }));
}
