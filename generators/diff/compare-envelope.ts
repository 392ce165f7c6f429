// The error body (`envelope`): its kind and fallback code are the wire contract; the
// problem `type` base only changes identifiers clients may compare.
import { change } from './change.js';
import type { DiffContext } from './texts.js';

export function compareEnvelopes(ctx: DiffContext): void {
  const b = ctx.base.envelope;
  const h = ctx.head.envelope;
  if (b.kind !== h.kind) {
    ctx.changes.push(change('envelope-changed', `envelope kind ${b.kind} → ${h.kind}`, { before: b.kind, after: h.kind }));
  }
  if (b.fallbackCode !== h.fallbackCode) {
    const show = (code: string | number | undefined): string => (code === undefined ? 'none (a generic 500)' : String(code));
    ctx.changes.push(
      change('envelope-changed', `envelope fallbackCode ${show(b.fallbackCode)} → ${show(h.fallbackCode)}`, {
        before: show(b.fallbackCode),
        after: show(h.fallbackCode),
      }),
    );
  }
  if (b.kind === 'problem' && h.kind === 'problem' && b.typeBase !== h.typeBase) {
    const show = (base: string | undefined): string => base ?? 'none (about:blank)';
    ctx.changes.push(change('type-base-changed', `envelope typeBase ${show(b.typeBase)} → ${show(h.typeBase)}`, { before: show(b.typeBase), after: show(h.typeBase) }));
  }
}
