import type { CommonOptions } from '../../model/types.js';

export type TypeScriptForm = 'enum' | 'const';

export interface TypeScriptOptions extends CommonOptions {
  /** Which forms of `ErrorCode` to emit; default both. */
  readonly forms?: readonly TypeScriptForm[];
  /** Also emit `.js` + `.d.ts` next to each `.ts`; default true. */
  readonly js?: boolean;
}

export interface ResolvedTypeScriptOptions {
  readonly command: string;
  readonly forms: ReadonlySet<TypeScriptForm>;
  readonly js: boolean;
}

export function resolveOptions(options: TypeScriptOptions): ResolvedTypeScriptOptions {
  return {
    command: options.command,
    forms: new Set(options.forms ?? ['enum', 'const']),
    js: options.js ?? true,
  };
}
