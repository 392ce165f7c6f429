// What importing an XLIFF file would do, decided before anything is written: the
// texts to change, the stale translations to confirm, the lock entries to record,
// and every refusal with the XLIFF file's line. A unit changes its text when its
// target differs from the spec's; an unchanged target whose state says it is done
// (translated, signed-off, final) confirms a stale translation; anything else is left.
import { diagnostic, type Diagnostic } from '../diagnostics/diagnostic.js';
import { lineColumn, type SourceFile } from '../load/source-file.js';
import type { ErrorModel, Locale } from '../model/types.js';
import { placeholdersOf } from '../validate/rules/placeholders.js';
import type { Lock, LockEntry } from './lock.js';
import { lockEntry, targetLocales, type TranslationStatus } from './status.js';
import type { TextUnit } from './units.js';
import type { XliffRead } from './xliff-read.js';

const DONE_STATES: ReadonlySet<string> = new Set(['translated', 'signed-off', 'final']);

export interface TextEdit {
  readonly unit: TextUnit;
  readonly locale: Locale;
  /** The spec's text now; `undefined` when the locale has none of its own. */
  readonly before?: string;
  readonly after: string;
}

export interface ImportPlan {
  readonly edits: readonly TextEdit[];
  readonly confirmed: readonly TranslationStatus[];
  /** Lock entries for the edited and confirmed translations. */
  readonly overrides: Lock;
  /** Errors refuse the whole import; warnings are printed. */
  readonly diagnostics: readonly Diagnostic[];
  readonly unitsRead: number;
}

const show = (names: readonly string[]): string => {
  const unique = [...new Set(names)].sort();
  return unique.length ? unique.map((n) => `{{${n}}}`).join(', ') : 'none';
};

export function planImport(model: ErrorModel, statuses: readonly TranslationStatus[], xliff: XliffRead, file: SourceFile): ImportPlan {
  const diagnostics: Diagnostic[] = [...xliff.diagnostics];
  const edits: TextEdit[] = [];
  const confirmed: TranslationStatus[] = [];
  const overrides = new Map<Locale, Map<string, LockEntry>>();
  const record = (locale: Locale, key: string, entry: LockEntry) => {
    const byKey = overrides.get(locale) ?? new Map<string, LockEntry>();
    overrides.set(locale, byKey.set(key, entry));
  };
  const source = model.sourceLocale;
  let unitsRead = 0;

  for (const f of xliff.files) {
    const locale = f.targetLanguage;
    if (f.sourceLanguage !== source || !targetLocales(model).includes(locale)) {
      const why = f.sourceLanguage !== source ? `source-language is ${f.sourceLanguage} but the spec's source locale is ${source}` : `target-language ${locale} is not a target locale of the spec (${targetLocales(model).join(', ') || 'none'})`;
      diagnostics.push(diagnostic('xliff-locale', file, f.at, `This <file> cannot be imported: its ${why}`));
      continue;
    }
    const byKey = new Map(statuses.filter((s) => s.locale === locale).map((s) => [s.unit.key, s]));
    const seen = new Map<string, number>();
    for (const u of f.units) {
      unitsRead++;
      const status = byKey.get(u.id);
      if (!status) {
        diagnostics.push(diagnostic('xliff-unknown-unit', file, u.at, `No text of the spec has the id ${JSON.stringify(u.id)} (an i18n key); was its code renamed or its cause removed? Export again and carry the translation over`));
        continue;
      }
      if (seen.has(u.id)) {
        diagnostics.push(diagnostic('xliff-duplicate-unit', file, u.at, `Unit ${u.id} appears twice for ${locale} (first on line ${seen.get(u.id)}); keep one`));
        continue;
      }
      seen.set(u.id, lineColumn(file, u.at.start).line);
      if (u.target === undefined || u.target.trim() === '') continue;
      const current = status.unit.text[source] ?? '';
      const wanted = placeholdersOf(current);
      const got = placeholdersOf(u.target);
      if (show(wanted) !== show(got)) {
        diagnostics.push(diagnostic('xliff-placeholder-mismatch', file, u.targetAt, `Unit ${u.id}: the ${locale} target uses ${show(got)} but the source uses ${show(wanted)}; keep exactly the placeholders of the source`));
        continue;
      }
      const before = status.state === 'missing' ? undefined : status.unit.text[locale];
      const outdated = u.source !== current;
      if (u.target !== before) {
        edits.push({ unit: status.unit, locale, ...(before !== undefined ? { before } : {}), after: u.target });
        // It translates the source the translator saw: if that is not the current one, it stays stale.
        record(locale, u.id, lockEntry(u.source, u.target));
        if (outdated) {
          const message = `Unit ${u.id} was translated from an older ${source} text (${JSON.stringify(u.source)}); the spec now says ${JSON.stringify(current)}. The translation is imported but stays stale until it is translated again`;
          diagnostics.push(diagnostic('xliff-outdated-source', file, u.at, message));
        }
      } else if (status.state === 'stale' && !outdated && DONE_STATES.has(u.state ?? '')) {
        confirmed.push(status);
        record(locale, u.id, lockEntry(current, u.target));
      }
    }
  }
  return { edits, confirmed, overrides, diagnostics, unitsRead };
}
