// What a spec may leave out. Scenes are optional for the catalog as a whole, never
// cause by cause: once any are declared every cause names one. A summary may be left
// out only where one text clearly serves instead: the explanation of a code's only cause.
import { asArray, causes, entriesOf, errorEntries, isRecord, own, type Rule } from '../context.js';

export const structureRules: Rule = (ctx) => {
  const scenes = own(ctx.data, 'scenes');
  if (isRecord(scenes)) {
    const declared = entriesOf(scenes).map(([id]) => id).sort().join(', ') || 'none';
    for (const [cause, path] of causes(ctx.data)) {
      if (own(cause, 'scene') === undefined) ctx.report(path, { rule: 'scene-required', format: { where: ctx.where(path), declared } });
    }
  }
  for (const [entry, i] of errorEntries(ctx.data)) {
    if (own(entry, 'summary') !== undefined) continue;
    const count = asArray(own(entry, 'causes')).length;
    const path = ['errors', i];
    if (count !== 1) ctx.report([...path, 'name'], { rule: 'summary-required', format: { where: ctx.where(path), count: String(count) } });
    else if (own(entry, 'params') !== undefined) ctx.report([...path, 'params'], { rule: 'summary-required', messageId: 'params', format: { where: ctx.where(path) } });
  }
};
