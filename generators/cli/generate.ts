import { checkConfigAgainstModel } from '../load/config.js';
import { readMarkdownTemplates } from '../load/templates.js';
import { loadSpecFile } from '../pipeline/load-spec.js';
import { runGenerators } from '../pipeline/generate.js';
import { checkOutputs } from '../write/check.js';
import { writeOutputs } from '../write/writer.js';
import type { Timings } from '../util/timings.js';
import { timed } from '../util/timings.js';
import type { Output } from './output.js';
import { displayPath } from './paths.js';
import { printDiagnostics } from './report.js';
import type { Settings } from './settings.js';
import type { ErrorModel } from '../model/types.js';

export async function generateCommand(settings: Settings, io: Output, opts: { check: boolean; timings?: Timings }): Promise<number> {
  const { timings } = opts;
  const specShown = displayPath(settings.spec);
  const outShown = displayPath(settings.out);
  const loaded = loadSpecFile(settings.spec, specShown, settings.maxBytes === undefined ? {} : { maxBytes: settings.maxBytes }, timings);
  printDiagnostics(io, loaded.diagnostics);
  if (!loaded.model) return 1;
  // Config values only the model can judge (its locales), at the config's line:column.
  const configProblems = settings.config ? checkConfigAgainstModel(settings.config, loaded.model) : [];
  printDiagnostics(io, configProblems);
  if (configProblems.length > 0) return 1;
  const files = await runGenerators(
    loaded.model,
    { command: settings.command },
    settings.outputs,
    () => readMarkdownTemplates(settings.templates),
    timings,
  );
  if (opts.check) {
    const result = timed(timings, 'check', () => checkOutputs(settings.out, files));
    if (result.report) {
      io.err(result.report);
      io.err(`${outShown} is not what ${specShown} produces. Run: ${settings.command}`);
      return 1;
    }
    io.out(`${outShown} is up to date with ${specShown} (${files.length + 1} files)`);
    return 0;
  }
  const result = timed(timings, 'write', () => writeOutputs(settings.out, files));
  io.out(`${outShown}: ${result.written.length} written, ${result.unchanged.length} unchanged, ${result.deleted.length} deleted`);
  for (const path of result.deleted) io.out(`  deleted ${outShown}/${path}`);
  printCoverage(io, loaded.model);
  return 0;
}

/** Texts that fallbacks filled, per locale: the translators' to-do list. */
function printCoverage(io: Output, model: ErrorModel): void {
  const byLocale = new Map<string, string[]>();
  for (const f of model.coverage) byLocale.set(f.locale, [...(byLocale.get(f.locale) ?? []), `${f.key} (from ${f.from})`]);
  for (const [locale, keys] of byLocale) {
    io.out(`${locale}: ${keys.length} text${keys.length === 1 ? '' : 's'} filled by fallback:`);
    for (const key of keys.slice(0, 50)) io.out(`  ${key}`);
    if (keys.length > 50) io.out(`  … and ${keys.length - 50} more`);
  }
}
