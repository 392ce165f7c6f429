// The envelope's options must make sense together: a `typeBase` only builds problem
// `type` URIs, and the fallback code must be a live code of the catalog.
import { errorEntries, isRecord, own, type Rule } from '../context.js';

export const envelopeRules: Rule = (ctx) => {
  const envelope = own(ctx.data, 'envelope');
  if (!isRecord(envelope)) return;
  if (own(envelope, 'kind') === 'simple' && own(envelope, 'typeBase') !== undefined) {
    ctx.report(['envelope', 'typeBase'], { rule: 'envelope-invalid', messageId: 'typeBase' }, 'key');
  }
  const fallback = own(envelope, 'fallbackCode');
  if (fallback === undefined) return;
  for (const [e] of errorEntries(ctx.data)) {
    if (own(e, 'code') !== fallback) continue;
    if (own(e, 'retired') !== undefined) {
      ctx.report(['envelope', 'fallbackCode'], { rule: 'envelope-invalid', messageId: 'retired', format: { code: JSON.stringify(fallback) } });
    }
    return;
  }
  ctx.report(['envelope', 'fallbackCode'], { rule: 'envelope-invalid', format: { code: JSON.stringify(fallback) } });
};
