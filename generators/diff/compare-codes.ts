// Codes: removed, retired, renumbered, renamed, re-statused, added; then their texts
// and causes.
import { keys } from '../model/keys.js';
import type { ErrorCode } from '../model/types.js';
import { change, type ChangeFields } from './change.js';
import { compareCauses } from './compare-causes.js';
import { compareParams } from './compare-params.js';
import { codeLabel, list, sameSet } from './labels.js';
import { matchCodes, type CodePair } from './match.js';
import { compareText, type DiffContext } from './texts.js';

export function compareCodes(ctx: DiffContext): void {
  const { pairs, added } = matchCodes(ctx.base.codes, ctx.head.codes);
  const pairOf = new Map(pairs.map((p) => [p.base, p]));
  for (const b of ctx.base.codes) {
    const pair = pairOf.get(b);
    if (pair) comparePair(ctx, pair);
    else if (b.retired) {
      ctx.changes.push(change('retired-code-deleted', `retired code ${codeLabel(b)} deleted: its value and name are no longer reserved`, { code: b.code, name: b.name }));
    } else {
      ctx.changes.push(change('code-removed', `code ${codeLabel(b)} removed without being retired`, { code: b.code, name: b.name }));
    }
  }
  for (const h of added) {
    const retired = h.retired ? ` (retired since ${h.retired.since})` : '';
    ctx.changes.push(change('code-added', `code ${codeLabel(h)} added${retired}`, { code: h.code, name: h.name }));
  }
}

const keepsName = (b: ErrorCode, h: ErrorCode): boolean => h.name === b.name || h.aliases.includes(b.name) || h.synonyms.includes(b.name);

function comparePair(ctx: DiffContext, { base: b, head: h, by }: CodePair): void {
  const label = codeLabel(h);
  const fields = { code: h.code, name: h.name };

  if (b.retired && !h.retired && (by === 'name' || !keepsName(b, h))) {
    // Not the retired code brought back but another code in its place: its entry was
    // deleted and its value (or name) given to the new one. Comparing texts would be noise.
    ctx.changes.push(change('retired-code-deleted', `retired code ${codeLabel(b)} deleted: its value and name are no longer reserved`, { code: b.code, name: b.name }));
    if (by === 'value') {
      ctx.changes.push(change('retired-value-reused', `${label} reuses the value of the retired ${b.name}`, fields));
    } else {
      ctx.changes.push(
        change('code-value-changed', `${label} reuses the name of the retired ${codeLabel(b)} with another value`, { ...fields, before: b.code, after: h.code }),
      );
    }
    return;
  }
  if (b.retired && !h.retired) {
    ctx.changes.push(change('retired-value-reused', `retired code ${label} is live again`, { ...fields, before: b.retired.since }));
  } else if (!b.retired && h.retired) {
    ctx.changes.push(change('code-retired', `code ${label} retired since ${h.retired.since}`, { ...fields, after: h.retired.since }));
  } else if (b.retired && h.retired && b.retired.since !== h.retired.since) {
    ctx.changes.push(change('retired-since-changed', `${label}: retired since ${b.retired.since} → ${h.retired.since}`, { ...fields, before: b.retired.since, after: h.retired.since }));
  }

  if (by === 'name') {
    ctx.changes.push(change('code-value-changed', `${h.name}: value ${String(b.code)} → ${String(h.code)}`, { ...fields, before: b.code, after: h.code }));
  }
  if (b.name !== h.name && b.synonyms.includes(h.name) && keepsName(b, h)) {
    const as = h.synonyms.includes(b.name) ? 'a synonym' : 'an alias';
    ctx.changes.push(change('synonym-became-name', `code ${String(h.code)}: synonym ${h.name} is now the name, ${b.name} kept as ${as}`, { ...fields, before: b.name, after: h.name }));
  } else if (b.name !== h.name) {
    const kept = keepsName(b, h);
    ctx.changes.push(
      change(kept ? 'code-renamed' : 'code-renamed-without-alias', `code ${String(h.code)} renamed ${b.name} → ${h.name}, ${kept ? 'old name kept as an alias' : `without keeping ${b.name} as an alias`}`, {
        ...fields,
        before: b.name,
        after: h.name,
      }),
    );
  }
  const headNames = [h.name, ...h.aliases, ...h.synonyms];
  for (const alias of b.aliases) {
    if (!headNames.includes(alias)) ctx.changes.push(change('alias-removed', `${label}: alias ${alias} removed`, { ...fields, before: alias }));
  }
  for (const alias of h.aliases) {
    if (alias === b.name || b.aliases.includes(alias)) continue;
    if (b.synonyms.includes(alias)) ctx.changes.push(change('synonym-deprecated', `${label}: synonym ${alias} is now a deprecated alias`, { ...fields, before: alias }));
    else ctx.changes.push(change('alias-added', `${label}: alias ${alias} added`, { ...fields, after: alias }));
  }
  compareSynonyms(ctx, b, h, { label, fields, headNames });
  // Losing the HTTP mapping altogether is reported once, for the catalog.
  if (b.http !== undefined && h.http !== undefined && b.http !== h.http) {
    ctx.changes.push(change('http-status-changed', `${label}: HTTP status ${b.http} → ${h.http}`, { ...fields, before: b.http, after: h.http }));
  }
  const severityReported = b.severity !== h.severity;
  if (severityReported) {
    // Crossing the line between errors and the rest moves the code between responses.
    const rule = (b.severity === 'error') === (h.severity === 'error') ? 'code-severity-changed' : 'code-error-severity-changed';
    ctx.changes.push(change(rule, `${label}: severity ${b.severity} → ${h.severity}`, { ...fields, before: b.severity, after: h.severity }));
  }
  compareParams(ctx, `${label}: summary`, { ...fields, key: keys.summary(h.name) }, b.params, h.params);

  // The summary key keeps a text either way; which text it is, is the change (not also a rewording).
  if (b.summaryFromCause !== h.summaryFromCause) {
    ctx.changes.push(
      h.summaryFromCause
        ? change('summary-omitted', `${label}: summary omitted, its only cause's explanation serves`, { ...fields, key: keys.summary(h.name) })
        : change('summary-given', `${label}: summary given (it was its only cause's explanation)`, { ...fields, key: keys.summary(h.name) }),
    );
  } else {
    compareText(ctx, { key: keys.summary(h.name), baseKey: keys.summary(b.name), label: `summary of ${label}`, fields }, b.summary, h.summary);
  }
  compareText(ctx, { key: keys.codeNote(h.name), baseKey: keys.codeNote(b.name), label: `note of ${label}`, fields }, b.note, h.note);
  // Retiring or reviving is reported above; the reason's wording matters only between two retired versions.
  if (b.retired && h.retired) {
    compareText(
      ctx,
      { key: keys.retiredReason(h.name), baseKey: keys.retiredReason(b.name), label: `retirement reason of ${label}`, fields },
      b.retired.reason,
      h.retired.reason,
    );
  }
  compareCauses(
    ctx,
    {
      label,
      fields,
      key: { explanation: (id) => keys.cause(h.name, id), note: (id) => keys.causeNote(h.name, id) },
      baseKey: { explanation: (id) => keys.cause(b.name, id), note: (id) => keys.causeNote(b.name, id) },
      severityReported,
      http: { before: b.http, after: h.http },
    },
    b.causes,
    h.causes,
  );
}

/** Synonyms are current names: one gone (and not kept as the name or an alias) takes its member and keys. */
function compareSynonyms(
  ctx: DiffContext,
  b: ErrorCode,
  h: ErrorCode,
  { label, fields, headNames }: { label: string; fields: ChangeFields; headNames: readonly string[] },
): void {
  for (const synonym of b.synonyms) {
    if (!headNames.includes(synonym)) ctx.changes.push(change('synonym-removed', `${label}: synonym ${synonym} removed`, { ...fields, before: synonym }));
  }
  for (const synonym of h.synonyms) {
    if (b.aliases.includes(synonym)) {
      ctx.changes.push(change('alias-became-synonym', `${label}: deprecated alias ${synonym} is now a current synonym`, { ...fields, after: synonym }));
    } else if (synonym !== b.name && !b.synonyms.includes(synonym)) {
      ctx.changes.push(change('synonym-added', `${label}: synonym ${synonym} added`, { ...fields, after: synonym }));
    }
  }
}
