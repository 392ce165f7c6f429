// Typed params: one entry per name, and an example of the declared type (it fills the
// OpenAPI examples, which a validator checks against the type).
import { asArray, causes, errorEntries, isRecord, own, type Rule, type RuleContext } from '../context.js';
import type { PathSegment } from '../../load/locate.js';

const fits: Record<string, (value: unknown) => boolean> = {
  string: (v) => typeof v === 'string',
  integer: (v) => typeof v === 'number' && Number.isSafeInteger(v),
  number: (v) => typeof v === 'number' && Number.isFinite(v),
  boolean: (v) => typeof v === 'boolean',
};

function checkParams(ctx: RuleContext, owner: Record<string, unknown>, path: readonly PathSegment[]): void {
  const seen = new Set<string>();
  asArray(own(owner, 'params')).forEach((param, i) => {
    const name = isRecord(param) ? own(param, 'name') : param;
    if (typeof name !== 'string') return;
    if (seen.has(name)) ctx.report([...path, 'params', i], { rule: 'invalid-param', messageId: 'twice', format: { name } });
    seen.add(name);
    if (!isRecord(param)) return;
    const type = own(param, 'type');
    const example = own(param, 'example');
    if (example === undefined) return;
    const check = typeof type === 'string' ? fits[type] : (v: unknown) => typeof v === 'string' || typeof v === 'number';
    if (check !== undefined && !check(example)) {
      ctx.report([...path, 'params', i, 'example'], {
        rule: 'invalid-param',
        format: { name, example: JSON.stringify(example), type: typeof type === 'string' ? type : 'string or number' },
      });
    }
  });
}

export const paramRules: Rule = (ctx) => {
  for (const [e, i] of errorEntries(ctx.data)) checkParams(ctx, e, ['errors', i]);
  for (const [c, path] of causes(ctx.data)) checkParams(ctx, c, path);
};
