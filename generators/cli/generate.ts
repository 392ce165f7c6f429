// `errspec generate`: prints what the API's generate returns.
import { generateWith } from '../api/generate.js';
import { diagnosticAnnotation, workflowCommand } from '../diagnostics/github.js';
import type { Timings } from '../util/timings.js';
import type { Output } from './output.js';
import { printCoverage, printDiagnostics } from './report.js';
import type { Settings } from './settings.js';

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
