// A generated artifact package on disk, its server and core modules imported for real,
// and its OpenAPI document compiled by ajv: what the real-server tests share.
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { Ajv2020, type ValidateFunction } from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import { writeOutputs } from '../../generators/write/writer.js';
import { generateFiles } from '../support/generate.js';

export interface ErrorResponse {
  readonly status: number;
  readonly headers: Readonly<Record<string, string>>;
  readonly body: Readonly<Record<string, unknown>>;
}

/** The runtime surface of ts/server.js and ts/core.js, typed loosely: the types are tsc's business. */
export interface ServerModule {
  apiError(code: unknown, init?: unknown): Error & { code: unknown; name: string; status: number; retry: string; params: object; cause?: unknown };
  isApiError(value: unknown, code?: unknown): boolean;
  toResponse(error: unknown, options?: { locale?: string; acceptLanguage?: string | null; instance?: string; extensions?: object; status?: number }): ErrorResponse;
}
export interface CoreModule {
  errorFromResponse(status: number, body: unknown): { known: boolean; code?: unknown; name?: string; retry?: string; params?: object; reason?: string };
}

export interface Package {
  readonly dir: string;
  readonly server: ServerModule;
  readonly core: CoreModule;
  readonly openapi: Record<string, unknown>;
  /** The schema of a response's body, compiled from the generated document (not re-declared here). */
  schemaOf(response: string): ValidateFunction;
  remove(): void;
}

export async function generatedPackage(specPath: string): Promise<Package> {
  const dir = mkdtempSync(join(tmpdir(), 'errspec-server-'));
  writeOutputs(dir, await generateFiles(specPath));
  const url = (path: string): string => pathToFileURL(join(dir, path)).href;
  const openapi = JSON.parse(readFileSync(join(dir, 'openapi', 'errors.json'), 'utf8')) as Record<string, unknown>;
  // OpenAPI 3.1 schemas are JSON Schema 2020-12; the document's other keys are not schema keywords.
  const ajv = new Ajv2020({ strict: false, allErrors: true });
  addFormats.default(ajv);
  ajv.addSchema(openapi, 'errors.json');
  const mediaType = (response: string): string => {
    const content = ((openapi['components'] as Record<string, Record<string, { content: Record<string, unknown> }>>)['responses']?.[response])?.content ?? {};
    return Object.keys(content)[0] ?? 'application/json';
  };
  return {
    dir,
    server: (await import(/* @vite-ignore */ url('ts/server.js'))) as ServerModule,
    core: (await import(/* @vite-ignore */ url('ts/core.js'))) as CoreModule,
    openapi,
    schemaOf(response) {
      const pointer = `errors.json#/components/responses/${response}/content/${mediaType(response).replace('/', '~1')}/schema`;
      const validate = ajv.getSchema(pointer);
      if (validate === undefined) throw new Error(`no schema at ${pointer}`);
      return validate;
    },
    remove: () => rmSync(dir, { recursive: true, force: true }),
  };
}
