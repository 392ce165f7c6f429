import { checkConfigAgainstModel } from '../load/config.js';
import { readMarkdownTemplates } from '../load/templates.js';
import { loadSpecFile } from '../pipeline/load-spec.js';
import { emitOutputs } from '../pipeline/generate.js';
import { CheckSession } from '../write/check.js';
import { WriteSession } from '../write/writer.js';
import type { Timings } from '../util/timings.js';
import { timed } from '../util/timings.js';
import type { Output } from './output.js';
import { displayPath } from './paths.js';
import { printDiagnostics } from './report.js';
import { resolveSettings, type Settings } from './settings.js';
import type { ErrorModel } from '../model/types.js';
import { specOptions } from './args.js';
import { defineCommand } from './command.js';
import { USAGE } from './usage.js';

export const generate = defineCommand({
  name: 'generate',
  options: { ...specOptions, out: { type: 'string' }, templates: { type: 'string' }, check: { type: 'boolean' }, timings: { type: 'boolean' } },
  usage: USAGE['generate']!,
  run: async (flags, io) => {
    const timings: Timings | undefined = flags.timings ? new Map() : undefined;
    const code = await generateCommand(resolveSettings(flags), io, { check: flags.check === true, ...(timings ? { timings } : {}) });
    if (timings) io.err(`timings: ${JSON.stringify(Object.fromEntries([...timings].map(([k, v]) => [k, Math.round(v)])))}`);
    return code;
  },
});

export async function generateCommand(settings: Settings, io: Output, opts: { check: boolean; timings?: Timings }): Promise<number> {
  const { timings } = opts;
  const specShown = displayPath(settings.spec);
  const outShown = displayPath(settings.out);
  const loaded = loadSpecFile(settings.spec, specShown, settings.maxBytes === undefined ? {} : { maxBytes: settings.maxBytes }, timings);
  printDiagnostics(io, loaded.diagnostics);
  const model = loaded.model;
  if (!model) return 1;
  // Config values only the model can judge (its locales), at the config's line:column.
  const configProblems = settings.config ? checkConfigAgainstModel(settings.config, model) : [];
  printDiagnostics(io, configProblems);
  if (configProblems.length > 0) return 1;
  const emit = (sink: CheckSession | WriteSession) =>
    emitOutputs(model, { command: settings.command }, settings.outputs, () => readMarkdownTemplates(settings.templates), sink, timings);
  if (opts.check) {
    const session = new CheckSession(settings.out);
    await emit(session);
    const result = timed(timings, 'check', () => session.finish());
    if (result.report) {
      io.err(result.report);
      io.err(`${outShown} is not what ${specShown} produces. Run: ${settings.command}`);
      return 1;
    }
    io.out(`${outShown} is up to date with ${specShown} (${session.files} files)`);
    return 0;
  }
  const session = new WriteSession(settings.out);
  try {
    await emit(session);
  } catch (error) {
    session.abort();
    throw error;
  }
  const result = timed(timings, 'write', () => session.commit());
  io.out(`${outShown}: ${result.written.length} written, ${result.unchanged.length} unchanged, ${result.deleted.length} deleted`);
  for (const path of result.deleted) io.out(`  deleted ${outShown}/${path}`);
  printCoverage(io, model);
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
