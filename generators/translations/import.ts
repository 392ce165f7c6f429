// Importing an XLIFF file, in memory: plan it, write the targets into the spec's
// text, load the result like any spec, and check that exactly the planned texts
// changed before anything is written. The caller writes the spec and the lock.
import { hasErrors, type Diagnostic } from '../diagnostics/diagnostic.js';
import { ToolError } from '../diagnostics/tool-error.js';
import { decodeSource } from '../load/read-source.js';
import type { SourceFile } from '../load/source-file.js';
import type { ErrorModel } from '../model/types.js';
import { loadSpecSource } from '../pipeline/load-spec.js';
import { planImport, type ImportPlan } from './import-plan.js';
import type { Lock } from './lock.js';
import { editSpecText } from './spec-edit.js';
import { filledTexts, refreshedLock, translationStatuses } from './status.js';
import { translationUnits } from './units.js';
import { readXliff } from './xliff-read.js';

export type ImportOutcome =
  /** The XLIFF file has problems (errors among `diagnostics`): nothing may be written. */
  | { readonly kind: 'refused'; readonly diagnostics: readonly Diagnostic[] }
  /** The spec with the targets written in would be invalid: nothing may be written. */
  | { readonly kind: 'invalid'; readonly plan: ImportPlan; readonly diagnostics: readonly Diagnostic[] }
  | { readonly kind: 'unchanged'; readonly plan: ImportPlan }
  | { readonly kind: 'changed'; readonly plan: ImportPlan; readonly specText: string; readonly lock: Lock };

export interface ImportInput {
  readonly model: ErrorModel;
  /** The spec's bytes as text, exactly as on disk (BOM and line ends kept). */
  readonly specText: string;
  /** Path shown in diagnostics about the spec. */
  readonly specShown: string;
  readonly lock: Lock | undefined;
  readonly xliff: SourceFile;
}

export function importXliff(input: ImportInput): ImportOutcome {
  const { model } = input;
  const units = translationUnits(model);
  const read = readXliff(input.xliff);
  const plan = planImport(model, translationStatuses(model, units, input.lock), read, input.xliff);
  if (hasErrors(plan.diagnostics)) return { kind: 'refused', diagnostics: plan.diagnostics };
  if (plan.edits.length === 0 && plan.confirmed.length === 0) return { kind: 'unchanged', plan };

  const specText = editSpecText(
    input.specText,
    plan.edits.map((e) => ({ path: e.unit.path, locale: e.locale, value: e.after })),
  );
  const loaded = loadSpecSource(decodeSource(new TextEncoder().encode(specText), `${input.specShown} (after import)`));
  if (!loaded.model) return { kind: 'invalid', plan, diagnostics: loaded.diagnostics };
  checkOnlyPlannedChanges(model, loaded.model, plan);
  const after = translationUnits(loaded.model);
  return { kind: 'changed', plan, specText, lock: refreshedLock(translationStatuses(loaded.model, after, input.lock), plan.overrides) };
}

/**
 * Every text a locale has of its own is what it was, except the planned edits, which
 * read back as planned. (Texts a fallback fills follow their fallback.)
 */
function checkOnlyPlannedChanges(before: ErrorModel, after: ErrorModel, plan: ImportPlan): void {
  const planned = new Map(plan.edits.map((e) => [`${e.locale}\u0000${e.unit.key}`, e.after]));
  const filled = filledTexts(after);
  const old = translationUnits(before);
  const now = translationUnits(after);
  // Only a spec sharing a node between texts (a YAML alias) gets here: refuse, never write.
  const fail = (what: string) => {
    throw new ToolError('import', `${what}; nothing was imported (does the spec share the text through a YAML alias? then edit it by hand)`, 1);
  };
  if (old.length !== now.length || old.some((u, i) => u.key !== now[i]?.key)) fail('writing the targets would change which texts the spec has');
  old.forEach((u, i) => {
    for (const locale of before.locales) {
      if (filled.has(`${locale}\u0000${u.key}`)) continue;
      const want = planned.get(`${locale}\u0000${u.key}`) ?? u.text[locale];
      if (now[i]?.text[locale] !== want) fail(`writing the targets would also change ${u.key} (${locale}) to ${JSON.stringify(now[i]?.text[locale])}`);
    }
  });
}
