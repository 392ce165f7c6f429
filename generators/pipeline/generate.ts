// Model -> every enabled output, in memory. Nothing is written here: if any generator
// fails, the output folder is never touched.
import type { CommonOptions, ErrorModel, GeneratedFile } from '../model/types.js';
import { loadGenerator, OUTPUTS, type OutputSettings } from '../emit/registry.js';
import type { MarkdownTemplates } from '../emit/markdown/index.js';
import { timed, type Timings } from '../util/timings.js';
import { compareCodePoints } from '../util/stable-json.js';

export async function runGenerators(
  model: ErrorModel,
  common: CommonOptions,
  outputs: OutputSettings,
  templates: () => MarkdownTemplates,
  timings?: Timings,
): Promise<GeneratedFile[]> {
  const files: GeneratedFile[] = [];
  for (const name of OUTPUTS) {
    const settings = outputs[name];
    if (settings === false) continue;
    const run = await loadGenerator(name);
    files.push(...timed(timings, name, () => run(model, common, settings ?? {}, templates)));
  }
  return files.sort((a, b) => compareCodePoints(a.path, b.path));
}
