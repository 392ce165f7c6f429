// What a spec may leave out. A summary may be left out only where one text clearly
// serves instead: the explanation of a code's only cause. (Scenes: see ranges.ts, where
// a cause without one may take its range's default.)
import { asArray, errorEntries, own, type Rule } from '../context.js';

export const structureRules: Rule = (ctx) => {
  for (const [entry, i] of errorEntries(ctx.data)) {
    if (own(entry, 'summary') !== undefined) continue;
    const count = asArray(own(entry, 'causes')).length;
    const path = ['errors', i];
    if (count !== 1) ctx.report([...path, 'name'], { rule: 'summary-required', format: { where: ctx.where(path), count: String(count) } });
    else if (own(entry, 'params') !== undefined) ctx.report([...path, 'params'], { rule: 'summary-required', messageId: 'params', format: { where: ctx.where(path) } });
  }
};
