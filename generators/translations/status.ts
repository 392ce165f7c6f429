// Where each translation stands against the lock:
//   missing     the locale has no text of its own (a fallback fills it);
//   stale       the lock says it translates a source text that has changed since,
//               and the translation has not been edited since it was recorded;
//   translated  anything else: recorded for the current source, edited since it was
//               recorded (taken as made for the current source), or not recorded yet.
import type { ErrorModel, Locale } from '../model/types.js';
import { shortHash } from './hash.js';
import type { Lock, LockEntry } from './lock.js';
import type { TextUnit } from './units.js';

export type TranslationState = 'translated' | 'stale' | 'missing';

export interface TranslationStatus {
  readonly unit: TextUnit;
  readonly locale: Locale;
  readonly state: TranslationState;
  /** The lock's entry, when it has one. */
  readonly entry?: LockEntry;
  /** The entry the lock should hold now (`undefined`: none), as `translations lock` writes it. */
  readonly wanted?: LockEntry;
}

export const targetLocales = (model: ErrorModel): readonly Locale[] => model.locales.filter((l) => l !== model.sourceLocale);

/** An entry recording that `target` translates `source`. */
export const lockEntry = (source: string, target: string): LockEntry => ({ source, sourceHash: shortHash(source), targetHash: shortHash(target) });

export function statusOf(model: ErrorModel, unit: TextUnit, locale: Locale, lock: Lock | undefined, filled: ReadonlySet<string>): TranslationStatus {
  if (filled.has(`${locale}\u0000${unit.key}`)) return { unit, locale, state: 'missing' };
  const source = unit.text[model.sourceLocale] ?? '';
  const target = unit.text[locale] ?? '';
  const entry = lock?.get(locale)?.get(unit.key);
  const current = lockEntry(source, target);
  if (!entry) return { unit, locale, state: 'translated', wanted: current };
  const base = { unit, locale, entry };
  if (entry.targetHash === current.targetHash && entry.sourceHash !== current.sourceHash) return { ...base, state: 'stale', wanted: entry };
  return { ...base, state: 'translated', wanted: current };
}

/** `locale\0key` of every text a fallback filled: the locale has none of its own. */
export const filledTexts = (model: ErrorModel): ReadonlySet<string> => new Set(model.coverage.map((f) => `${f.locale}\u0000${f.key}`));

/** Every unit in every target locale (or only `locale`), units in order, locales in model order. */
export function translationStatuses(model: ErrorModel, units: readonly TextUnit[], lock: Lock | undefined, locale?: Locale): TranslationStatus[] {
  const filled = filledTexts(model);
  const locales = locale === undefined ? targetLocales(model) : [locale];
  return locales.flatMap((l) => units.map((u) => statusOf(model, u, l, lock, filled)));
}

/** The lock `translations lock` writes: every status's wanted entry, with `overrides` on top. */
export function refreshedLock(statuses: readonly TranslationStatus[], overrides: Lock = new Map()): Lock {
  const lock = new Map<Locale, Map<string, LockEntry>>();
  for (const s of statuses) {
    const entry = overrides.get(s.locale)?.get(s.unit.key) ?? s.wanted;
    if (!entry) continue;
    let byLocale = lock.get(s.locale);
    if (!byLocale) lock.set(s.locale, (byLocale = new Map()));
    byLocale.set(s.unit.key, entry);
  }
  return lock;
}

export interface LocaleCounts {
  readonly locale: Locale;
  readonly total: number;
  readonly translated: number;
  readonly stale: number;
  readonly missing: number;
  readonly staleKeys: readonly string[];
  readonly missingKeys: readonly string[];
}

export function countsByLocale(model: ErrorModel, statuses: readonly TranslationStatus[]): LocaleCounts[] {
  return targetLocales(model)
    .map((locale) => statuses.filter((s) => s.locale === locale))
    .filter((list) => list.length > 0)
    .map((list) => {
      const keysIn = (state: TranslationState) => list.filter((s) => s.state === state).map((s) => s.unit.key);
      const staleKeys = keysIn('stale');
      const missingKeys = keysIn('missing');
      return {
        locale: list[0]!.locale,
        total: list.length,
        translated: list.length - staleKeys.length - missingKeys.length,
        stale: staleKeys.length,
        missing: missingKeys.length,
        staleKeys,
        missingKeys,
      };
    });
}
