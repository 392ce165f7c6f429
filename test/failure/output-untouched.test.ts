// A failed `generate` leaves the output folder byte for byte as it was (issue 6, item
// 4): for a failure in each generator, for an invalid spec and for a missing template.
// Each generator module is wrapped so a test can make exactly that one throw.
import { createHash } from 'node:crypto';
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { OUTPUTS } from '../../generators/emit/registry.js';
import { runCli } from '../support/cli.js';
import { edit, validText } from '../validate/support.js';

const state = vi.hoisted(() => {
  const s = { failing: '', calls: new Map<string, number>() };
  const wrap = <A extends unknown[], R>(name: string, fn: (...args: A) => R) => (...args: A): R => {
    s.calls.set(name, (s.calls.get(name) ?? 0) + 1);
    if (s.failing === name) throw new Error(`boom in ${name}`);
    return fn(...args);
  };
  return { s, wrap };
});

vi.mock('../../generators/emit/typescript/index.js', async (real) => {
  const m = await real<typeof import('../../generators/emit/typescript/index.js')>();
  return { ...m, generateTypeScript: state.wrap('typescript', m.generateTypeScript) };
});
vi.mock('../../generators/emit/openapi/index.js', async (real) => {
  const m = await real<typeof import('../../generators/emit/openapi/index.js')>();
  return { ...m, generateOpenApi: state.wrap('openapi', m.generateOpenApi) };
});
vi.mock('../../generators/emit/markdown/index.js', async (real) => {
  const m = await real<typeof import('../../generators/emit/markdown/index.js')>();
  return { ...m, generateMarkdown: state.wrap('markdown', m.generateMarkdown) };
});
vi.mock('../../generators/emit/i18n/index.js', async (real) => {
  const m = await real<typeof import('../../generators/emit/i18n/index.js')>();
  return { ...m, generateI18n: state.wrap('i18n', m.generateI18n) };
});
vi.mock('../../generators/emit/catalog/index.js', async (real) => {
  const m = await real<typeof import('../../generators/emit/catalog/index.js')>();
  return { ...m, generateCatalog: state.wrap('catalog', m.generateCatalog) };
});
vi.mock('../../generators/emit/package/index.js', async (real) => {
  const m = await real<typeof import('../../generators/emit/package/index.js')>();
  return { ...m, generatePackage: state.wrap('package', m.generatePackage) };
});

const WRAPPED = ['typescript', 'openapi', 'markdown', 'i18n', 'catalog', 'package'];

/** Every file under `dir` (dotfiles and the manifest included) with the hash of its bytes. */
function snapshot(dir: string): Record<string, string> {
  const out: Record<string, string> = {};
  const walk = (d: string) => {
    for (const name of readdirSync(d)) {
      const path = join(d, name);
      if (statSync(path).isDirectory()) walk(path);
      else out[relative(dir, path)] = createHash('sha256').update(readFileSync(path)).digest('hex');
    }
  };
  walk(dir);
  return out;
}

const root = mkdtempSync(join(tmpdir(), 'errspec-failure-'));
const out = join(root, 'generated');
const specPath = join(root, 'spec.yaml');
// A changed spec: had any run written, files would differ from the seeded ones.
const changedPath = join(root, 'changed.yaml');
afterAll(() => rmSync(root, { recursive: true, force: true }));

let seeded: Record<string, string> = {};

beforeAll(async () => {
  writeFileSync(specPath, validText);
  writeFileSync(changedPath, edit(validText, 'en: The store is closed.', 'en: The store is closed for now.'));
  state.s.failing = '';
  const r = await runCli(['generate', '--spec', specPath, '--out', out]);
  expect(r.stderr).toBe('');
  expect(r.code).toBe(0);
  seeded = snapshot(out);
});

beforeEach(() => {
  state.s.failing = '';
});

describe('the seeded output folder', () => {
  it('was written by every generator', () => {
    for (const name of OUTPUTS) expect(state.s.calls.get(name) ?? 0, name).toBeGreaterThan(0);
    expect(Object.keys(seeded).length).toBeGreaterThan(5);
  });

  it('covers every output of the registry with a wrapped generator', () => {
    expect([...OUTPUTS].sort()).toEqual([...WRAPPED].sort());
  });
});

describe.each(WRAPPED)('a failure in the %s generator', (name) => {
  it('exits 2 with a one-line message and no stack trace, and writes nothing', async () => {
    state.s.failing = name;
    const r = await runCli(['generate', '--spec', changedPath, '--out', out]);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toBe(`errspec: internal error: boom in ${name} (run with --debug for the stack trace)`);
    expect(snapshot(out)).toEqual(seeded);
  });

  it('prints the stack trace with --debug, and still writes nothing', async () => {
    state.s.failing = name;
    const r = await runCli(['generate', '--spec', changedPath, '--out', out, '--debug']);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(new RegExp(`^errspec: internal error: boom in ${name}\\nError: boom in ${name}\\n\\s+at `));
    expect(snapshot(out)).toEqual(seeded);
  });
});

describe('other failures leave the folder as it was', () => {
  it('an invalid spec: exit 1, its diagnostics, nothing written', async () => {
    const bad = join(root, 'bad.yaml');
    writeFileSync(bad, edit(validText, '  - code: 1002', '  - code: 1001'));
    const r = await runCli(['generate', '--spec', bad, '--out', out]);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('(duplicate-code)');
    expect(r.stderr).not.toMatch(/\n\s+at /);
    expect(snapshot(out)).toEqual(seeded);
  });

  it('a templates folder that does not exist: exit 2, nothing written', async () => {
    const r = await runCli(['generate', '--spec', changedPath, '--out', out, '--templates', join(root, 'no-templates')]);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/^errspec: cannot read template .*page\.md\.hbs \(ENOENT\)$/);
    expect(snapshot(out)).toEqual(seeded);
  });

  it('and a run that succeeds does change it (the checks above can fail)', async () => {
    const r = await runCli(['generate', '--spec', changedPath, '--out', out]);
    expect(r.code).toBe(0);
    expect(snapshot(out)).not.toEqual(seeded);
    // Back to the seeded state for any test that runs after.
    expect((await runCli(['generate', '--spec', specPath, '--out', out])).code).toBe(0);
    expect(snapshot(out)).toEqual(seeded);
  });
});
