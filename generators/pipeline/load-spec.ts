// File -> validated, frozen model, or the diagnostics that stop it.
import type { Diagnostic } from '../diagnostics/diagnostic.js';
import { hasErrors } from '../diagnostics/diagnostic.js';
import { parseYaml } from '../load/parse-yaml.js';
import { readSource, type ReadOptions } from '../load/read-source.js';
import type { SourceFile } from '../load/source-file.js';
import { buildModel } from '../model/build.js';
import type { ErrorModel } from '../model/types.js';
import { validateSpec } from '../validate/index.js';
import { timed, type Timings } from '../util/timings.js';

export interface LoadResult {
  readonly model?: ErrorModel;
  readonly diagnostics: readonly Diagnostic[];
}

export function loadSpecFile(path: string, displayPath: string, options: ReadOptions = {}, timings?: Timings): LoadResult {
  const file = readSource(path, displayPath, options);
  return loadSpecSource(file, timings);
}

export function loadSpecSource(file: SourceFile, timings?: Timings): LoadResult {
  const parsed = timed(timings, 'parse', () => parseYaml(file));
  if (hasErrors(parsed.diagnostics)) return { diagnostics: parsed.diagnostics };
  const diagnostics = timed(timings, 'validate', () => [...parsed.diagnostics, ...validateSpec(file, parsed.data, parsed.locator)]);
  if (hasErrors(diagnostics)) return { diagnostics };
  const model = timed(timings, 'model', () => buildModel(parsed.data, file.path));
  return { model, diagnostics };
}
