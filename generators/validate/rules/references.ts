// Scenes and classifications: every reference declared, every declaration used, cause
// ids unique within their code.
import { asArray, DANGEROUS_KEYS, entriesOf, errorEntries, isRecord, own, str, causes, type Rule } from '../context.js';
import type { PathSegment } from '../../load/positions.js';

export const referenceRules: Rule = (ctx) => {
  const declared = {
    scene: new Set(entriesOf(own(ctx.data, 'scenes')).map(([id]) => id)),
    classification: new Set(entriesOf(own(ctx.data, 'classifications')).map(([id]) => id)),
  };
  const used = { scene: new Set<string>(), classification: new Set<string>() };
  for (const [cause, path] of causes(ctx.data)) {
    for (const kind of ['scene', 'classification'] as const) {
      const ref = str(own(cause, kind));
      if (ref === undefined) continue;
      used[kind].add(ref);
      if (!declared[kind].has(ref)) {
        const known = [...declared[kind]].sort().join(', ') || 'none';
        ctx.report(
          kind === 'scene' ? 'undeclared-scene' : 'undeclared-classification',
          [...path, kind],
          `${kind === 'scene' ? 'Scene' : 'Classification'} '${ref}' is not declared under ${kind === 'scene' ? 'scenes' : 'classifications'} (declared: ${known})`,
        );
      }
    }
  }
  for (const kind of ['scene', 'classification'] as const) {
    const section = kind === 'scene' ? 'scenes' : 'classifications';
    for (const id of declared[kind]) {
      if (DANGEROUS_KEYS.has(id)) ctx.report('reserved-id', [section, id], `Id '${id}' is a reserved property name`, 'key');
      if (!used[kind].has(id)) {
        ctx.report(kind === 'scene' ? 'unused-scene' : 'unused-classification', [section, id], `${kind === 'scene' ? 'Scene' : 'Classification'} '${id}' is declared but no cause uses it`, 'key');
      }
    }
  }
  const checkIds = (list: readonly unknown[], base: PathSegment[]) => {
    const seen = new Set<string>();
    list.forEach((c, j) => {
      const id = str(own(c, 'id'));
      if (id === undefined || !isRecord(c)) return;
      if (DANGEROUS_KEYS.has(id)) ctx.report('reserved-id', [...base, j, 'id'], `Cause id '${id}' is a reserved property name`);
      if (seen.has(id)) ctx.report('duplicate-cause-id', [...base, j, 'id'], `Cause id '${id}' is used twice in this list`);
      seen.add(id);
    });
  };
  for (const [entry, i] of errorEntries(ctx.data)) checkIds(asArray(own(entry, 'causes')), ['errors', i, 'causes']);
  checkIds(asArray(own(ctx.data, 'uncoded')), ['uncoded']);
};
