// The package version against the changes: when the config sets `package.version`, the
// bump from the base's version to the head's must be at least what the changes require.
import type { SemverBump } from './rules.js';

export type Bump = SemverBump | 'none';

export interface VersionCheck {
  readonly base: string;
  readonly head: string;
  /** The bump between the two versions (`none` also for a downgrade). */
  readonly bump: Bump;
  readonly required: Bump;
  readonly enough: boolean;
}

const RANK: Record<Bump, number> = { none: 0, patch: 1, minor: 2, major: 3 };
const CORE = /^(0|[1-9]\d*)\.(0|[1-9]\d*)\.(0|[1-9]\d*)(?:[-+].*)?$/;

function bumpBetween(base: readonly number[], head: readonly number[]): Bump {
  for (const [i, bump] of (['major', 'minor', 'patch'] as const).entries()) {
    const [b, h] = [base[i] ?? 0, head[i] ?? 0];
    if (h > b) return bump;
    if (h < b) return 'none';
  }
  return 'none';
}

/** Undefined when either version is not semver (nothing to compare). */
export function checkVersionBump(base: string, head: string, required: Bump): VersionCheck | undefined {
  const [b, h] = [CORE.exec(base), CORE.exec(head)];
  if (!b || !h) return undefined;
  const bump = bumpBetween(b.slice(1, 4).map(Number), h.slice(1, 4).map(Number));
  return { base, head, bump, required, enough: RANK[bump] >= RANK[required] };
}

/** One line for the text and markdown formats. */
export function versionLine(v: VersionCheck): string {
  const what = v.bump === 'none' ? 'no version bump' : `a ${v.bump} bump`;
  return v.enough
    ? `Package version ${v.base} → ${v.head}: ${what}, enough for the changes (${v.required}).`
    : `Package version ${v.base} → ${v.head}: ${what}, but the changes require a ${v.required} bump.`;
}
