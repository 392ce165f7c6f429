// Validation of a parsed spec: the schema, then every semantic rule, all reported at once.
import type { Diagnostic } from '../diagnostics/diagnostic.js';
import { diagnostic, sortDiagnostics } from '../diagnostics/diagnostic.js';
import type { Positions } from '../load/positions.js';
import type { SourceFile } from '../load/source-file.js';
import { createContext, isRecord, type Rule } from './context.js';
import { checkSchema, schemaValidator } from './schema.js';
import { codeRules } from './rules/codes.js';
import { nameRules } from './rules/names.js';
import { referenceRules } from './rules/references.js';
import { localeRules } from './rules/locales.js';
import { placeholderRules } from './rules/placeholders.js';
import { textSafetyRules } from './rules/text-safety.js';
import { envelopeRules } from './rules/envelope.js';
import { paramRules } from './rules/params.js';
import { lifecycleRules } from './rules/lifecycle.js';

export const specRules: readonly Rule[] = [codeRules, nameRules, referenceRules, localeRules, placeholderRules, textSafetyRules, paramRules, envelopeRules, lifecycleRules];

export function validateSpec(file: SourceFile, data: unknown, positions: Positions): Diagnostic[] {
  if (!isRecord(data)) {
    return [diagnostic('schema', file, undefined, 'The spec must be a mapping at the top level')];
  }
  const found: Diagnostic[] = [];
  const ctx = createContext(file, data, positions, found);
  checkSchema(ctx, schemaValidator('spec/schema.json'));
  // Rules are written to tolerate a wrong shape, so they run even when the schema failed.
  for (const rule of specRules) rule(ctx);
  return sortDiagnostics(found);
}
