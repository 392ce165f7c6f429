// Causes of one code (or the uncoded causes), matched by their id: the id is stable on
// purpose (the spec says never to rename it), so a new id is a new cause.
import type { Cause, ErrorModel } from '../model/types.js';
import { change, type ChangeFields } from './change.js';
import { compareParams } from './compare-params.js';
import { compareText, type DiffContext } from './texts.js';

export interface CauseOwner {
  /** Words naming the owner in messages: `-3000110 QR_CODE_DECODE_FAILED` or `uncoded`. */
  readonly label: string;
  readonly fields: ChangeFields;
  readonly key: { readonly explanation: (id: string) => string; readonly note: (id: string) => string };
  /** Keys in the base, when a rename changed them. */
  readonly baseKey?: { readonly explanation: (id: string) => string; readonly note: (id: string) => string };
  /** The code's severity changed: reported once there, not per cause that only follows it. */
  readonly severityReported: boolean;
  /** The owning code's status in base and head: a cause that only follows it is not reported. */
  readonly http?: { readonly before: number | undefined; readonly after: number | undefined };
}

const retryOf = (model: ErrorModel, classification: string): string =>
  model.classifications.find((c) => c.id === classification)?.retry ?? '?';

/** `(scene pay) `, or nothing for a cause of a catalog without scenes. */
const inScene = (cause: Cause): string => (cause.scene === undefined ? '' : `(scene ${cause.scene}) `);
const sceneField = (cause: Cause): { scene?: string } => (cause.scene === undefined ? {} : { scene: cause.scene });

export function compareCauses(ctx: DiffContext, owner: CauseOwner, before: readonly Cause[], after: readonly Cause[]): void {
  const headById = new Map(after.map((c) => [c.id, c]));
  const baseIds = new Set(before.map((c) => c.id));
  for (const b of before) {
    const h = headById.get(b.id);
    const label = `cause ${b.id} ${inScene(h ?? b)}of ${owner.label}`;
    if (!h) {
      ctx.changes.push(change('cause-removed', `${label} removed`, { ...owner.fields, cause: b.id, ...sceneField(b), classification: b.classification }));
      continue;
    }
    const fields: ChangeFields = { ...owner.fields, cause: h.id, ...sceneField(h) };
    // A scene that appears or vanishes with every other is the catalog's change (compare-structure.ts).
    if (b.scene !== h.scene && b.scene !== undefined && h.scene !== undefined) {
      ctx.changes.push(change('cause-scene-changed', `cause ${h.id} of ${owner.label}: scene ${b.scene} → ${h.scene}`, { ...fields, before: b.scene, after: h.scene }));
    }
    if (b.classification !== h.classification) {
      const from = `${b.classification} (retry ${retryOf(ctx.base, b.classification)})`;
      const to = `${h.classification} (retry ${retryOf(ctx.head, h.classification)})`;
      ctx.changes.push(
        change('cause-classification-changed', `${label}: classification ${from} → ${to}`, {
          ...fields,
          classification: h.classification,
          before: b.classification,
          after: h.classification,
        }),
      );
    }
    if (b.severity !== h.severity && !owner.severityReported) {
      const rule = (b.severity === 'error') === (h.severity === 'error') ? 'cause-severity-changed' : 'cause-error-severity-changed';
      ctx.changes.push(change(rule, `${label}: severity ${b.severity} → ${h.severity}`, { ...fields, before: b.severity, after: h.severity }));
    }
    const followsCode = b.http === owner.http?.before && h.http === owner.http?.after;
    if (b.http !== undefined && h.http !== undefined && b.http !== h.http && !followsCode) {
      ctx.changes.push(change('cause-http-changed', `${label}: HTTP status ${b.http} → ${h.http}`, { ...fields, before: b.http, after: h.http }));
    }
    const key = owner.key.explanation(h.id);
    compareParams(ctx, label, { ...fields, key }, b.params, h.params);
    const baseKey = owner.baseKey ?? owner.key;
    compareText(ctx, { key, baseKey: baseKey.explanation(b.id), label: `explanation of ${label}`, fields }, b.explanation, h.explanation);
    compareText(ctx, { key: owner.key.note(h.id), baseKey: baseKey.note(b.id), label: `note of ${label}`, fields }, b.note, h.note);
  }
  for (const h of after) {
    if (baseIds.has(h.id)) continue;
    ctx.changes.push(
      change('cause-added', `cause ${h.id} ${inScene(h)}of ${owner.label} added`, { ...owner.fields, cause: h.id, ...sceneField(h), classification: h.classification }),
    );
  }
}
