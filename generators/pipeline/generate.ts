// Model -> every enabled output. Each generator's files go to the sink as soon as that
// generator returns, so the run never holds all outputs at once; the sink (the writer,
// or `--check`) decides what reaches the disk, and only once every generator succeeded.
import type { CommonOptions, ErrorModel, GeneratedFile } from '../model/types.js';
import { loadGenerator, OUTPUTS, type OutputSettings } from '../emit/registry.js';
import type { MarkdownTemplates } from '../emit/markdown/index.js';
import { timed, type Timings } from '../util/timings.js';
import { compareCodePoints } from '../util/stable-json.js';

export interface OutputSink {
  /** The `--timings` stage its work counts under. */
  readonly stage: string;
  add(file: GeneratedFile): void;
}

export async function emitOutputs(
  model: ErrorModel,
  common: CommonOptions,
  outputs: OutputSettings,
  templates: () => MarkdownTemplates,
  sink: OutputSink,
  timings?: Timings,
): Promise<void> {
  for (const name of OUTPUTS) {
    const settings = outputs[name];
    if (settings === false) continue;
    const run = await loadGenerator(name);
    const files = timed(timings, name, () => run(model, common, settings ?? {}, templates));
    // Shifted out, so a file's text can be collected while the next one is written.
    timed(timings, sink.stage, () => {
      for (let file = files.shift(); file; file = files.shift()) sink.add(file);
    });
  }
}

/** Every output in memory, sorted by path: for tests and tools that want the whole set. */
export async function runGenerators(
  model: ErrorModel,
  common: CommonOptions,
  outputs: OutputSettings,
  templates: () => MarkdownTemplates,
  timings?: Timings,
): Promise<GeneratedFile[]> {
  const files: GeneratedFile[] = [];
  await emitOutputs(model, common, outputs, templates, { stage: 'collect', add: (f) => files.push(f) }, timings);
  return files.sort((a, b) => compareCodePoints(a.path, b.path));
}
