// Severity decided in one place, for validation and the model alike: a cause's own, else
// the old spelling `informational: true`, else its code's, else what its classification
// implies (`not-an-error` classifies non-errors); a code's own, else its most serious cause's.
import type { Retry, Severity } from './types.js';

export const SEVERITIES: readonly Severity[] = ['error', 'warning', 'info'];

const RANK: Readonly<Record<Severity, number>> = { info: 0, warning: 1, error: 2 };

export const isSeverity = (x: unknown): x is Severity => x === 'error' || x === 'warning' || x === 'info';

export const moreSerious = (a: Severity, b: Severity): boolean => RANK[a] > RANK[b];

export interface SeverityInputs {
  readonly severity?: unknown;
  readonly informational?: unknown;
}

export function causeSeverity(cause: SeverityInputs, codeDeclared: unknown, classificationRetry: Retry | undefined): Severity {
  if (isSeverity(cause.severity)) return cause.severity;
  if (cause.informational === true) return 'info';
  if (isSeverity(codeDeclared)) return codeDeclared;
  return classificationRetry === 'not-an-error' ? 'info' : 'error';
}

export function codeSeverity(declared: unknown, causes: readonly Severity[]): Severity {
  if (isSeverity(declared)) return declared;
  if (causes.length === 0) return 'error';
  return causes.reduce((worst, s) => (moreSerious(s, worst) ? s : worst));
}
