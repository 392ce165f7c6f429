// Scenes and classifications: every reference declared (a near miss gets "did you mean"),
// every declaration used, cause ids unique within their code.
import { asArray, DANGEROUS_KEYS, entriesOf, errorEntries, isRecord, own, str, causes, type Rule } from '../context.js';
import type { PathSegment } from '../../load/locate.js';
import { suggest } from '../../util/suggest.js';
import { escapeNonAscii } from '../ascii.js';

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
      if (declared[kind].has(ref)) continue;
      const rule = kind === 'scene' ? 'undeclared-scene' : 'undeclared-classification';
      const format = { ref: escapeNonAscii(ref), declared: [...declared[kind]].sort().join(', ') || 'none' };
      const suggestion = suggest(ref, declared[kind]);
      // The misspelled one is not also reported unused: one mistake, one diagnostic.
      if (suggestion !== undefined) used[kind].add(suggestion);
      if (suggestion !== undefined) ctx.report([...path, kind], { rule, hint: 'suggest', format: { ...format, suggestion } });
      else ctx.report([...path, kind], { rule, format });
    }
  }
  // A range's default scene is used by the causes that take it (rules/ranges.ts checks it is declared).
  for (const [, range] of entriesOf(own(ctx.data, 'ranges'))) {
    const scene = str(own(range, 'scene'));
    if (scene !== undefined) used.scene.add(scene);
  }
  for (const kind of ['scene', 'classification'] as const) {
    const section = kind === 'scene' ? 'scenes' : 'classifications';
    for (const id of declared[kind]) {
      if (DANGEROUS_KEYS.has(id)) ctx.report([section, id], { rule: 'reserved-id', format: { what: 'Id', id } }, 'key');
      if (!used[kind].has(id)) {
        ctx.report([section, id], { rule: kind === 'scene' ? 'unused-scene' : 'unused-classification', format: { id: escapeNonAscii(id) } }, 'key');
      }
    }
  }
  const checkIds = (list: readonly unknown[], base: PathSegment[]) => {
    const seen = new Set<string>();
    list.forEach((c, j) => {
      const id = str(own(c, 'id'));
      if (id === undefined || !isRecord(c)) return;
      if (DANGEROUS_KEYS.has(id)) ctx.report([...base, j, 'id'], { rule: 'reserved-id', format: { what: 'Cause id', id } });
      if (seen.has(id)) ctx.report([...base, j, 'id'], { rule: 'duplicate-cause-id', format: { id: escapeNonAscii(id), where: base[0] === 'uncoded' ? 'uncoded' : ctx.where(base.slice(0, 2)) } });
      seen.add(id);
    });
  };
  for (const [entry, i] of errorEntries(ctx.data)) checkIds(asArray(own(entry, 'causes')), ['errors', i, 'causes']);
  checkIds(asArray(own(ctx.data, 'uncoded')), ['uncoded']);
};
