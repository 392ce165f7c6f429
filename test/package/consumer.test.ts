// The generated package as another repository uses it: generate (in-process, with
// this repository's errspec.config.yaml) into a temporary folder, `npm pack` it,
// install the tarball offline into a copy of test/consumer, then type-check and run
// the consumer's code, validate its OpenAPI document that `$ref`s the installed
// components, and load the installed translations into i18next. Tools come from this
// repository's node_modules, never from the network.
import { copyFileSync, cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { bundle, createConfig, lint, type NormalizedProblem } from '@redocly/openapi-core';
import i18next from 'i18next';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { repoRoot, runCli } from '../support/cli.js';
import { TSC } from '../support/tsc.js';
import { installTarball, ok, pack, run, type Packed } from './npm.js';

const NAME = '@voucher-verification/errors';

let work: string;
let consumer: string;
let installed: string;
let packed: Packed;

beforeAll(async () => {
  work = mkdtempSync(join(tmpdir(), 'errspec-consumer-'));
  const out = join(work, 'generated');
  const generated = await runCli(['generate', '--config', join(repoRoot, 'errspec.config.yaml'), '--out', out]);
  if (generated.code !== 0) throw new Error(`generate failed:\n${generated.stdout}\n${generated.stderr}`);
  packed = pack(out, work);

  consumer = join(work, 'consumer');
  cpSync(join(repoRoot, 'test', 'consumer'), consumer, {
    recursive: true,
    filter: (src) => !/[\\/](node_modules|dist)$/.test(src),
  });
  installTarball(packed.tarball, consumer);
  installed = join(consumer, 'node_modules', ...NAME.split('/'));
  // The consumer's other dependencies, from this repository's node_modules (offline).
  mkdirSync(join(consumer, 'node_modules', '@types'), { recursive: true });
  for (const dep of ['i18next', 'express', 'fastify', '@types/express', '@types/node']) {
    symlinkSync(join(repoRoot, 'node_modules', dep), join(consumer, 'node_modules', dep), 'dir');
  }
  // The README's server examples, as they are in examples/server/.
  for (const file of ['express.ts', 'fastify.ts']) copyFileSync(join(repoRoot, 'examples', 'server', file), join(consumer, 'src', 'server', file));
});

afterAll(() => {
  if (work) rmSync(work, { recursive: true, force: true });
});

const readJson = (path: string): Record<string, unknown> => JSON.parse(readFileSync(path, 'utf8')) as Record<string, unknown>;

describe('the packed artifact package', () => {
  it('ships what consumers need and nothing else', () => {
    expect(packed.files).toContain('package.json');
    expect(packed.files).toContain('README.md');
    expect(packed.files).toEqual(
      expect.arrayContaining([
        'ts/catalog.js',
        'ts/catalog.d.ts',
        'ts/core.js',
        'ts/core.d.ts',
        'ts/messages/en.js',
        'ts/messages/zh-CN.d.ts',
        'ts/i18next.d.ts',
        'ts/runtime/core.js',
        'ts/runtime/describe.d.ts',
        'ts/error-code.js',
        'ts/error-code.d.ts',
        'ts/error-code-const.js',
        'ts/error-code-const.d.ts',
        'catalog.json',
        'catalog.schema.json',
        'openapi/errors.yaml',
        'openapi/errors.json',
        'i18n/en.json',
        'i18n/zh-CN.json',
        'docs/en.md',
        'docs/zh-CN.md',
      ]),
    );
    // No TypeScript sources (the .d.ts carry the docs), no writer manifest.
    expect(packed.files.filter((f) => f.endsWith('.ts') && !f.endsWith('.d.ts'))).toEqual([]);
    expect(packed.files.filter((f) => f.startsWith('.'))).toEqual([]);
  });

  it('has no dependencies and an exports entry for every shipped file', () => {
    const pkg = readJson(join(installed, 'package.json'));
    expect(pkg['name']).toBe(NAME);
    expect(pkg['type']).toBe('module');
    expect(pkg['sideEffects']).toBe(false);
    expect(pkg['engines']).toEqual({ node: '>=20.19' });
    for (const field of ['dependencies', 'peerDependencies', 'optionalDependencies', 'scripts']) expect(pkg).not.toHaveProperty(field);
    const exports = pkg['exports'] as Record<string, string | { types: string; default: string }>;
    expect(Object.keys(exports['.'] as object)).toEqual(['types', 'default']);
    const targets = Object.values(exports).flatMap((t) => (typeof t === 'string' ? [t] : [t.types, t.default]));
    for (const file of packed.files) {
      // The runtime is internal: the entry points import it, consumers do not.
      if (file === 'README.md' || file.startsWith('ts/runtime/')) continue;
      expect(targets, file).toContain(`./${file}`);
    }
  });
});

describe('a consumer repository', () => {
  it('type-checks under strict tsc and runs with Node', () => {
    // One tsc run both checks (strict, skipLibCheck off, so the package's .d.ts are
    // checked too) and emits what Node runs.
    ok(process.execPath, [TSC, '-p', 'tsconfig.json'], consumer);
    const report = JSON.parse(ok(process.execPath, ['dist/use-errors.js'], consumer).stdout) as Record<string, unknown>;
    const catalog = readJson(join(installed, 'catalog.json'));
    expect(report).toMatchObject({
      package: { name: NAME },
      codes: (catalog['codes'] as unknown[]).length,
      catalogJsonCodes: (catalog['codes'] as unknown[]).length,
      enumEqualsConst: true,
      rootIsEnum: true,
      described: { name: 'NO_PERMISSION', retry: 'never' },
      lean: { retry: 'never', verdict: 'never' },
      unknownIsUndefined: true,
      byName: -3000000,
    });
    const i18n = report['i18next'] as Record<string, string>;
    expect(i18n['en']).toMatch(/permission/i);
    expect(i18n['zh-CN']).toMatch(/权限/);
    expect(report['formatMessage']).toEqual(i18n);
    expect((report['described'] as { summary: string }).summary).toBe(i18n['zh-CN']);
    expect((report['lean'] as { summary: string }).summary).toBe(i18n['zh-CN']);
  });

  it('runs the README server examples (express 5, fastify 5): apiError and toResponse from the installed package', () => {
    ok(process.execPath, [TSC, '-p', 'tsconfig.server.json'], consumer);
    const report = JSON.parse(ok(process.execPath, ['dist/server/run.js'], consumer).stdout) as Record<string, { status: number; type: string; body: Record<string, unknown> }>;
    // ALREADY_USED, cause voucher-used, in the simple envelope of the real spec.
    expect(report['express']).toMatchObject({ status: 500, type: expect.stringMatching(/^application\/json\b/), body: { code: -3000102, message: '券：核销码已被使用。' } });
    expect(report['fastify']).toMatchObject({ status: 500, type: expect.stringMatching(/^application\/json\b/), body: { code: -3000102, message: 'Voucher: redemption code has already been used.' } });
    expect(typeof report['fastify']?.body['logId']).toBe('string');
  });

  it('type-checks the same code under bundler resolution', () => {
    ok(process.execPath, [TSC, '-p', 'tsconfig.bundler.json'], consumer);
  });

  it('has no problems for Are the Types Wrong (ESM-only profile)', () => {
    // Non-module assets (markdown, YAML) are exported for reading, not importing.
    const pkg = readJson(join(installed, 'package.json'));
    const assets = Object.keys(pkg['exports'] as object).filter((subpath) => /\.(md|ya?ml)$/.test(subpath));
    expect(assets).toEqual(['./docs/en.md', './docs/zh-CN.md', './openapi/errors.yaml']);
    const attw = run(join(repoRoot, 'node_modules', '.bin', 'attw'),
      [packed.tarball, '--profile', 'esm-only', '--no-definitely-typed', '--format', 'json', '--exclude-entrypoints', ...assets], work);
    expect(attw.code, attw.stdout + attw.stderr).toBe(0);
    const result = JSON.parse(attw.stdout) as { analysis: { entrypoints: object }; problems?: Record<string, Array<{ resolutionKind?: string }>> };
    expect(Object.keys(result.analysis.entrypoints)).toEqual(expect.arrayContaining(['.', './core', './messages/en', './i18next']));
    // Listed problems are only those of the resolutions the profile leaves out (CommonJS before Node 20.19, node10).
    const kinds = Object.values(result.problems ?? {}).flat().map((p) => p.resolutionKind);
    expect(kinds.filter((k) => k !== 'node10' && k !== 'node16-cjs')).toEqual([]);
  });

  it('validates an API document that $refs the installed OpenAPI components (Redocly)', async () => {
    const config = await createConfig({ extends: ['recommended-strict'] });
    const show = (problems: readonly NormalizedProblem[]) =>
      problems.map((p) => `${p.severity} ${p.ruleId} at ${p.location[0]?.source.absoluteRef ?? '?'}#${p.location[0]?.pointer ?? ''}: ${p.message}`);
    const api = join(consumer, 'api.yaml');

    // no-unused-components: the package's other components exist to be referenced.
    const lintConfig = await createConfig({ extends: ['recommended-strict'], rules: { 'no-unused-components': 'off' } });
    expect(show(await lint({ ref: api, config: lintConfig }))).toEqual([]);

    const result = await bundle({ ref: api, config });
    expect(show(result.problems)).toEqual([]);
    const bundled = result.bundle.parsed as { components: { responses: Record<string, unknown>; schemas: Record<string, unknown> } };
    expect(Object.keys(bundled.components.responses)).toEqual(['Error500']);
    expect(Object.keys(bundled.components.schemas)).toEqual(expect.arrayContaining(['ErrorCode', 'ErrorBody']));
  });

  it('loads every installed locale into i18next and resolves a message in each', async () => {
    const pkg = readJson(join(installed, 'package.json'));
    const locales = Object.keys(pkg['exports'] as object)
      .map((subpath) => /^\.\/i18n\/(.+)\.json$/.exec(subpath)?.[1])
      .filter((l): l is string => l !== undefined);
    expect(locales).toEqual(['en', 'zh-CN']);
    const i18n = i18next.createInstance();
    await i18n.init({
      lng: 'en',
      fallbackLng: false,
      resources: Object.fromEntries(locales.map((l) => [l, { translation: readJson(join(installed, 'i18n', `${l}.json`)) }])),
    });
    const catalog = readJson(join(installed, 'catalog.json')) as { codes: Array<{ name: string; summary: Record<string, string> }> };
    for (const code of catalog.codes) {
      for (const locale of locales) {
        expect(i18n.t(`errors.${code.name}.summary`, { lng: locale }), `${code.name} ${locale}`).toBe(code.summary[locale]);
      }
    }
  });

  it('ships a README that names the package and the commands', () => {
    const readme = readFileSync(join(installed, 'README.md'), 'utf8');
    expect(readme).toMatch(/^<!-- Code generated by errspec from .*DO NOT EDIT/);
    expect(readme).toContain(`npm install ${NAME}`);
    expect(readme).toContain(`./node_modules/${NAME}/openapi/errors.yaml#/components/responses/Error500`);
  });
});
