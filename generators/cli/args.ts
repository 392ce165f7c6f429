import { parseArgs, type ParseArgsConfig } from 'node:util';
import { ToolError } from '../diagnostics/tool-error.js';

export const commonOptions = {
  spec: { type: 'string' },
  out: { type: 'string' },
  config: { type: 'string' },
  templates: { type: 'string' },
  check: { type: 'boolean' },
  format: { type: 'string' },
  'max-bytes': { type: 'string' },
  timings: { type: 'boolean' },
  debug: { type: 'boolean' },
  help: { type: 'boolean', short: 'h' },
  version: { type: 'boolean', short: 'v' },
  base: { type: 'string' },
  head: { type: 'string' },
  'allow-breaking': { type: 'boolean' },
  locale: { type: 'string' },
  untranslated: { type: 'boolean' },
  'max-warnings': { type: 'string' },
  'link-base': { type: 'string' },
  watch: { type: 'boolean' },
  codes: { type: 'string' },
  locales: { type: 'string' },
  columns: { type: 'string' },
  retry: { type: 'string', multiple: true },
  'fill-down': { type: 'string' },
} as const satisfies ParseArgsConfig['options'];

export type Flags = ReturnType<typeof parseFlags>['values'];

export function parseFlags(args: readonly string[]) {
  try {
    return parseArgs({ args: [...args], options: commonOptions, allowPositionals: true, strict: true });
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
