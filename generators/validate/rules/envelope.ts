// The envelope's options must make sense together: a `typeBase` only builds problem
// `type` URIs, and the fallback code must be a live code of the catalog.
import { errorEntries, isRecord, own, type Rule } from '../context.js';

export const envelopeRules: Rule = (ctx) => {
  const envelope = own(ctx.data, 'envelope');
  if (!isRecord(envelope)) return;
  if (own(envelope, 'kind') === 'simple' && own(envelope, 'typeBase') !== undefined) {
    ctx.report('envelope-invalid', ['envelope', 'typeBase'], 'typeBase builds the `type` of problem details; a simple envelope has none (remove it, or use kind: problem)', 'key');
  }
  const fallback = own(envelope, 'fallbackCode');
  if (fallback === undefined) return;
  for (const [e] of errorEntries(ctx.data)) {
    if (own(e, 'code') !== fallback) continue;
    if (own(e, 'retired') !== undefined) {
      ctx.report('envelope-invalid', ['envelope', 'fallbackCode'], `fallbackCode ${JSON.stringify(fallback)} is retired; name a live code`);
    }
    return;
  }
  ctx.report('envelope-invalid', ['envelope', 'fallbackCode'], `fallbackCode ${JSON.stringify(fallback)} is not a code of this catalog`);
};
