// The `errspec` command line. Exit codes: 0 ok, 1 invalid spec / stale output /
// breaking change, 2 usage or I/O error. No stack trace unless --debug.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ToolError } from '../diagnostics/tool-error.js';
import { packageRoot } from '../util/package-root.js';
import { countFlag, parseFlags } from './args.js';
import { diffCommand } from './diff.js';
import { generateCommand } from './generate.js';
import { importCommand } from './import.js';
import { initCommand } from './init.js';
import { processOutput, type Output } from './output.js';
import { printDiagnostics } from './report.js';
import { ConfigInvalid, resolveSettings } from './settings.js';
import { USAGE } from './usage.js';
import { validateCommand } from './validate.js';
import { watchCommand } from './watch.js';
import type { Timings } from '../util/timings.js';

export function version(): string {
  return (JSON.parse(readFileSync(join(packageRoot(), 'package.json'), 'utf8')) as { version: string }).version;
}

export async function main(args: readonly string[], io: Output = processOutput): Promise<number> {
  let debug = args.includes('--debug');
  try {
    const { values: flags, positionals } = parseFlags(args);
    debug = flags.debug === true;
    const [command, ...rest] = positionals;
    if (flags.version) {
      io.out(version());
      return 0;
    }
    if (command === undefined || command === 'help') {
      io[command === undefined && !flags.help ? 'err' : 'out'](USAGE[rest[0] ?? 'main'] ?? USAGE['main']!);
      return command === undefined && !flags.help ? 2 : 0;
    }
    if (flags.help) {
      io.out(USAGE[command] ?? USAGE['main']!);
      return 0;
    }
    // Loaded on demand: its XML parser is no cost to the other commands.
    if (command === 'translations') return (await import('./translations.js')).translationsCommand(rest, flags, io);
    if (command === 'import') return importCommand(flags, rest, io);
    if (rest.length > 0) throw new ToolError('usage', `unexpected argument ${JSON.stringify(rest[0])}`);
    switch (command) {
      case 'generate': {
        if (flags.watch) {
          if (flags.check || flags.timings) throw new ToolError('usage', '--watch cannot be combined with --check or --timings');
          return await watchCommand(flags, io);
        }
        const timings: Timings | undefined = flags.timings ? new Map() : undefined;
        const format = flags.format ?? 'text';
        if (format !== 'text' && format !== 'github') throw new ToolError('usage', `--format must be text or github, not ${JSON.stringify(format)}`);
        const code = await generateCommand(resolveSettings(flags), io, { check: flags.check === true, github: format === 'github', ...(timings ? { timings } : {}) });
        if (timings) io.err(`timings: ${JSON.stringify(Object.fromEntries([...timings].map(([k, v]) => [k, Math.round(v)])))}`);
        return code;
      }
      case 'validate': {
        const format = flags.format ?? 'text';
        if (format !== 'text' && format !== 'json' && format !== 'github') throw new ToolError('usage', `--format must be text, json or github, not ${JSON.stringify(format)}`);
        const maxWarnings = countFlag('--max-warnings', flags['max-warnings']);
        return validateCommand(resolveSettings(flags), io, { format, ...(maxWarnings === undefined ? {} : { maxWarnings }) });
      }
      case 'diff':
        return diffCommand(flags, io);
      case 'init':
        return initCommand(flags, io);
      default:
        throw new ToolError('usage', `unknown command ${JSON.stringify(command)}\n\n${USAGE['main']}`);
    }
  } catch (error) {
    // A wrong config is reported like a wrong spec: file:line:column diagnostics, exit 1.
    if (error instanceof ConfigInvalid) {
      printDiagnostics(io, error.diagnostics);
      return 1;
    }
    if (error instanceof ToolError) {
      io.err(`errspec: ${error.message}`);
      if (debug && error.stack) io.err(error.stack);
      return error.exitCode;
    }
    io.err(`errspec: internal error: ${(error as Error)?.message ?? String(error)}${debug ? '' : ' (run with --debug for the stack trace)'}`);
    if (debug && error instanceof Error && error.stack) io.err(error.stack);
    return 2;
  }
}
