// A comparison summed up: the verdict (the worst severity), the version bump it
// requires, and counts per severity. What every formatter prints.
import type { ErrorModel } from '../model/types.js';
import type { Change, StaleTranslation } from './change.js';
import { compare } from './compare.js';
import type { VersionCheck } from './version-bump.js';
import { SEVERITIES, type ChangeSeverity, type SemverBump } from './rules.js';

export interface DiffSides {
  /** How the user named each side: a git ref, a file, or the working tree file. */
  readonly base: string;
  readonly head: string;
}

export interface DiffReport extends DiffSides {
  readonly verdict: ChangeSeverity | 'none';
  readonly semver: SemverBump | 'none';
  readonly counts: Readonly<Record<ChangeSeverity, number>>;
  readonly changes: readonly Change[];
  readonly stale: readonly StaleTranslation[];
  /** The head's source locale, whose docs page the markdown links to. */
  readonly sourceLocale: string;
  /** The config's `package.version` at both sides against the bump the changes require, when both set it. */
  readonly packageVersion?: VersionCheck;
}

const BUMPS: readonly SemverBump[] = ['major', 'minor', 'patch'];

export function diffModels(base: ErrorModel, head: ErrorModel, sides: DiffSides): DiffReport {
  const { changes, stale } = compare(base, head);
  const counts = { breaking: 0, dangerous: 0, safe: 0 };
  for (const c of changes) counts[c.severity]++;
  return {
    ...sides,
    verdict: SEVERITIES.find((s) => counts[s] > 0) ?? 'none',
    semver: BUMPS.find((b) => changes.some((c) => c.semver === b)) ?? 'none',
    counts,
    changes,
    stale,
    sourceLocale: head.sourceLocale,
  };
}

/** Stale translations grouped per locale, in report order. */
export function stalePerLocale(stale: readonly StaleTranslation[]): [string, string[]][] {
  const byLocale = new Map<string, string[]>();
  for (const s of stale) byLocale.set(s.locale, [...(byLocale.get(s.locale) ?? []), s.key]);
  return [...byLocale];
}

export const plural = (n: number, word: string): string => `${n} ${word}${n === 1 ? '' : 's'}`;

/** One line: what changed and what it requires. */
export function verdictLine(report: DiffReport): string {
  const { counts } = report;
  if (report.changes.length === 0) return 'No changes to the error catalog.';
  const parts = `${counts.breaking} breaking, ${counts.dangerous} dangerous, ${counts.safe} safe`;
  const what = report.verdict === 'breaking' ? 'Breaking changes' : report.verdict === 'dangerous' ? 'No breaking changes, but some are dangerous' : 'No breaking changes';
  return `${what} (${parts}): requires a ${report.semver} version bump.`;
}
