// Reading the command line against the commands' own option tables: a flag another
// command takes is a usage error that names those commands.
import { parseArgs } from 'node:util';
import { ToolError } from '../diagnostics/tool-error.js';
import { GLOBAL_OPTIONS, type Command, type OptionTable } from './command.js';

/** The options that say which files a command reads (resolveSettings takes them). */
export const specOptions = {
  spec: { type: 'string' },
  config: { type: 'string' },
  'max-bytes': { type: 'string' },
} as const satisfies OptionTable;

/** Flags that code shared by several commands reads (each command's table decides which it gets). */
export interface Flags {
  readonly spec?: string | undefined;
  readonly config?: string | undefined;
  readonly 'max-bytes'?: string | undefined;
  readonly out?: string | undefined;
  readonly templates?: string | undefined;
  readonly format?: string | undefined;
  readonly check?: boolean | undefined;
  readonly timings?: boolean | undefined;
  readonly watch?: boolean | undefined;
  readonly locale?: string | undefined;
  readonly untranslated?: boolean | undefined;
  readonly codes?: string | undefined;
  readonly locales?: string | undefined;
  readonly columns?: string | undefined;
  readonly retry?: readonly string[] | undefined;
  readonly 'fill-down'?: string | undefined;
}

export interface CommandLine {
  /** The command named first; undefined when none is. */
  readonly name?: string;
  readonly command?: Command;
  readonly values: Readonly<Record<string, string | boolean | (string | boolean)[] | undefined>>;
  /** Arguments after the command's name. */
  readonly rest: readonly string[];
}

export function parseCommandLine(args: readonly string[], commands: readonly Command[]): CommandLine {
  // First with every command's options, so a value is never taken for the command.
  const every: Record<string, OptionTable[string]> = { ...GLOBAL_OPTIONS };
  for (const c of commands) Object.assign(every, c.options);
  const { tokens } = parse(args, every, false);
  const [name, ...rest] = tokens.flatMap((t) => (t.kind === 'positional' ? [t.value] : []));
  const command = commands.find((c) => c.name === name);
  const table = command ? { ...GLOBAL_OPTIONS, ...command.options } : every;
  for (const t of tokens) {
    if (t.kind !== 'option' || Object.hasOwn(table, t.name)) continue;
    const takers = commands.filter((c) => Object.hasOwn(c.options, t.name)).map((c) => c.name);
    const flag = `--${t.name}`;
    if (command && takers.length > 0) {
      throw new ToolError('usage', `${flag} is not an option of ${command.name}; ${takers.join(', ')} ${takers.length === 1 ? 'takes' : 'take'} it. Run errspec ${command.name} --help for its options.`);
    }
    if (command || takers.length === 0) {
      throw new ToolError('usage', `unknown option ${t.rawName}. Run errspec ${command?.name ?? ''}${command ? ' ' : ''}--help for usage.`);
    }
  }
  const { values } = parse(args, table, true);
  return { ...(name !== undefined ? { name } : {}), ...(command ? { command } : {}), values, rest };
}

function parse(args: readonly string[], options: OptionTable, strict: boolean) {
  try {
    return parseArgs({ args: [...args], options, allowPositionals: true, strict, tokens: true });
  } catch (error) {
    throw new ToolError('usage', `${(error as Error).message}\nRun errspec --help for usage.`);
  }
}

export function maxBytesFlag(value: string | undefined): number | undefined {
  if (value === undefined) return undefined;
  if (!/^[1-9][0-9]*$/.test(value)) throw new ToolError('usage', `--max-bytes takes a positive whole number, not ${JSON.stringify(value)}`);
  return Number(value);
}

/** A whole number of zero or more (`--max-warnings 0` fails on any warning). */
export function countFlag(flag: string, value: string | undefined): number | undefined {
  if (value === undefined) return undefined;
  if (!/^(0|[1-9][0-9]*)$/.test(value)) throw new ToolError('usage', `${flag} takes a whole number, not ${JSON.stringify(value)}`);
  return Number(value);
}
