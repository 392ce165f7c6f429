// `errspec init` in scratch folders, in-process (the packed toolkit runs it once more
// in test/package/toolkit.test.ts): what it writes, that the spec validates and
// generates at once, and that it refuses, writing nothing, when anything exists.
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse } from 'yaml';
import { afterAll, describe, expect, it } from 'vitest';
import { generate, validate } from '../../generators/api/index.js';
import { parseCommandLine } from '../../generators/cli/args.js';
import { COMMANDS } from '../../generators/cli/commands.js';
import { initCommand } from '../../generators/cli/init.js';
import { repoRoot } from '../support/cli.js';

const work = mkdtempSync(join(tmpdir(), 'errspec-init-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

let n = 0;
/** A new project folder, holding `package.json` when given. */
function project(pkg?: string): string {
  const dir = join(work, `p${n++}`);
  mkdirSync(dir);
  if (pkg !== undefined) writeFileSync(join(dir, 'package.json'), pkg);
  return dir;
}

function init(dir: string, args: readonly string[] = []) {
  const out: string[] = [];
  const { values } = parseCommandLine(['init', ...args], COMMANDS);
  const code = initCommand(values, { out: (l) => out.push(l), err: (l) => out.push(l) }, dir);
  return { code, stdout: out.join('\n') };
}

const read = (dir: string, path: string) => readFileSync(join(dir, path), 'utf8');
const WRITTEN = ['errspec.config.yaml', 'spec/errors.yaml', '.github/workflows/spec.yml', '.github/workflows/spec-comment.yml'];

describe('errspec init', () => {
  it('writes the config, a starter spec, the workflows and the npm scripts, keeping package.json as it was', () => {
    const dir = project('{\n\t"name": "@acme/shop",\n\t"version": "1.2.3",\n\t"dependencies": { "errspec": "^0.1.0" }\n}\n');
    const r = init(dir, ['--codes', 'string', '--locales', 'en,de']);
    expect(r.code).toBe(0);
    for (const path of WRITTEN) expect(r.stdout).toContain(`wrote ${path}`);
    // The workflows are errspec's own, as they are.
    for (const name of ['spec.yml', 'spec-comment.yml']) expect(read(dir, `.github/workflows/${name}`)).toBe(read(repoRoot, `.github/workflows/${name}`));
    expect(read(dir, 'package.json')).toBe(
      '{\n\t"name": "@acme/shop",\n\t"version": "1.2.3",\n\t"dependencies": {\n\t\t"errspec": "^0.1.0"\n\t},\n\t"scripts": {\n\t\t"generate": "errspec generate",\n\t\t"validate": "errspec validate"\n\t}\n}\n',
    );
    const config = parse(read(dir, 'errspec.config.yaml')) as Record<string, unknown>;
    expect(config).toEqual({ spec: 'spec/errors.yaml', out: 'generated', command: 'npm run generate', package: { name: '@acme/shop-errors', version: '0.1.0' } });
    const spec = parse(read(dir, 'spec/errors.yaml')) as { id: string; codes: unknown; locales: unknown; errors: { code: unknown; causes: unknown[] }[] };
    expect(spec.id).toBe('shop');
    expect(spec.codes).toEqual({ type: 'string', naming: 'SCREAMING_SNAKE_CASE' });
    expect(spec.locales).toEqual({ source: 'en', targets: ['de'], fallback: { de: 'en' } });
    expect(spec.errors.map((e) => [e.code, e.causes.length])).toEqual([['invalid_credentials', 1]]);
  });

  it('starts the spec with the schema line and the comment that explains the format', () => {
    const dir = project('{ "name": "shop" }');
    init(dir);
    const text = read(dir, 'spec/errors.yaml');
    expect(text.split('\n')[0]).toMatch(/^# yaml-language-server: \$schema=.*spec\/schema\.json$/);
    for (const part of ['Format (checked by', 'errors           one entry per code', 'Adding a code:', 'Renaming:', 'Retiring:']) expect(text).toContain(part);
    expect((parse(text) as { errors: { code: unknown }[] }).errors[0]?.code).toBe(1001);
  });

  it('gives a spec that validates with no diagnostic, lists the untranslated texts, and generates at once', async () => {
    const dir = project('{ "name": "shop" }');
    init(dir, ['--locales', 'en,de,fr']);
    const checked = validate({ cwd: dir });
    expect(checked.diagnostics).toEqual([]);
    expect(checked.valid).toBe(true);
    // title, scene title, advice, summary, explanation: each in de and fr, from en.
    expect(checked.untranslated.map((f) => `${f.locale} ${f.key} ${f.from}`)).toEqual([
      ...['de', 'fr'].flatMap((l) => [
        `${l} classifications.fix-request.advice en`,
        `${l} errors.INVALID_CREDENTIALS.causes.wrong-password en`,
        `${l} errors.INVALID_CREDENTIALS.summary en`,
        `${l} scenes.sign-in.title en`,
        `${l} title en`,
      ]),
    ]);
    const result = await generate({ cwd: dir });
    expect(result.ok).toBe(true);
    expect(existsSync(join(dir, 'generated', 'i18n', 'fr.json'))).toBe(true);
    expect(JSON.parse(read(dir, 'generated/package.json'))).toMatchObject({ name: 'shop-errors', version: '0.1.0' });
  });

  it('creates package.json when there is none', () => {
    const dir = project();
    expect(init(dir).code).toBe(0);
    expect(JSON.parse(read(dir, 'package.json'))).toMatchObject({ private: true, scripts: { generate: 'errspec generate', validate: 'errspec validate' } });
  });

  it('refuses, writing nothing, when a file or a script it would write exists, and names each', () => {
    const dir = project('{ "name": "shop", "scripts": { "validate": "eslint ." } }');
    mkdirSync(join(dir, '.github', 'workflows'), { recursive: true });
    writeFileSync(join(dir, '.github', 'workflows', 'spec.yml'), 'name: ours\n');
    const before = read(dir, 'package.json');
    let message = '';
    try {
      init(dir);
    } catch (error) {
      message = (error as Error).message;
      expect((error as { exitCode: number }).exitCode).toBe(2);
    }
    expect(message).toBe(
      'init would overwrite what exists, so it wrote nothing:\n  .github/workflows/spec.yml\n  package.json scripts.validate\nMove or rename them, or start from them by hand.',
    );
    expect(read(dir, 'package.json')).toBe(before);
    for (const path of ['errspec.config.yaml', 'spec', '.github/workflows/spec-comment.yml']) expect(existsSync(join(dir, path)), path).toBe(false);
  });

  it('refuses a second run', () => {
    const dir = project('{ "name": "shop" }');
    expect(init(dir).code).toBe(0);
    expect(() => init(dir)).toThrow(/errspec\.config\.yaml\n {2}spec\/errors\.yaml\n/);
  });

  it('refuses a locale that is not BCP 47 and codes that are neither integer nor string', () => {
    const dir = project('{ "name": "shop" }');
    expect(() => init(dir, ['--locales', 'en,en_US'])).toThrow('--locales: "en_US" is not a BCP 47 tag such as en, de or zh-CN');
    expect(() => init(dir, ['--codes', 'uuid'])).toThrow('--codes must be integer or string, not "uuid"');
    expect(existsSync(join(dir, 'spec'))).toBe(false);
  });
});
