// What `errspec validate` says about translations when the spec has a lock file:
// each stale translation, at its text, with the old and the new source; and one
// warning when the lock no longer records the translations as they are.
import { parseDocument } from 'yaml';
import { diagnostic, sortDiagnostics, type Diagnostic } from '../diagnostics/diagnostic.js';
import { readSource } from '../load/read-source.js';
import type { SourceFile } from '../load/source-file.js';
import type { ErrorModel } from '../model/types.js';
import { readLockFile } from './lock-file.js';
import { serializeLock, type Lock } from './lock.js';
import { refreshedLock, translationStatuses, type TranslationStatus } from './status.js';
import { translationUnits } from './units.js';

const MAX_LISTED = 5;

/** The lock's problems, stale translations and an outdated lock; nothing without a lock file. */
export function translationDiagnostics(model: ErrorModel, specPath: string, show: (path: string) => string): Diagnostic[] {
  const lockFile = readLockFile(specPath, show);
  if (!lockFile.lock) return [...lockFile.diagnostics];
  const statuses = translationStatuses(model, translationUnits(model), lockFile.lock);
  const stale = statuses.some((s) => s.state === 'stale') ? staleWarnings(model, readSource(specPath, show(specPath)), statuses) : [];
  return sortDiagnostics([...stale, ...lockWarnings(lockFile.file, lockFile.lock, statuses)]);
}

export function staleWarnings(model: ErrorModel, spec: SourceFile, statuses: readonly TranslationStatus[]): Diagnostic[] {
  // Positions come from yaml's Document API: only specs with stale translations pay for a second parse.
  const doc = parseDocument(spec.text, { uniqueKeys: false });
  const source = model.sourceLocale;
  return statuses
    .filter((s) => s.state === 'stale')
    .map((s) => {
      const node = doc.getIn([...s.unit.path, s.locale], true) as { range?: [number, number, number] } | undefined;
      const span = node?.range ? { start: node.range[0], end: node.range[1] } : undefined;
      const before = JSON.stringify(s.entry?.source ?? '');
      const after = JSON.stringify(s.unit.text[source] ?? '');
      return diagnostic(spec, span, { rule: 'translation-stale', format: { locale: s.locale, key: s.unit.key, source, before, after } });
    });
}

/** One warning when the lock differs from what `errspec translations lock` would write. */
export function lockWarnings(lockFile: SourceFile, lock: Lock, statuses: readonly TranslationStatus[]): Diagnostic[] {
  const wanted = refreshedLock(statuses);
  if (serializeLock(wanted) === serializeLock(lock)) return [];
  const same = (a: Lock, b: Lock, locale: string, key: string) => JSON.stringify(a.get(locale)?.get(key)) === JSON.stringify(b.get(locale)?.get(key));
  const unrecorded = [...wanted].flatMap(([locale, entries]) => [...entries.keys()].filter((key) => !same(wanted, lock, locale, key)).map((key) => `${locale} ${key}`));
  const gone = [...lock].flatMap(([locale, entries]) => [...entries.keys()].filter((key) => !wanted.get(locale)?.has(key)).map((key) => `${locale} ${key}`));
  const list = (items: readonly string[]) => `${items.slice(0, MAX_LISTED).join(', ')}${items.length > MAX_LISTED ? `, and ${items.length - MAX_LISTED} more` : ''}`;
  const parts = [
    ...(unrecorded.length ? [`${unrecorded.length} new or edited translation${unrecorded.length === 1 ? ' is' : 's are'} not recorded (${list(unrecorded)})`] : []),
    ...(gone.length ? [`${gone.length} recorded translation${gone.length === 1 ? ' is' : 's are'} no longer in the spec (${list(gone)})`] : []),
  ];
  return [diagnostic(lockFile, undefined, { rule: 'translation-lock-outdated', format: { changes: parts.join('; ') } })];
}
