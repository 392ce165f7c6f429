// `errspec import <table>`: prints the spec (or writes it with --out), and on stderr what
// it made up. Exit 0 done, 1 the table has errors, 2 usage or I/O.
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { ToolError } from '../diagnostics/tool-error.js';
import { parseColumnsFlag } from '../import/columns.js';
import type { RetryRule } from '../import/build-spec.js';
import { importTable } from '../import/index.js';
import { parseFillDown } from '../import/rows.js';
import { readSource } from '../load/read-source.js';
import type { Retry } from '../model/types.js';
import { codesFlag, parseLocales } from '../scaffold/flags.js';
import { schemaLine } from '../scaffold/schema-line.js';
import type { Flags } from './args.js';
import type { Output } from './output.js';
import { displayPath } from './paths.js';
import { printDiagnostics } from './report.js';
import { DEFAULTS } from './settings.js';


const RETRY: readonly Retry[] = ['never', 'may', 'not-an-error'];

/** `--retry "TEXT=STANCE"`, split at the last `=`. */
function retryRules(values: readonly string[] | undefined): RetryRule[] {
  return (values ?? []).map((value) => {
    const at = value.lastIndexOf('=');
    const match = value.slice(0, at).trim();
    const retry = value.slice(at + 1).trim() as Retry;
    if (at < 0 || match === '' || !RETRY.includes(retry)) {
      throw new ToolError('usage', `--retry takes "TEXT=never|may|not-an-error" (TEXT: part of an advice text), not ${JSON.stringify(value)}`);
    }
    return { match, retry };
  });
}

export function importCommand(flags: Flags, args: readonly string[], io: Output, cwd: string = process.cwd()): number {
  const [input, extra] = args;
  if (input === undefined || extra !== undefined) throw new ToolError('usage', 'errspec import takes one table file. Run errspec import --help for usage.');
  const target = resolve(cwd, flags.out ?? DEFAULTS.spec);
  const outShown = flags.out === undefined ? '<stdout>' : displayPath(target, cwd);
  const options = {
    ...(flags.codes === undefined ? {} : { codes: codesFlag(flags.codes)! }),
    locales: parseLocales(flags.locales),
    retry: retryRules(flags.retry),
    ...(flags.columns === undefined ? {} : { columns: parseColumnsFlag(flags.columns) }),
    fillDown: parseFillDown(flags['fill-down']),
    outPath: displayPath(target, cwd),
    schemaLine: schemaLine('spec/schema.json', target, cwd),
  };
  const file = readSource(resolve(cwd, input), displayPath(resolve(cwd, input), cwd));
  if (file.problems) {
    printDiagnostics(io, file.problems);
    return 1;
  }
  const result = importTable(file, options);
  printDiagnostics(io, result.diagnostics);
  for (const hint of result.hints) io.err(`hint: ${hint}`);
  if (result.text === undefined || !result.stats) return 1;

  if (flags.out === undefined) io.out(result.text.replace(/\n$/, ''));
  else write(target, outShown, result.text);
  const { stats } = result;
  io.err(`${file.path}: ${stats.rows} rows -> ${outShown}: ${stats.codes} codes, ${stats.causes} causes (${stats.uncoded} without a code)`);
  io.err(`Made up, not in the table (each marked with a note; review them, then delete the notes):`);
  const width = Math.max(...result.invented.map((f) => f.path.length));
  for (const field of result.invented) io.err(`  ${field.path.padEnd(width)}  ${field.what}`);
  return 0;
}

function write(path: string, shown: string, text: string): void {
  try {
    mkdirSync(dirname(path), { recursive: true });
    // `wx`: never replace a spec someone may have edited since.
    writeFileSync(path, text, { flag: 'wx' });
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'EEXIST') throw new ToolError('io', `${shown} already exists; remove it or pass another --out`);
    throw new ToolError('io', `cannot write ${shown} (${code ?? String(error)})`);
  }
}
