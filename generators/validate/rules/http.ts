// The HTTP status of a code that is an error: clients that read the status first would
// take a 1xx-3xx answer for something other than a failure.
import { asArray, entriesOf, errorEntries, isRecord, own, str, type Rule } from '../context.js';

const KINDS: Readonly<Record<number, string>> = { 1: 'informational', 2: 'success', 3: 'redirection' };

export const httpRules: Rule = (ctx) => {
  const notAnError = new Set(entriesOf(own(ctx.data, 'classifications')).filter(([, c]) => own(c, 'retry') === 'not-an-error').map(([id]) => id));
  for (const [entry, i] of errorEntries(ctx.data)) {
    const http = own(entry, 'http');
    if (typeof http !== 'number' || !Number.isInteger(http) || http < 100 || http >= 400) continue;
    // As the model decides: an error unless every cause is informational or so classified.
    const isError = asArray(own(entry, 'causes')).some(
      (c) => isRecord(c) && own(c, 'informational') !== true && !notAnError.has(str(own(c, 'classification')) ?? ''),
    );
    if (!isError) continue;
    const kind = KINDS[Math.floor(http / 100)] as string;
    ctx.report(['errors', i, 'http'], { rule: 'http-status-not-error', format: { where: ctx.where(['errors', i]), status: http, kind } });
  }
};
