// What a command runs with: flags over the config file over defaults.
import { resolve } from 'node:path';
import type { OutputSettings } from '../emit/registry.js';
import { maxBytesFlag, type Flags } from './args.js';

export interface Settings {
  /** Absolute path of the spec. */
  readonly spec: string;
  /** Absolute path of the output folder. */
  readonly out: string;
  /** The command named in generated headers. */
  readonly command: string;
  readonly templates?: string;
  readonly maxBytes?: number;
  readonly outputs: OutputSettings;
}

export const DEFAULTS = {
  spec: 'spec/errors.yaml',
  out: 'generated',
  command: 'npm run generate',
} as const;

export function resolveSettings(flags: Flags, cwd: string = process.cwd()): Settings {
  const maxBytes = maxBytesFlag(flags['max-bytes']);
  return {
    spec: resolve(cwd, flags.spec ?? DEFAULTS.spec),
    out: resolve(cwd, flags.out ?? DEFAULTS.out),
    command: DEFAULTS.command,
    ...(flags.templates !== undefined ? { templates: resolve(cwd, flags.templates) } : {}),
    ...(maxBytes !== undefined ? { maxBytes } : {}),
    outputs: {},
  };
}
