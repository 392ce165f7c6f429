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
      diagnostics.push(
        f.sourceLanguage !== source
          ? diagnostic(file, f.at, { rule: 'xliff-locale', messageId: 'source', format: { language: f.sourceLanguage, source } })
          : diagnostic(file, f.at, { rule: 'xliff-locale', format: { locale, targets: targetLocales(model).join(', ') || 'none' } }),
      );
      continue;
    }
    const byKey = new Map(statuses.filter((s) => s.locale === locale).map((s) => [s.unit.key, s]));
    const seen = new Map<string, number>();
    for (const u of f.units) {
      unitsRead++;
      const status = byKey.get(u.id);
      if (!status) {
        diagnostics.push(diagnostic(file, u.at, { rule: 'xliff-unknown-unit', format: { id: JSON.stringify(u.id) } }));
        continue;
      }
      if (seen.has(u.id)) {
        diagnostics.push(diagnostic(file, u.at, { rule: 'xliff-duplicate-unit', format: { id: u.id, locale, line: seen.get(u.id) ?? 0 } }));
        continue;
      }
      seen.set(u.id, lineColumn(file, u.at.start).line);
      if (u.target === undefined || u.target.trim() === '') continue;
      const current = status.unit.text[source] ?? '';
      const wanted = placeholdersOf(current);
      const got = placeholdersOf(u.target);
      if (show(wanted) !== show(got)) {
        diagnostics.push(diagnostic(file, u.targetAt, { rule: 'xliff-placeholder-mismatch', format: { id: u.id, locale, got: show(got), expected: show(wanted) } }));
        continue;
      }
      const before = status.state === 'missing' ? undefined : status.unit.text[locale];
      const outdated = u.source !== current;
      if (u.target !== before) {
        edits.push({ unit: status.unit, locale, ...(before !== undefined ? { before } : {}), after: u.target });
        // It translates the source the translator saw: if that is not the current one, it stays stale.
        record(locale, u.id, lockEntry(u.source, u.target));
        if (outdated) {
          const format = { id: u.id, locale: source, before: JSON.stringify(u.source), after: JSON.stringify(current) };
          diagnostics.push(diagnostic(file, u.at, { rule: 'xliff-outdated-source', format }));
        }
      } else if (status.state === 'stale' && !outdated && DONE_STATES.has(u.state ?? '')) {
        confirmed.push(status);
        record(locale, u.id, lockEntry(current, u.target));
      }
    }
  }
  return { edits, confirmed, overrides, diagnostics, unitsRead };
}
