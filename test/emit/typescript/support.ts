// Shared by the TypeScript generator tests: writing outputs to a temp dir, running
// the real tsc on them, and a string-code variant of the sample model.
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll } from 'vitest';
import { keys } from '../../../generators/model/keys.js';
import type { ErrorModel, GeneratedFile, Localized } from '../../../generators/model/types.js';
import { sampleModel } from '../../support/sample-model.js';
import { TSC } from '../../support/tsc.js';

const root = fileURLToPath(new URL('../../../', import.meta.url));
const tscBin = TSC;

export const options = { command: 'npm run generate' } as const;

/** The strictest settings a consumer might use; the brief's list. */
export const strictFlags = [
  '--noEmit', '--strict', '--exactOptionalPropertyTypes', '--noUncheckedIndexedAccess',
  '--isolatedModules', '--verbatimModuleSyntax', '--module', 'nodenext', '--moduleResolution', 'nodenext',
  '--target', 'es2022',
];

const created: string[] = [];
// Each test file imports this module afresh, so each cleans up its own dirs.
afterAll(() => {
  for (const dir of created.splice(0)) rmSync(dir, { recursive: true, force: true });
});

/** A fresh ESM package dir holding `files` (and any extra sources); removed after the test file. */
export function writePackage(files: readonly GeneratedFile[], extra: Readonly<Record<string, string>> = {}): string {
  const dir = mkdtempSync(join(tmpdir(), 'errspec-ts-'));
  created.push(dir);
  const all: [string, string][] = [
    ['package.json', '{ "type": "module" }\n'],
    ...files.map((f): [string, string] => [f.path, f.contents]),
    ...Object.entries(extra),
  ];
  for (const [path, contents] of all) {
    mkdirSync(dirname(join(dir, path)), { recursive: true });
    writeFileSync(join(dir, path), contents);
  }
  return dir;
}

/** Runs tsc in `dir`; returns its output, empty when it passes. */
export function tsc(dir: string, args: readonly string[]): string {
  try {
    execFileSync(process.execPath, [tscBin, ...args], { cwd: dir, encoding: 'utf8', stdio: 'pipe' });
    return '';
  } catch (error) {
    const e = error as { stdout?: string; stderr?: string; message: string };
    return `${e.stdout ?? ''}${e.stderr ?? ''}` || e.message;
  }
}

export const stringCodes = ['card_declined', '00000', 'legacy-timeout'] as const;

/** The sample model with string codes. */
export const stringModel: ErrorModel = {
  ...sampleModel,
  codeType: 'string',
  codes: sampleModel.codes.map((code, i) => ({ ...code, code: stringCodes[i] ?? `code-${i}` })),
};

export function fileOf(files: readonly GeneratedFile[], path: string): string {
  const file = files.find((f) => f.path === path);
  if (file === undefined) throw new Error(`no generated ${path}`);
  return file.contents;
}

/** Every i18n key of a model with its texts and params, computed straight from keys.ts. */
export function expectedMessages(model: ErrorModel): Map<string, { texts: Localized; params: readonly string[] }> {
  const out = new Map<string, { texts: Localized; params: readonly string[] }>();
  const add = (key: string, texts: Localized, params: readonly string[] = []): void => {
    out.set(key, { texts, params });
  };
  add(keys.title(), model.title);
  for (const s of model.scenes) add(keys.scene(s.id), s.title);
  for (const c of model.classifications) {
    add(keys.advice(c.id), c.advice);
    if (c.note) add(keys.classificationNote(c.id), c.note);
  }
  // A former name keys the same texts as the current one.
  for (const code of model.codes) {
    for (const name of [code.name, ...code.aliases]) {
      add(keys.summary(name), code.summary, code.params.map((p) => p.name));
      if (code.note) add(keys.codeNote(name), code.note);
      if (code.retired) add(keys.retiredReason(name), code.retired.reason);
      for (const cause of code.causes) {
        add(keys.cause(name, cause.id), cause.explanation, cause.params.map((p) => p.name));
        if (cause.note) add(keys.causeNote(name, cause.id), cause.note);
      }
    }
  }
  for (const cause of model.uncoded) {
    add(keys.uncoded(cause.id), cause.explanation, cause.params.map((p) => p.name));
    if (cause.note) add(keys.uncodedNote(cause.id), cause.note);
  }
  return out;
}
