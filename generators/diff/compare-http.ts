// The catalog's HTTP mapping as a whole, and the OpenAPI response components it gives:
// API documents `$ref` them by name (`Error500`, `Notice200`), so one that disappears
// breaks them even when every code is still there.
import { responseName } from '../emit/openapi/refs.js';
import { responseGroups } from '../emit/openapi/responses.js';
import type { ErrorModel } from '../model/types.js';
import { change } from './change.js';
import type { DiffContext } from './texts.js';

const responseNames = (model: ErrorModel): string[] =>
  model.httpMapping ? responseGroups(model).map((g) => responseName(g.status, g.error)) : [];

export function compareHttp(ctx: DiffContext): void {
  const { base, head } = ctx;
  if (base.httpMapping !== head.httpMapping) {
    const rule = head.httpMapping ? 'http-mapping-added' : 'http-mapping-removed';
    ctx.changes.push(change(rule, head.httpMapping ? 'the catalog now maps codes to HTTP statuses' : 'the catalog no longer maps codes to HTTP statuses (http: false)', {
      before: String(base.httpMapping),
      after: String(head.httpMapping),
    }));
  }
  const kept = new Set(responseNames(head));
  for (const name of responseNames(base)) {
    if (!kept.has(name)) ctx.changes.push(change('response-removed', `OpenAPI response ${name} removed: no code answers it any more`, { before: name }));
  }
}
