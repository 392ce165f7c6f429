// Severity has one spelling. `informational: true` is its old one (kept valid, warned,
// with what to write instead); a cause cannot say two things at once, nor be more
// serious than a code that declares its own severity.
import { isSeverity, moreSerious } from '../../model/severity.js';
import { asArray, causes, classificationRetries, errorEntries, isRecord, own, str, type Rule } from '../context.js';

export const severityRules: Rule = (ctx) => {
  const retryOf = classificationRetries(ctx.data);

  for (const [c, path] of causes(ctx.data)) {
    const informational = own(c, 'informational');
    const severity = own(c, 'severity');
    if (typeof informational === 'boolean') {
      if (informational && isSeverity(severity) && severity !== 'info') {
        ctx.report([...path, 'severity'], { rule: 'severity-conflict', messageId: 'informational', format: { where: ctx.where(path), severity } });
      } else {
        ctx.report([...path, 'informational'], {
          rule: 'informational-deprecated',
          messageId: informational ? 'default' : 'false',
          hint: informational ? (severity === 'info' ? 'remove' : 'default') : 'false',
          format: { where: ctx.where(path) },
        }, 'key');
      }
    }
    const classification = str(own(c, 'classification'));
    if (severity === 'error' && classification !== undefined && retryOf.get(classification) === 'not-an-error') {
      ctx.report([...path, 'severity'], { rule: 'severity-conflict', messageId: 'notAnError', format: { where: ctx.where(path), classification } });
    }
  }

  for (const [e, i] of errorEntries(ctx.data)) {
    const declared = own(e, 'severity');
    if (!isSeverity(declared)) continue;
    asArray(own(e, 'causes')).forEach((c, j) => {
      if (!isRecord(c)) return;
      const severity = own(c, 'severity');
      const path = ['errors', i, 'causes', j];
      if (isSeverity(severity) && moreSerious(severity, declared)) {
        ctx.report([...path, 'severity'], { rule: 'severity-conflict', messageId: 'exceedsCode', format: { where: ctx.where(path), severity, code: declared } });
      }
      // A cause that takes `severity: error` from its code, classified as not an error.
      const classification = str(own(c, 'classification'));
      if (declared === 'error' && severity === undefined && own(c, 'informational') !== true && classification !== undefined && retryOf.get(classification) === 'not-an-error') {
        ctx.report(['errors', i, 'severity'], { rule: 'severity-conflict', messageId: 'codeNotAnError', format: { where: ctx.where(['errors', i]), cause: str(own(c, 'id')) ?? String(j), classification } });
      }
    });
  }
};
