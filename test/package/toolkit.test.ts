// The toolkit as another repository gets it: `npm pack` (whose prepack script builds
// dist/) of a clean copy of this repository's sources, installed into an empty project,
// its dependencies from the npm cache, with no lifecycle script to warn about. There
// `npx errspec init` then `npx errspec generate` must give a package a strict consumer
// type-checks against (with the library's own types), and a repository with a config
// and a spec of its own must get its own artifact package. The copy has no dist/, so a
// tarball that works proves the pack-time build ran; and this repository's dist/ is
// never rewritten under other tests that run it.
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { USAGE } from '../../generators/cli/usage.js';
import { repoRoot } from '../support/cli.js';
import { TSC } from '../support/tsc.js';
import { installTarball, ok, pack, run, type Packed, type Run } from './npm.js';

const SPEC = `# yaml-language-server: $schema=../node_modules/errspec/spec/schema.json
errspec: 1
id: shop
title:
  en: Shop API
  fr: API de la boutique
codes:
  type: string
  naming: PascalCase
locales:
  source: en
  targets: [fr]
scenes:
  checkout:
    title:
      en: Checkout
      fr: Paiement
classifications:
  customer:
    retry: never
    advice:
      en: Ask the customer to fix the basket.
      fr: Demandez au client de corriger le panier.
  transient:
    retry: may
    advice:
      en: Retry shortly.
      fr: Réessayez bientôt.
errors:
  - code: basket_empty
    name: BasketEmpty
    http: 422
    summary:
      en: The basket is empty.
      fr: Le panier est vide.
    causes:
      - id: no-items
        scene: checkout
        classification: customer
        explanation:
          en: Checkout was called with no items.
          fr: Le paiement a été appelé sans article.
  - code: stock_unavailable
    name: StockUnavailable
    http: 503
    summary:
      en: Stock could not be checked.
      fr: Le stock n'a pas pu être vérifié.
    causes:
      - id: inventory-down
        scene: checkout
        classification: transient
        explanation:
          en: The inventory service did not answer.
          fr: Le service d'inventaire n'a pas répondu.
`;

const CONFIG = `# yaml-language-server: $schema=./node_modules/errspec/spec/config.schema.json
spec: errors/shop.yaml
out: packages/shop-errors
command: npx errspec generate
outputs:
  typescript:
    forms: [const]
  openapi:
    fileName: shop-errors
    formats: [yaml]
  markdown: false
  i18n:
    locales: [fr]
package:
  name: "@shop/errors"
  version: 2.3.0
  description: Shop API error codes
`;

let work: string;
let app: string;
let packed: Packed;
let toolkitVersion: string;
let installed: Run;

beforeAll(() => {
  work = mkdtempSync(join(tmpdir(), 'errspec-toolkit-'));
  const source = join(work, 'source');
  mkdirSync(source);
  // What the repository holds (dist/ excepted) plus its installed dev tools.
  for (const entry of ['package.json', 'README.md', 'tsconfig.json', 'tsconfig.build.json', 'bin', 'generators', 'spec', 'templates', 'docs', 'examples', '.github']) {
    if (existsSync(join(repoRoot, entry))) cpSync(join(repoRoot, entry), join(source, entry), { recursive: true });
  }
  symlinkSync(join(repoRoot, 'node_modules'), join(source, 'node_modules'), 'dir');
  toolkitVersion = (JSON.parse(readFileSync(join(source, 'package.json'), 'utf8')) as { version: string }).version;
  packed = pack(source, work);

  // An empty project: a package.json and nothing else.
  app = join(work, 'app');
  mkdirSync(app);
  writeFileSync(join(app, 'package.json'), `${JSON.stringify({ name: 'shop', version: '1.0.0', private: true, type: 'module' }, null, 2)}\n`);
  // Its runtime dependencies (yaml, ajv, handlebars, the table parsers) come from the npm cache.
  installed = installTarball(packed.tarball, app, 'prefer-offline');
}, 180_000);

afterAll(() => {
  if (work) rmSync(work, { recursive: true, force: true });
});

// `npx` is how a user runs it (`--no`: never download); each npx start costs ~1 s of
// npm, so the cheap checks call the bin npm linked instead, which npx also runs.
const npx = (args: readonly string[]) => run('npx', ['--offline', '--no', '--', 'errspec', ...args], app);
const bin = (args: readonly string[]) => run(join(app, 'node_modules', '.bin', 'errspec'), args, app);

describe('the packed toolkit', () => {
  it('ships the built CLI, its schemas and templates, and no sources or tests', () => {
    expect(packed.files).toEqual(
      expect.arrayContaining([
        'bin/errspec.js',
        'dist/generators/cli/main.js',
        'dist/generators/emit/package/index.js',
        'spec/schema.json',
        'spec/config.schema.json',
        'templates/markdown/page.md.hbs',
        'templates/markdown/labels.json',
        'package.json',
        // The library and its types.
        'dist/generators/api/index.js',
        'dist/generators/api/index.d.ts',
        // What the CLI and the README cite, and what `init` copies.
        'docs/diff-rules.md',
        'docs/bad-inputs.md',
        'examples/specs/integer-codes.yaml',
        'examples/specs/problem-details.yaml',
        'examples/server/express.ts',
        'examples/specs/string-codes.yaml',
        '.github/workflows/spec.yml',
        '.github/workflows/spec-comment.yml',
      ]),
    );
    const unwanted = packed.files.filter(
      // The README's server examples are documentation and ship as written; no other source does.
      (f) => (/\.ts$/.test(f) && !/^dist\/generators\/.*\.d\.ts$/.test(f) && !/^examples\/server\/[a-z]+\.ts$/.test(f)) || f.startsWith('test/') || f.startsWith('generators/') || f.startsWith('dist/bench/') || f === 'spec/errors.yaml',
    );
    expect(unwanted).toEqual([]);
  });

  it('installs with no lifecycle script: nothing to build, nothing to warn about', () => {
    expect(`${installed.stdout}\n${installed.stderr}`).not.toMatch(/install-scripts|allowScripts|lifecycle|prepare/i);
    const pkg = JSON.parse(readFileSync(join(app, 'node_modules', 'errspec', 'package.json'), 'utf8')) as { scripts?: Record<string, string> };
    for (const script of ['preinstall', 'install', 'postinstall', 'prepare', 'preprepare', 'postprepare']) expect(pkg.scripts ?? {}).not.toHaveProperty(script);
  });

  it('answers --version and --help for every command, from the installed package', () => {
    const version = bin(['--version']);
    expect(version.code).toBe(0);
    expect(version.stdout.trim()).toBe(toolkitVersion);
    const commands = Object.keys(USAGE).filter((c) => c !== 'main');
    expect(commands).toEqual(expect.arrayContaining(['generate', 'validate']));
    for (const command of commands) {
      const help = bin([command, '--help']);
      expect(help.code, command).toBe(0);
      expect(help.stdout).toContain(`Usage: errspec ${command}`);
    }
    const main = bin(['--help']);
    expect(main.code).toBe(0);
    expect(main.stdout).toContain('Usage: errspec <command>');
  });
});

// The library example of the README, as a user copies it into a build script.
function readmeApiExample(): string {
  const readme = readFileSync(join(repoRoot, 'README.md'), 'utf8');
  const block = [...readme.matchAll(/```ts\n([\s\S]*?)```/g)].map((m) => m[1] ?? '').find((b) => b.includes("from 'errspec'") && b.includes('process.exit'));
  if (block === undefined) throw new Error('README: no ts example importing errspec');
  return block;
}

describe('npx errspec init in an empty project', () => {
  it('starts it: init --codes string --locales en,de, then generate, and a strict consumer type-checks', () => {
    const init = npx(['init', '--codes', 'string', '--locales', 'en,de']);
    expect(init.code, `${init.stdout}\n${init.stderr}`).toBe(0);
    for (const file of ['errspec.config.yaml', 'spec/errors.yaml', '.github/workflows/spec.yml', '.github/workflows/spec-comment.yml']) {
      expect(existsSync(join(app, file)), file).toBe(true);
    }
    expect(readFileSync(join(app, 'spec', 'errors.yaml'), 'utf8').split('\n')[0]).toBe('# yaml-language-server: $schema=../node_modules/errspec/spec/schema.json');
    expect(JSON.parse(readFileSync(join(app, 'package.json'), 'utf8'))).toMatchObject({ scripts: { generate: 'errspec generate', validate: 'errspec validate' } });

    const generated = npx(['generate']);
    expect(generated.code, `${generated.stdout}\n${generated.stderr}`).toBe(0);
    expect(generated.stdout).toContain('de: 5 texts filled by fallback');
    expect(JSON.parse(readFileSync(join(app, 'generated', 'package.json'), 'utf8'))).toMatchObject({ name: 'shop-errors', version: '0.1.0' });

    // A strict consumer of the generated package (linked as npm links a folder
    // dependency) and of errspec's library, its .d.ts checked too (skipLibCheck off).
    symlinkSync(join(app, 'generated'), join(app, 'node_modules', 'shop-errors'), 'dir');
    const check = join(app, 'check');
    mkdirSync(join(check, 'src'), { recursive: true });
    writeFileSync(join(check, 'package.json'), '{ "type": "module", "private": true }\n');
    writeFileSync(
      join(check, 'tsconfig.json'),
      JSON.stringify({
        compilerOptions: {
          target: 'ES2022', module: 'NodeNext', moduleResolution: 'NodeNext', lib: ['ES2023'], strict: true, exactOptionalPropertyTypes: true,
          noUncheckedIndexedAccess: true, verbatimModuleSyntax: true, skipLibCheck: false, noEmit: true, types: [],
        },
        include: ['src/**/*.ts'],
      }),
    );
    writeFileSync(
      join(check, 'src', 'use-errors.ts'),
      [
        "import { describeError, isErrorCode } from 'shop-errors';",
        "import { ErrorCode } from 'shop-errors/error-code';",
        "const d = describeError(ErrorCode.INVALID_CREDENTIALS, { scene: 'sign-in', locale: 'de' });",
        'export const summary: string = d.summary;',
        "export const known: boolean = isErrorCode('invalid_credentials');",
        '',
      ].join('\n'),
    );
    writeFileSync(join(check, 'src', 'build-errors.ts'), readmeApiExample());
    // The globals the example uses; declared, not @types/node, which keeps the check fast.
    writeFileSync(
      join(check, 'src', 'globals.d.ts'),
      'declare const console: { log(...data: unknown[]): void; error(...data: unknown[]): void };\ndeclare const process: { exit(code?: number): never };\n',
    );
    ok(process.execPath, [TSC, '-p', 'tsconfig.json'], check);
  });

  it('refuses a second init (exit 2), naming what exists', () => {
    const again = bin(['init', '--codes', 'string']);
    expect(again.code).toBe(2);
    expect(again.stderr).toContain('errspec: init would overwrite what exists, so it wrote nothing:\n  errspec.config.yaml\n  spec/errors.yaml\n');
    expect(again.stderr).toContain('package.json scripts.generate');
  });
});

describe('npx errspec generate in a fresh repository', () => {
  beforeAll(() => {
    // That repository's own config and spec (over what init wrote).
    mkdirSync(join(app, 'errors'), { recursive: true });
    writeFileSync(join(app, 'errspec.config.yaml'), CONFIG);
    writeFileSync(join(app, 'errors', 'shop.yaml'), SPEC);
  });

  it('writes that repository’s own artifact package, as its config says', () => {
    const r = npx(['generate']);
    expect(r.code, `${r.stdout}\n${r.stderr}`).toBe(0);
    const out = join(app, 'packages', 'shop-errors');
    const pkg = JSON.parse(readFileSync(join(out, 'package.json'), 'utf8')) as Record<string, unknown>;
    expect(pkg).toMatchObject({ name: '@shop/errors', version: '2.3.0', description: 'Shop API error codes', type: 'module' });
    expect(pkg).not.toHaveProperty('dependencies');
    expect(Object.keys(pkg['exports'] as object)).toEqual([
      '.',
      './catalog.json',
      './catalog.schema.json',
      './core',
      './error-code-const',
      './i18n/fr.json',
      './i18next',
      './messages/en',
      './messages/fr',
      './openapi/shop-errors.yaml',
      './package.json',
      './server',
    ]);
    for (const file of ['README.md', 'ts/catalog.js', 'ts/error-code-const.d.ts', 'openapi/shop-errors.yaml', 'i18n/fr.json', 'catalog.json']) {
      expect(existsSync(join(out, file)), file).toBe(true);
    }
    for (const absent of ['ts/error-code.ts', 'openapi/shop-errors.json', 'i18n/en.json', 'docs']) {
      expect(existsSync(join(out, absent)), absent).toBe(false);
    }
    expect(readFileSync(join(out, 'ts', 'catalog.ts'), 'utf8')).toMatch(/^\/\/ Code generated by errspec from errors\/shop\.yaml\. DO NOT EDIT\. Run: npx errspec generate\n/);

    // The generated module runs, and --check agrees that the output is fresh.
    const probe = `import { describeError } from ${JSON.stringify(join(out, 'ts', 'catalog.js'))}; console.log(describeError('basket_empty', { locale: 'fr' }).summary);`;
    expect(ok(process.execPath, ['--input-type=module', '-e', probe], app).stdout.trim()).toBe('Le panier est vide.');
    expect(bin(['generate', '--check']).code).toBe(0);
  });

  it('reports a wrong config at its line and column, like a wrong spec, and exits 1', () => {
    writeFileSync(join(app, 'bad.config.yaml'), CONFIG.replace('fileName: shop-errors', 'fileName: shop-errors\n    colour: blue').replace('version: 2.3.0', 'version: two'));
    const r = npx(['generate', '--config', 'bad.config.yaml']);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/^bad\.config\.yaml:10:5 {2}error {2}Unknown field 'colour' in outputs\.openapi {2}\(config-invalid\)$/m);
    expect(r.stderr).toMatch(/^bad\.config\.yaml:17:12 {2}error {2}.*version.* {2}\(config-invalid\)$/m);
    expect(r.stderr).not.toMatch(/internal error|at .*\.js:\d+/);
  });

  it('reports a config locale the spec lacks at its line and column', () => {
    writeFileSync(join(app, 'errspec.config.yaml'), CONFIG.replace('locales: [fr]', 'locales: [de]'));
    try {
      const r = bin(['generate']);
      expect(r.code).toBe(1);
      expect(r.stderr).toMatch(/^errspec\.config\.yaml:13:15 {2}error {2}outputs\.i18n\.locales names 'de', which is not a locale of errors\/shop\.yaml \(en, fr\) {2}\(config-invalid\)$/m);
    } finally {
      writeFileSync(join(app, 'errspec.config.yaml'), CONFIG);
    }
  });
});
