// The package generator alone: package.json and README.md from a model and the
// other outputs' settings.
import { describe, expect, it } from 'vitest';
import { generatePackage, type PackageOptions } from '../../generators/emit/package/index.js';
import type { GeneratedFile } from '../../generators/model/types.js';
import { sampleModel } from '../support/sample-model.js';

const common = { command: 'npm run generate' } as const;
const fileOf = (files: GeneratedFile[], path: string): string => {
  const f = files.find((x) => x.path === path);
  if (!f) throw new Error(`no ${path}`);
  return f.contents;
};
const pkgOf = (options: Omit<PackageOptions, 'command'> = {}) =>
  JSON.parse(fileOf(generatePackage(sampleModel, { ...common, ...options }), 'package.json')) as Record<string, unknown>;

describe('package.json', () => {
  it('without settings: a name from the catalog id, 0.0.0, every output with its defaults', () => {
    const pkg = pkgOf();
    expect(Object.keys(pkg)).toEqual(['//', 'name', 'version', 'description', 'type', 'engines', 'sideEffects', 'main', 'types', 'exports', 'files']);
    expect(pkg).toMatchObject({ name: 'sample-api-errors', version: '0.0.0', description: 'Sample API', type: 'module', sideEffects: false });
    // require() of ESM works from here on; older Nodes are told so by npm, not by ERR_REQUIRE_ESM.
    expect(pkg['engines']).toEqual({ node: '>=20.19' });
    expect(pkg['//']).toMatch(/DO NOT EDIT/);
    expect(pkg['exports']).toEqual({
      '.': { types: './ts/catalog.d.ts', default: './ts/catalog.js' },
      './catalog.json': './catalog.json',
      './catalog.schema.json': './catalog.schema.json',
      './core': { types: './ts/core.d.ts', default: './ts/core.js' },
      './docs/en.md': './docs/en.md',
      './docs/zh-CN.md': './docs/zh-CN.md',
      './error-code': { types: './ts/error-code.d.ts', default: './ts/error-code.js' },
      './error-code-const': { types: './ts/error-code-const.d.ts', default: './ts/error-code-const.js' },
      './i18n/en.json': './i18n/en.json',
      './i18n/zh-CN.json': './i18n/zh-CN.json',
      './i18next': { types: './ts/i18next.d.ts', default: './ts/i18next.js' },
      './messages/en': { types: './ts/messages/en.d.ts', default: './ts/messages/en.js' },
      './messages/zh-CN': { types: './ts/messages/zh-CN.d.ts', default: './ts/messages/zh-CN.js' },
      './openapi/errors.json': './openapi/errors.json',
      './openapi/errors.yaml': './openapi/errors.yaml',
      './package.json': './package.json',
    });
    expect(pkg['files']).toEqual([
      'catalog.json',
      'catalog.schema.json',
      'docs/en.md',
      'docs/zh-CN.md',
      'i18n/en.json',
      'i18n/zh-CN.json',
      'openapi/errors.json',
      'openapi/errors.yaml',
      'ts/**/*.d.ts',
      'ts/**/*.js',
    ]);
  });

  it('follows the other outputs’ settings: off, renamed, fewer locales, sources only', () => {
    const pkg = pkgOf({
      name: '@acme/errors',
      version: '3.0.0-rc.1',
      license: 'MIT',
      outputs: {
        typescript: { forms: ['const'], js: false },
        openapi: { fileName: 'acme', formats: ['json'] },
        markdown: false,
        i18n: { locales: ['zh-CN'] },
        catalog: false,
      },
    });
    expect(pkg).toMatchObject({ name: '@acme/errors', version: '3.0.0-rc.1', license: 'MIT' });
    expect(pkg).not.toHaveProperty('main');
    // Sources only: the same subpaths, pointing at the .ts for a bundler that compiles them.
    expect(pkg['exports']).toEqual({
      '.': './ts/catalog.ts',
      './core': './ts/core.ts',
      './error-code-const': './ts/error-code-const.ts',
      './i18n/zh-CN.json': './i18n/zh-CN.json',
      './i18next': './ts/i18next.ts',
      './messages/en': './ts/messages/en.ts',
      './messages/zh-CN': './ts/messages/zh-CN.ts',
      './openapi/acme.json': './openapi/acme.json',
      './package.json': './package.json',
    });
    expect(pkg['files']).toEqual(['i18n/zh-CN.json', 'openapi/acme.json', 'ts/**/*.ts']);
  });

  it('never has dependencies, and the same input gives the same bytes', () => {
    const a = generatePackage(sampleModel, { ...common, name: 'x-errors', version: '1.0.0' });
    expect(generatePackage(sampleModel, { ...common, name: 'x-errors', version: '1.0.0' })).toEqual(a);
    expect(fileOf(a, 'package.json')).not.toMatch(/ependencies/);
    for (const f of a) expect(f.contents.endsWith('\n') && !f.contents.endsWith('\n\n') && !/[ \t]$/m.test(f.contents), f.path).toBe(true);
  });

  it('refuses a name or version that would break the package or the README', () => {
    expect(() => generatePackage(sampleModel, { ...common, name: "x'; rm -rf /" })).toThrow(/not a valid npm package name/);
    expect(() => generatePackage(sampleModel, { ...common, version: 'latest' })).toThrow(/not a semantic version/);
  });
});

describe('README.md', () => {
  it('starts with the notice and shows install, import, $ref and translations for this package', () => {
    const readme = fileOf(generatePackage(sampleModel, { ...common, name: '@acme/errors' }), 'README.md');
    expect(readme.split('\n')[0]).toBe('<!-- Code generated by errspec from test/fixtures/sample/spec.yaml. DO NOT EDIT. Run: npm run generate -->');
    expect(readme).toContain('npm install @acme/errors');
    expect(readme).toContain("import { ErrorCode, describeError, isErrorCode } from '@acme/errors';");
    expect(readme).toContain("import { createDescriber, isErrorCode, retryVerdictOf } from '@acme/errors/core';");
    expect(readme).toContain("import type { ErrorResources } from '@acme/errors/i18next';");
    expect(readme).toContain('ERR_REQUIRE_ESM');
    expect(readme).toMatch(/\$ref: '\.\/node_modules\/@acme\/errors\/openapi\/errors\.yaml#\/components\/responses\/Error\d{3}'/);
    expect(readme).toContain("import t1 from '@acme/errors/i18n/zh-CN.json' with { type: 'json' };");
    expect(readme).toContain('## Versions and retired codes');
  });
});
