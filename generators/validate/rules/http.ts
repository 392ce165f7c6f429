// Where HTTP belongs. Every code has a status (its own or `defaults.http`) unless the
// catalog says `http: false`, and then none has one. An error answers 4xx or 5xx:
// clients that read the status first would take a 1xx-3xx answer for something else.
import { causeSeverity } from '../../model/severity.js';
import type { PathSegment } from '../../load/locate.js';
import { suggest } from '../../util/suggest.js';
import { asArray, classificationRetries, errorEntries, isRecord, own, str, type Rule } from '../context.js';

const KINDS: Readonly<Record<number, string>> = { 1: 'informational', 2: 'success', 3: 'redirection' };

/** A field such as `htpt`: the schema check reports it as the misspelled `http`, once. */
const misspellsHttp = (entry: Record<string, unknown>): boolean =>
  Object.keys(entry).some((key) => key !== 'http' && suggest(key, ['http']) === 'http');

const isStatus = (x: unknown): x is number => typeof x === 'number' && Number.isInteger(x) && x >= 100 && x <= 599;

export const httpRules: Rule = (ctx) => {
  const unmapped = own(ctx.data, 'http') === false;
  const fallback = own(own(ctx.data, 'defaults'), 'http');
  if (unmapped && fallback !== undefined) {
    ctx.report(['defaults', 'http'], { rule: 'http-without-mapping', format: { where: 'defaults.http' } }, 'key');
  }
  const retryOf = classificationRetries(ctx.data);
  const reported = new Set<string>();
  const notError = (at: PathSegment[], subject: PathSegment[], severity: string, status: number): void => {
    const key = at.join('\0');
    if (severity !== 'error' || status >= 400 || reported.has(key)) return;
    reported.add(key);
    const kind = KINDS[Math.floor(status / 100)] as string;
    ctx.report(at, { rule: 'http-status-not-error', format: { where: ctx.where(subject), status, kind } });
  };

  for (const [entry, i] of errorEntries(ctx.data)) {
    const http = own(entry, 'http');
    const code = ['errors', i];
    if (unmapped) {
      if (http !== undefined) ctx.report([...code, 'http'], { rule: 'http-without-mapping', format: { where: ctx.where(code) } }, 'key');
    } else if (http === undefined && fallback === undefined && !misspellsHttp(entry)) {
      ctx.report([...code, 'name'], { rule: 'http-missing', format: { where: ctx.where(code) } });
    }
    const codeStatus = isStatus(http) ? http : isStatus(fallback) ? fallback : undefined;
    // The status is written on the code, else in `defaults`.
    const codeAt: PathSegment[] = http === undefined ? ['defaults', 'http'] : [...code, 'http'];
    const causes = asArray(own(entry, 'causes'));
    if (causes.length === 0 && codeStatus !== undefined && !unmapped) {
      // A code without causes is an error unless it says otherwise.
      notError(codeAt, code, causeSeverity({}, own(entry, 'severity'), undefined), codeStatus);
    }
    causes.forEach((c, j) => {
      if (!isRecord(c)) return;
      const path: PathSegment[] = [...code, 'causes', j];
      const causeHttp = own(c, 'http');
      if (unmapped) {
        if (causeHttp !== undefined) ctx.report([...path, 'http'], { rule: 'http-without-mapping', format: { where: ctx.where(path) } }, 'key');
        return;
      }
      const status = isStatus(causeHttp) ? causeHttp : codeStatus;
      if (status === undefined) return;
      const severity = causeSeverity(c, own(entry, 'severity'), retryOf.get(str(own(c, 'classification')) ?? ''));
      // Reported once where the status is written: the cause's own, else the code's.
      if (causeHttp !== undefined) notError([...path, 'http'], path, severity, status);
      else notError(codeAt, code, severity, status);
    });
  }
  if (!unmapped) return;
  asArray(own(ctx.data, 'uncoded')).forEach((c, j) => {
    if (own(c, 'http') !== undefined) ctx.report(['uncoded', j, 'http'], { rule: 'http-without-mapping', format: { where: ctx.where(['uncoded', j]) } }, 'key');
  });
};
