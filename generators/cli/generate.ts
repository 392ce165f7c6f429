// `errspec generate`: prints what the API's generate returns.
import { generateWith } from '../api/generate.js';
import { diagnosticAnnotation, workflowCommand } from '../diagnostics/github.js';
import type { Timings } from '../util/timings.js';
import type { Output } from './output.js';
import { printCoverage, printDiagnostics } from './report.js';
import { resolveSettings, type Settings } from './settings.js';
import { specOptions } from './args.js';
import { defineCommand } from './command.js';
import { USAGE } from './usage.js';
import { ToolError } from '../diagnostics/tool-error.js';
import { watchCommand } from './watch.js';

export const generate = defineCommand({
  name: 'generate',
  options: { ...specOptions, out: { type: 'string' }, templates: { type: 'string' }, check: { type: 'boolean' }, format: { type: 'string' }, timings: { type: 'boolean' }, watch: { type: 'boolean' } },
  usage: USAGE['generate']!,
  run: async (flags, io) => {
    if (flags.watch) {
      if (flags.check || flags.timings) throw new ToolError('usage', '--watch cannot be combined with --check or --timings');
      return await watchCommand(flags, io);
    }
    const format = flags.format ?? 'text';
    if (format !== 'text' && format !== 'github') throw new ToolError('usage', `--format must be text or github, not ${JSON.stringify(format)}`);
    const timings: Timings | undefined = flags.timings ? new Map() : undefined;
    const code = await generateCommand(resolveSettings(flags), io, { check: flags.check === true, github: format === 'github', ...(timings ? { timings } : {}) });
    if (timings) io.err(`timings: ${JSON.stringify(Object.fromEntries([...timings].map(([k, v]) => [k, Math.round(v)])))}`);
    return code;
  },
});

export async function generateCommand(settings: Settings, io: Output, opts: { check: boolean; github?: boolean; timings?: Timings }): Promise<number> {
  const result = await generateWith(settings, opts);
  if (opts.github) for (const d of result.diagnostics) io.out(diagnosticAnnotation(d));
  else printDiagnostics(io, result.diagnostics);
  if (result.staleReport !== undefined) {
    if (!result.ok) {
      // `--format github`: one annotation per file that differs, on the file itself.
      for (const path of opts.github ? (result.staleFiles ?? []) : []) {
        const file = `${result.out}/${path}`;
        io.out(workflowCommand({ level: 'error', file, title: 'generated-stale', message: `${file} is not what ${result.spec} produces. Run: ${settings.command}` }));
      }
      io.err(result.staleReport);
      io.err(`${result.out} is not what ${result.spec} produces. Run: ${settings.command}`);
      return 1;
    }
    io.out(`${result.out} is up to date with ${result.spec} (${result.files} files)`);
    return 0;
  }
  if (!result.ok) return 1;
  io.out(`${result.out}: ${result.written.length} written, ${result.unchanged.length} unchanged, ${result.deleted.length} deleted`);
  for (const path of result.deleted) io.out(`  deleted ${result.out}/${path}`);
  printCoverage(io, result.untranslated);
  return 0;
}
