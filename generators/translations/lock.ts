// The translation lock file: for each translation, the source text it translates
// (and that text's short hash, which is what is compared) and the hash of the
// translation itself, so a translation edited since it was recorded counts as made
// for the current source. It lives beside the spec (spec/errors.yaml ->
// spec/errors.translations.lock.json) rather than in it: the spec stays what people
// write, and the generators, the schema and `errspec diff` never see the hashes.
import { basename, dirname, join } from 'node:path';
import { render, report, type AnyReport, type Diagnostic } from '../diagnostics/diagnostic.js';
import type { SourceFile } from '../load/source-file.js';
import { isRecord } from '../validate/context.js';
import type { Locale } from '../model/types.js';
import { setOwnKey, stableJson } from '../util/stable-json.js';

export const LOCK_VERSION = 1;

export interface LockEntry {
  /** The source-locale text the translation translates. */
  readonly source: string;
  /** `shortHash(source)`. */
  readonly sourceHash: string;
  /** `shortHash` of the translation as recorded. */
  readonly targetHash: string;
}

/** Locale -> i18n key -> entry. Maps, so no key of the file can reach a prototype. */
export type Lock = ReadonlyMap<Locale, ReadonlyMap<string, LockEntry>>;

export function lockPathFor(specPath: string): string {
  const name = basename(specPath).replace(/\.ya?ml$/i, '');
  return join(dirname(specPath), `${name}.translations.lock.json`);
}

const HASH = /^[0-9a-f]{8}$/;

/** The lock, or the diagnostics that say why the file is not one. */
export function parseLock(file: SourceFile): { lock?: Lock; diagnostics: Diagnostic[] } {
  const invalid = (r: AnyReport) => ({
    diagnostics: [render(file, undefined, r)],
  });
  let data: unknown;
  try {
    data = JSON.parse(file.text);
  } catch (error) {
    return invalid(report({ rule: 'translation-lock-invalid', messageId: 'json', format: { error: (error as Error).message } }));
  }
  if (!isRecord(data) || data['version'] !== LOCK_VERSION || !isRecord(data['translations'])) {
    return invalid(report({ rule: 'translation-lock-invalid', format: { version: LOCK_VERSION } }));
  }
  const lock = new Map<Locale, Map<string, LockEntry>>();
  for (const [locale, entries] of Object.entries(data['translations'])) {
    if (!isRecord(entries)) return invalid(report({ rule: 'translation-lock-invalid', messageId: 'locale', format: { locale } }));
    const byKey = new Map<string, LockEntry>();
    for (const [key, entry] of Object.entries(entries)) {
      const e = isRecord(entry) ? entry : {};
      const { source, sourceHash, targetHash } = e;
      if (typeof source !== 'string' || typeof sourceHash !== 'string' || !HASH.test(sourceHash) || typeof targetHash !== 'string' || !HASH.test(targetHash)) {
        return invalid(report({ rule: 'translation-lock-invalid', messageId: 'entry', format: { locale, key } }));
      }
      byKey.set(key, { source, sourceHash, targetHash });
    }
    lock.set(locale, byKey);
  }
  return { lock, diagnostics: [] };
}

/** The file's bytes: sorted keys, so the same lock is always the same text. */
export function serializeLock(lock: Lock): string {
  const translations: Record<string, unknown> = {};
  for (const [locale, entries] of lock) {
    if (entries.size === 0) continue;
    const byKey: Record<string, unknown> = {};
    for (const [key, entry] of entries) setOwnKey(byKey, key, { source: entry.source, sourceHash: entry.sourceHash, targetHash: entry.targetHash });
    setOwnKey(translations, locale, byKey);
  }
  return stableJson({ version: LOCK_VERSION, translations });
}
