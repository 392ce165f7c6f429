// Validation of a parsed spec: the schema, then every semantic rule, all reported at once.
import type { Diagnostic } from '../diagnostics/diagnostic.js';
import { diagnostic, sortDiagnostics } from '../diagnostics/diagnostic.js';
import type { Locator } from '../load/locate.js';
import type { SourceFile } from '../load/source-file.js';
import { createContext, isRecord, type Rule } from './context.js';
import { checkSchema, schemaValidator } from './schema.js';
import { codeRules } from './rules/codes.js';
import { httpRules } from './rules/http.js';
import { severityRules } from './rules/severity.js';
import { nameRules } from './rules/names.js';
import { referenceRules } from './rules/references.js';
import { localeRules } from './rules/locales.js';
import { placeholderRules } from './rules/placeholders.js';
import { textSafetyRules } from './rules/text-safety.js';
import { envelopeRules } from './rules/envelope.js';
import { paramRules } from './rules/params.js';
import { lifecycleRules } from './rules/lifecycle.js';
import { structureRules } from './rules/structure.js';
import { rangeRules } from './rules/ranges.js';

export const specRules: readonly Rule[] = [codeRules, httpRules, severityRules, nameRules, referenceRules, localeRules, placeholderRules, textSafetyRules, paramRules, envelopeRules, lifecycleRules, structureRules, rangeRules];

export function validateSpec(file: SourceFile, data: unknown, locator: Locator): Diagnostic[] {
  if (!isRecord(data)) {
    return [diagnostic(file, undefined, { rule: 'schema', messageId: 'notMapping', format: { what: 'spec' } })];
  }
  const found: Diagnostic[] = [];
  const ctx = createContext(file, data, locator, found);
  checkSchema(ctx, schemaValidator('spec/schema.json'));
  // Rules are written to tolerate a wrong shape, so they run even when the schema failed.
  for (const rule of specRules) rule(ctx);
  return sortDiagnostics(oneEach(found));
}

/**
 * One diagnostic per mistake: where a rule says more about a value than the schema does
 * (a name in the wrong convention, a reserved id, an undeclared scene), at the same place,
 * the schema's more general word is left out.
 */
function oneEach(found: readonly Diagnostic[]): Diagnostic[] {
  const byRules = new Set(found.filter((d) => d.rule !== 'schema' && d.span).map((d) => d.span?.start));
  return found.filter((d) => d.rule !== 'schema' || !d.span || !byRules.has(d.span.start));
}
