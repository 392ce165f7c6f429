// One classified difference between two spec versions, and the warnings listed beside
// them. Plain data: the JSON format prints these fields as they are.
import type { CodeValue, Locale } from '../model/types.js';
import { diffRules, type ChangeSeverity, type DiffRuleId, type SemverBump } from './rules.js';

export type ChangeValue = string | number | boolean;

export interface Change {
  readonly rule: DiffRuleId;
  readonly severity: ChangeSeverity;
  readonly semver: SemverBump;
  /** One line of plain text (formatters escape it). */
  readonly message: string;
  /** The code concerned: the head's value when the code still exists, else the base's. */
  readonly code?: CodeValue;
  readonly name?: string;
  /** Cause id (of `code`, or of `uncoded` when `code` is absent). */
  readonly cause?: string;
  readonly scene?: string;
  readonly classification?: string;
  readonly locale?: Locale;
  /** The range concerned (its id under `ranges`). */
  readonly range?: string;
  /** i18n key of the text concerned (see `model/keys.ts`). */
  readonly key?: string;
  /** Locales whose text changed, for text and translation edits. */
  readonly locales?: readonly Locale[];
  readonly before?: ChangeValue;
  readonly after?: ChangeValue;
}

export type ChangeFields = Omit<Change, 'rule' | 'severity' | 'semver' | 'message'>;

export function change(rule: DiffRuleId, message: string, fields: ChangeFields = {}): Change {
  const { severity, semver } = diffRules[rule];
  // Drop undefined fields so the JSON shape has no `null`s and exactOptionalPropertyTypes holds.
  const defined = Object.fromEntries(Object.entries(fields).filter(([, v]) => v !== undefined)) as ChangeFields;
  return { rule, severity, semver, message, ...defined };
}

/** A text whose source-locale value changed while this locale's value stayed. */
export interface StaleTranslation {
  readonly locale: Locale;
  readonly key: string;
}
