// Every golden fixture's outputs through the tools that read them (the goldens only say
// the bytes did not change): tsc on the TypeScript, Redocly on the OpenAPI document,
// i18next on the i18n JSON, and catalog.json against its own schema. Fixtures are found
// on disk (test/fixtures/<case>/ with a spec.yaml and expected/), so a new one is checked
// without being listed here.
import { existsSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createConfig, lintFromString } from '@redocly/openapi-core';
import { Ajv2020 } from 'ajv/dist/2020.js';
import i18next from 'i18next';
import { describe, expect, it } from 'vitest';
import type { GeneratedFile } from '../../generators/model/types.js';
import { repoRoot } from '../support/cli.js';
import { generateFiles } from '../support/generate.js';
import { strictFlags, tsc, writePackage } from '../emit/typescript/support.js';

const goldenFixtures = readdirSync(join(repoRoot, 'test/fixtures')).filter(
  (dir) => existsSync(join(repoRoot, 'test/fixtures', dir, 'spec.yaml')) && existsSync(join(repoRoot, 'test/fixtures', dir, 'expected')),
);

const contents = (files: readonly GeneratedFile[], path: string): string => {
  const file = files.find((f) => f.path === path);
  if (!file) throw new Error(`no ${path}`);
  return file.contents;
};

describe('the golden fixtures are found', () => {
  it('includes the known cases', () => {
    expect(goldenFixtures).toEqual(expect.arrayContaining(['minimal', 'string-codes', 'special-chars', 'problem', 'ranges']));
  });
});

describe.each(goldenFixtures)('outputs of test/fixtures/%s', { timeout: 120_000 }, (name) => {
  const files = generateFiles(`test/fixtures/${name}/spec.yaml`);

  it('TypeScript: the package and its .d.ts pass tsc with the strictest settings', async () => {
    const dir = writePackage(await files);
    expect(tsc(dir, [...strictFlags, 'ts/catalog.ts', 'ts/server.ts', 'ts/i18next.ts', 'ts/error-code-const.ts'])).toBe('');
  });

  it('OpenAPI: no problem under the spec ruleset', async () => {
    const config = await createConfig({ extends: ['spec'] });
    for (const path of ['openapi/errors.yaml', 'openapi/errors.json']) {
      const problems = await lintFromString({ source: contents(await files, path), absoluteRef: join(tmpdir(), 'errspec-virtual', name, path), config });
      expect(problems.map((p) => `${p.ruleId}: ${p.message}`), path).toEqual([]);
    }
  });

  it('i18n: every leaf resolves through i18next to itself', async () => {
    for (const file of (await files).filter((f) => f.path.startsWith('i18n/'))) {
      const locale = file.path.slice('i18n/'.length, -'.json'.length);
      const tree = JSON.parse(file.contents) as Record<string, unknown>;
      const instance = i18next.createInstance();
      await instance.init({ lng: locale, fallbackLng: false, resources: { [locale]: { translation: tree } }, interpolation: { escapeValue: false } });
      const leaves = (node: unknown, prefix: string): [string, string][] =>
        typeof node === 'string' ? [[prefix, node]] : Object.entries(node as Record<string, unknown>).flatMap(([k, v]) => leaves(v, prefix ? `${prefix}.${k}` : k));
      for (const [key, text] of leaves(tree, '')) {
        // Placeholders stay as written when no value is given.
        expect(instance.t(key), `${locale} ${key}`).toBe(text);
      }
    }
  });

  it('catalog.json: valid against catalog.schema.json', async () => {
    const all = await files;
    const validate = new Ajv2020({ strict: true, allErrors: true }).compile(JSON.parse(contents(all, 'catalog.schema.json')) as object);
    expect(validate(JSON.parse(contents(all, 'catalog.json'))), JSON.stringify(validate.errors)).toBe(true);
  });
});
