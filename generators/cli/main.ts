// The `errspec` command line. Exit codes: 0 ok, 1 invalid spec / stale output /
// breaking change, 2 usage or I/O error. No stack trace unless --debug.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ToolError } from '../diagnostics/tool-error.js';
import { packageRoot } from '../util/package-root.js';
import { parseCommandLine } from './args.js';
import type { OptionTable, OptionValues } from './command.js';
import { COMMANDS } from './commands.js';
import { processOutput, type Output } from './output.js';
import { printDiagnostics } from './report.js';
import { ConfigInvalid } from './settings.js';
import { USAGE } from './usage.js';

export function version(): string {
  return (JSON.parse(readFileSync(join(packageRoot(), 'package.json'), 'utf8')) as { version: string }).version;
}

export async function main(args: readonly string[], io: Output = processOutput): Promise<number> {
  let debug = args.includes('--debug');
  try {
    const { name, command, values, rest } = parseCommandLine(args, COMMANDS);
    debug = values['debug'] === true;
    if (values['version']) {
      io.out(version());
      return 0;
    }
    const help = values['help'] === true;
    if (name === undefined || name === 'help') {
      io[name === undefined && !help ? 'err' : 'out'](USAGE[rest[0] ?? 'main'] ?? USAGE['main']!);
      return name === undefined && !help ? 2 : 0;
    }
    if (!command) throw new ToolError('usage', `unknown command ${JSON.stringify(name)}\n\n${USAGE['main']}`);
    if (help) {
      io.out(command.usage);
      return 0;
    }
    if (rest.length > 0 && !command.takesArguments) throw new ToolError('usage', `unexpected argument ${JSON.stringify(rest[0])}`);
    // parseCommandLine read `values` with this command's own table, so they have its types.
    return await command.run(values as OptionValues<OptionTable>, io, rest);
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
