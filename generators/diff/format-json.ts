// The machine format. Its shape is documented in docs/diff-rules.md and versioned by
// `version`: fields may be added, never renamed or removed, without bumping it.
import { stableJson } from '../util/stable-json.js';
import type { DiffReport } from './report.js';

export const DIFF_JSON_VERSION = 1;

export function formatJson(report: DiffReport): string {
  return stableJson({
    version: DIFF_JSON_VERSION,
    base: report.base,
    head: report.head,
    verdict: report.verdict,
    semver: report.semver,
    counts: { ...report.counts, staleTranslations: report.stale.length },
    changes: report.changes,
    staleTranslations: report.stale,
    sourceLocale: report.sourceLocale,
    ...(report.packageVersion ? { packageVersion: report.packageVersion } : {}),
  }).trimEnd();
}
