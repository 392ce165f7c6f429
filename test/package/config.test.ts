// errspec.config.yaml: found, loaded like a spec (same diagnostics), resolved with
// flags over config over defaults, paths relative to the config's folder.
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { formatDiagnostic } from '../../generators/diagnostics/format.js';
import { ToolError } from '../../generators/diagnostics/tool-error.js';
import { parseCommandLine } from '../../generators/cli/args.js';
import { COMMANDS } from '../../generators/cli/commands.js';
import { ConfigInvalid, DEFAULTS, resolveSettings } from '../../generators/cli/settings.js';
import { main } from '../../generators/cli/main.js';
import { loadConfigFile } from '../../generators/load/config.js';
import { repoRoot } from '../support/cli.js';

const root = mkdtempSync(join(tmpdir(), 'errspec-config-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));

let n = 0;
/** A fresh folder holding the given files. */
function folder(files: Record<string, string>): string {
  const dir = join(root, `case-${++n}`);
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(join(dir, path, '..'), { recursive: true });
    writeFileSync(join(dir, path), text);
  }
  mkdirSync(dir, { recursive: true });
  return dir;
}

const settingsOf = (args: readonly string[], cwd: string) => resolveSettings(parseCommandLine(['generate', ...args], COMMANDS).values, cwd);

function diagnosticsOf(text: string): string[] {
  const dir = folder({ 'errspec.config.yaml': text });
  try {
    settingsOf([], dir);
  } catch (error) {
    if (error instanceof ConfigInvalid) return error.diagnostics.map((d) => formatDiagnostic(d, { frame: false }));
    throw error;
  }
  return [];
}

async function cli(args: readonly string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const code = await main(args, { out: (l) => out.push(l), err: (l) => err.push(l) });
  return { code, stdout: out.join('\n'), stderr: err.join('\n') };
}

describe('finding and resolving the config', () => {
  it('without a config: defaults, relative to the working directory', () => {
    const dir = folder({});
    const s = settingsOf([], dir);
    expect(s).toEqual({
      spec: join(dir, DEFAULTS.spec),
      out: join(dir, DEFAULTS.out),
      command: DEFAULTS.command,
      outputs: { package: { outputs: {} } },
    });
  });

  it('errspec.config.yaml in the working directory: its paths, relative to its folder', () => {
    const dir = folder({
      'errspec.config.yaml': 'spec: api/errors.yaml\nout: build/errors\ncommand: make errors\ntemplates: tpl\n',
    });
    const s = settingsOf([], dir);
    expect(s.spec).toBe(join(dir, 'api/errors.yaml'));
    expect(s.out).toBe(join(dir, 'build/errors'));
    expect(s.templates).toBe(join(dir, 'tpl'));
    expect(s.command).toBe('make errors');
    expect(s.config?.path).toBe(join(dir, 'errspec.config.yaml'));
  });

  it('--config elsewhere: paths relative to that file, defaults too; flags relative to the working directory win', () => {
    const dir = folder({ 'conf/errspec.yaml': 'spec: ../api/errors.yaml\n' });
    const cwd = folder({});
    const s = settingsOf(['--config', join(dir, 'conf/errspec.yaml')], cwd);
    expect(s.spec).toBe(join(dir, 'api/errors.yaml'));
    expect(s.out).toBe(join(dir, 'conf', DEFAULTS.out));
    const flagged = settingsOf(['--config', join(dir, 'conf/errspec.yaml'), '--spec', 'x.yaml', '--out', 'o', '--templates', 't'], cwd);
    expect([flagged.spec, flagged.out, flagged.templates]).toEqual([join(cwd, 'x.yaml'), join(cwd, 'o'), join(cwd, 't')]);
  });

  it('outputs: true means defaults, false turns off, options pass through; the package sees them all', () => {
    const dir = folder({
      'errspec.config.yaml': [
        'outputs:',
        '  typescript: { forms: [const], js: false }',
        '  openapi: { version: 3.1.0, fileName: api-errors, formats: [json] }',
        '  markdown: false',
        '  i18n: { locales: [en] }',
        '  catalog: true',
        'package: { name: "@acme/errors", version: 1.2.3, description: Acme errors, license: MIT }',
        '',
      ].join('\n'),
    });
    const outputs = {
      typescript: { forms: ['const'], js: false },
      openapi: { version: '3.1.0', fileName: 'api-errors', formats: ['json'] },
      markdown: false,
      i18n: { locales: ['en'] },
    };
    expect(settingsOf([], dir).outputs).toEqual({
      ...outputs,
      package: { name: '@acme/errors', version: '1.2.3', description: 'Acme errors', license: 'MIT', outputs },
    });
    expect(settingsOf(['--config', join(folder({ 'c.yaml': 'package: false\n' }), 'c.yaml')], dir).outputs).toEqual({ package: false });
  });

  it('a config holding only comments means all defaults', () => {
    const dir = folder({ 'errspec.config.yaml': '# yaml-language-server: $schema=./node_modules/errspec/spec/config.schema.json\n' });
    expect(settingsOf([], dir).spec).toBe(join(dir, DEFAULTS.spec));
  });

  it('a --config that does not exist is an I/O error (exit 2), not a silent default', () => {
    const dir = folder({});
    expect(() => settingsOf(['--config', 'nope.yaml'], dir)).toThrow(ToolError);
    try {
      settingsOf(['--config', 'nope.yaml'], dir);
    } catch (error) {
      expect((error as ToolError).exitCode).toBe(2);
      expect((error as ToolError).message).toMatch(/nope\.yaml: cannot read the file \(ENOENT\)/);
    }
  });
});

describe('a wrong config gets file:line:column diagnostics, like a wrong spec', () => {
  it('unknown keys, wrong types, bad values: each at its key or value', () => {
    expect(
      diagnosticsOf(
        [
          'spec: 42', //                                   1
          'outputs:', //                                   2
          '  typescript:', //                              3
          '    forms: [enum, class]', //                   4
          '  openapi: yes please', //                      5
          '  pdf: true', //                                6
          'package:', //                                   7
          '  name: Not A Name', //                         8
          '  version: "1"', //                             9
          '',
        ].join('\n'),
      ),
    ).toEqual([
      'errspec.config.yaml:1:7  error  spec must be string, not the integer 42  (config-invalid)',
      'errspec.config.yaml:4:19  error  outputs.typescript.forms.1 must be one of enum, const, not "class"  (config-invalid)',
      'errspec.config.yaml:5:12  error  outputs.openapi must be boolean or object, not string "yes please"  (config-invalid)',
      "errspec.config.yaml:6:3  error  Unknown field 'pdf' in outputs  (config-invalid)",
      expect.stringMatching(/^errspec\.config\.yaml:8:9 {2}error {2}"Not A Name" is not valid for package\.name: npm package name/),
      expect.stringMatching(/^errspec\.config\.yaml:9:12 {2}error {2}"1" is not valid for package\.version: Semantic version/),
    ]);
  });

  it('a package without a version points at the package', () => {
    expect(diagnosticsOf('package:\n  name: acme-errors\n')).toEqual([
      "errspec.config.yaml:2:3  error  Missing required field 'version' in package  (config-invalid)",
    ]);
  });

  it('YAML problems get the YAML rules', () => {
    expect(diagnosticsOf('spec: a\nspec: b\n')).toEqual([expect.stringMatching(/^errspec\.config\.yaml:2:1 {2}error {2}.*\(yaml-duplicate-key\)$/)]);
    expect(diagnosticsOf('- a\n- b\n')).toEqual(['errspec.config.yaml  error  The config must be a mapping at the top level  (config-invalid)']);
  });

  it('through the CLI: printed with a code frame and a summary, exit 1', async () => {
    const dir = folder({ 'bad.yaml': 'out: generated\ncolour: blue\n' });
    const r = await cli(['generate', '--config', join(dir, 'bad.yaml')]);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain("bad.yaml:2:1  error  Unknown field 'colour' in the file  (config-invalid)\n  2 | colour: blue\n    | ^^^^^^\n  hint: the fields of the file are: ");
    expect(r.stderr).toMatch(/1 error, 0 warnings$/);
    expect(r.stderr).not.toContain('errspec: ');
    const v = await cli(['validate', '--config', join(dir, 'bad.yaml')]);
    expect(v.code).toBe(1);
  });

  it('locales the spec lacks are found once the spec is loaded, at the config line', async () => {
    const dir = folder({ 'c.yaml': `spec: ${JSON.stringify(join(repoRoot, 'spec/errors.yaml'))}\noutputs:\n  markdown:\n    locales: [en, fr]\n` });
    const r = await cli(['generate', '--config', join(dir, 'c.yaml'), '--out', join(dir, 'out')]);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/c\.yaml:4:19 {2}error {2}outputs\.markdown\.locales names 'fr', which is not a locale of .*errors\.yaml \(en, zh-CN\) {2}\(config-invalid\)/);
  });
});

describe('the config schema', () => {
  const schema = JSON.parse(readFileSync(join(repoRoot, 'spec/config.schema.json'), 'utf8')) as Record<string, unknown>;

  it('describes every property, for editors', () => {
    const missing: string[] = [];
    const walk = (node: unknown, path: string): void => {
      if (node === null || typeof node !== 'object') return;
      const props = (node as { properties?: Record<string, unknown> }).properties;
      for (const [key, value] of Object.entries(props ?? {})) {
        if (typeof (value as { description?: unknown }).description !== 'string') missing.push(`${path}.${key}`);
      }
      for (const [key, value] of Object.entries(node)) walk(value, `${path}.${key}`);
    };
    walk(schema, '$');
    expect(missing).toEqual([]);
  });

  it('accepts the repository’s own errspec.config.yaml, whose first line points editors at it', () => {
    const text = readFileSync(join(repoRoot, 'errspec.config.yaml'), 'utf8');
    expect(text.split('\n')[0]).toBe('# yaml-language-server: $schema=./spec/config.schema.json');
    const loaded = loadConfigFile(join(repoRoot, 'errspec.config.yaml'), 'errspec.config.yaml');
    expect(loaded.diagnostics).toEqual([]);
    expect(loaded.config?.data.package).toMatchObject({ name: '@voucher-verification/errors' });
  });
});
