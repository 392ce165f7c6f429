// Every golden case's outputs read the way their consumers read them (the goldens only say
// the bytes did not change): the TypeScript by a strict tsc (one run for all cases), the
// OpenAPI by Redocly's validator, the docs by a GFM parser, the i18n JSON by i18next,
// catalog.json by its own schema. A new fixture gets these checks by existing.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { Ajv2020 } from 'ajv/dist/2020.js';
import i18next from 'i18next';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { GeneratedFile } from '../../generators/model/types.js';
import { lintText, specConfig, strictLibraryConfig } from '../emit/openapi/lint.js';
import { strictFlags, tsc } from '../emit/typescript/support.js';
import { generateFiles } from '../support/generate.js';
import { findAll, parseGfm, textOf } from '../support/markdown.js';
import { GOLDEN_CASES } from './cases.js';

const outputs = new Map<string, GeneratedFile[]>();
let dir = '';

// Touches what every catalog has: facts, texts, severity, the server end.
const CONSUMER = `import { describeError, errorCodes, isErrorCode, listErrors, type ErrorInfo, type Severity } from "./ts/catalog.js";
import { isApiError, toResponse } from "./ts/server.js";
const first: ErrorInfo | undefined = listErrors()[0];
const severity: Severity | undefined = first?.severity;
const statuses: readonly number[] | undefined = first?.statuses;
const described = first === undefined ? undefined : describeError(first.code);
const response = toResponse(new Error("boom"));
export const seen = [errorCodes.length, isErrorCode(first?.code), severity, statuses, described?.summary, response.status, isApiError(response)];
`;

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'errspec-golden-'));
  for (const name of GOLDEN_CASES) {
    const files = await generateFiles(`test/fixtures/${name}/spec.yaml`);
    outputs.set(name, files);
    for (const [path, contents] of [...files.map((f) => [f.path, f.contents] as const), ['use.ts', CONSUMER] as const]) {
      mkdirSync(dirname(join(dir, name, path)), { recursive: true });
      writeFileSync(join(dir, name, path), contents);
    }
  }
});

afterAll(() => rmSync(dir, { recursive: true, force: true }));

const filesOf = (name: string): GeneratedFile[] => outputs.get(name) ?? [];

describe('TypeScript: one strict tsc over every case', () => {
  it('compiles each package and a consumer of it', () => {
    // package.json (type: module) is generated into each case's folder.
    const entries = GOLDEN_CASES.flatMap((name) => [`${name}/use.ts`, `${name}/ts/error-code-const.ts`, `${name}/ts/i18next.ts`]);
    expect(tsc(dir, [...strictFlags, ...entries])).toBe('');
  });
});

describe.each(GOLDEN_CASES)('%s', (name) => {
  it('OpenAPI: no problem under the spec ruleset nor recommended-strict', async () => {
    for (const file of filesOf(name).filter((f) => f.path.startsWith('openapi/'))) {
      expect(await lintText(file.contents, file.path, await specConfig())).toEqual([]);
      expect(await lintText(file.contents, file.path, await strictLibraryConfig())).toEqual([]);
    }
  });

  it('docs: every GFM table row has its header\'s cells', () => {
    const pages = filesOf(name).filter((f) => f.path.startsWith('docs/'));
    expect(pages.length).toBeGreaterThan(0);
    for (const page of pages) {
      const tables = findAll(parseGfm(page.contents), 'table');
      expect(tables.length).toBeGreaterThan(1);
      for (const table of tables) {
        const [header, ...rows] = table.children ?? [];
        for (const row of rows) expect(row.children?.length, `${page.path}: ${textOf(row)}`).toBe(header?.children?.length);
      }
    }
  });

  it('i18n: i18next resolves every key to its text', async () => {
    for (const file of filesOf(name).filter((f) => f.path.startsWith('i18n/'))) {
      const locale = file.path.slice('i18n/'.length, -'.json'.length);
      const resources = JSON.parse(file.contents) as Record<string, unknown>;
      const t = i18next.createInstance();
      await t.init({ lng: locale, fallbackLng: false, resources: { [locale]: { translation: resources } }, interpolation: { escapeValue: false } });
      const leaves = (node: unknown, prefix: string): [string, string][] =>
        typeof node === 'string' ? [[prefix, node]] : Object.entries(node as Record<string, unknown>).flatMap(([k, v]) => leaves(v, prefix ? `${prefix}.${k}` : k));
      for (const [key, text] of leaves(resources, '')) expect(t.t(key), `${file.path} ${key}`).toBe(text);
    }
  });

  it('catalog.json: valid against catalog.schema.json', () => {
    const file = (path: string): string => filesOf(name).find((f) => f.path === path)?.contents ?? '';
    const validate = new Ajv2020({ strict: true, allErrors: true }).compile(JSON.parse(file('catalog.schema.json')) as object);
    expect(validate(JSON.parse(file('catalog.json'))), JSON.stringify(validate.errors)).toBe(true);
  });
});
