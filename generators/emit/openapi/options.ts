import type { CommonOptions } from '../../model/types.js';

export type OpenApiFormat = 'yaml' | 'json';

export interface OpenApiOptions extends CommonOptions {
  /** Only 3.1.0 is generated; the field exists so a config can name it. */
  readonly version?: '3.1.0';
  /** Base name of the files under `openapi/`; default `errors`. */
  readonly fileName?: string;
  /** Default: both. */
  readonly formats?: readonly OpenApiFormat[];
}

export interface ResolvedOpenApiOptions {
  readonly version: '3.1.0';
  readonly fileName: string;
  /** Deduplicated, in a fixed order whatever order the config used. */
  readonly formats: readonly OpenApiFormat[];
}

// A plain file name: the writer owns the folder, so the name may not leave it.
const FILE_NAME = /^[A-Za-z0-9][A-Za-z0-9._-]*$/;

export function resolveOptions(options: OpenApiOptions): ResolvedOpenApiOptions {
  const version = options.version ?? '3.1.0';
  if (version !== '3.1.0') throw new Error(`openapi: unsupported version ${JSON.stringify(version)}; only 3.1.0`);
  const fileName = options.fileName ?? 'errors';
  if (!FILE_NAME.test(fileName)) {
    throw new Error(`openapi: fileName ${JSON.stringify(fileName)} must be a plain file name without extension`);
  }
  const wanted = options.formats ?? ['yaml', 'json'];
  const formats = (['json', 'yaml'] as const).filter((f) => wanted.includes(f));
  return { version, fileName, formats };
}
