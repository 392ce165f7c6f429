// What a command is: its name, its own option table, its help text and what it runs.
// Adding a command is one such object in commands.ts.
import type { Output } from './output.js';

export interface OptionSpec {
  readonly type: 'string' | 'boolean';
  readonly short?: string;
  /** May be given several times; the value is then an array. */
  readonly multiple?: boolean;
}

export type OptionTable = Readonly<Record<string, OptionSpec>>;

/** The values parseArgs gives for a table: strings and booleans, each only if given. */
export type OptionValues<O extends OptionTable> = {
  -readonly [K in keyof O]?: O[K] extends { readonly multiple: true }
    ? string[]
    : [O[K]['type']] extends ['boolean'] ? boolean : [O[K]['type']] extends ['string'] ? string : string | boolean;
};

export interface Command<O extends OptionTable = OptionTable> {
  readonly name: string;
  /** The command's own options; the global ones (GLOBAL_OPTIONS) come on top. */
  readonly options: O;
  readonly usage: string;
  /** Whether it takes arguments after its name (a subcommand, files); otherwise they are a usage error. */
  readonly takesArguments?: boolean;
  run(values: OptionValues<O>, io: Output, args: readonly string[]): number | Promise<number>;
}

/** Taken by every command, and without one. */
export const GLOBAL_OPTIONS = {
  debug: { type: 'boolean' },
  help: { type: 'boolean', short: 'h' },
  version: { type: 'boolean', short: 'v' },
} as const satisfies OptionTable;

/** A command, with its option table's types kept for `run`. */
export const defineCommand = <const O extends OptionTable>(command: Command<O>): Command<O> => command;
