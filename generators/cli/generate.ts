// `errspec generate`: prints what the API's generate returns.
import { generateWith } from '../api/generate.js';
import type { Timings } from '../util/timings.js';
import type { Output } from './output.js';
import { printCoverage, printDiagnostics } from './report.js';
import type { Settings } from './settings.js';

export async function generateCommand(settings: Settings, io: Output, opts: { check: boolean; timings?: Timings }): Promise<number> {
  const result = await generateWith(settings, opts);
  printDiagnostics(io, result.diagnostics);
  if (result.staleReport !== undefined) {
    if (!result.ok) {
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
