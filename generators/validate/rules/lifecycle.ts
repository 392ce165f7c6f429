// Lifecycle facts: `retired.since` names when a code stopped being returned, as a
// semver version or an ISO date, so tools (and people) can order and compare it.
import { errorEntries, isRecord, own, type Rule } from '../context.js';

const SEMVER = /^(0|[1-9]\d*)\.(0|[1-9]\d*)\.(0|[1-9]\d*)(-[0-9A-Za-z-]+(\.[0-9A-Za-z-]+)*)?(\+[0-9A-Za-z-]+(\.[0-9A-Za-z-]+)*)?$/;
const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** A real calendar date: 2024-02-30 is not one. */
function isIsoDate(value: string): boolean {
  const m = ISO_DATE.exec(value);
  if (!m) return false;
  const [year, month, day] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}

export const isRetiredSince = (value: string): boolean => SEMVER.test(value) || isIsoDate(value);

export const lifecycleRules: Rule = (ctx) => {
  for (const [e, i] of errorEntries(ctx.data)) {
    const retired = own(e, 'retired');
    const since = isRecord(retired) ? own(retired, 'since') : undefined;
    // Another type is the schema's to report.
    if (typeof since !== 'string' || isRetiredSince(since)) continue;
    const where = `code ${String(own(e, 'code'))} ${String(own(e, 'name'))}`;
    ctx.report(['errors', i, 'retired', 'since'], { rule: 'retired-since-format', format: { value: JSON.stringify(since), where } });
  }
};
