// What a client bundle of the artifact package holds (not how fast it is: that is
// `npm run bench`). From the real spec: `isErrorCode` alone carries none of the
// catalog's human texts, and the lean describer for `en` carries every English text
// and no Chinese one.
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BUNDLE_CASES, bundle, writeArtifactPackage } from '../../bench/bundle.js';
import { i18nEntries } from '../../generators/emit/i18n/index.js';
import type { ErrorModel } from '../../generators/model/types.js';
import { loadSpecSource } from '../../generators/pipeline/load-spec.js';
import { repoRoot } from '../support/cli.js';

let work: string;
let pkg: string;
let model: ErrorModel;

beforeAll(async () => {
  const path = 'spec/errors.yaml';
  const loaded = loadSpecSource({ path, text: readFileSync(join(repoRoot, path), 'utf8') }).model;
  if (loaded === undefined) throw new Error('spec/errors.yaml does not load');
  model = loaded;
  work = mkdtempSync(join(tmpdir(), 'errspec-bundles-'));
  pkg = await writeArtifactPackage(model, join(work, 'node_modules'));
});

afterAll(() => {
  if (work) rmSync(work, { recursive: true, force: true });
});

/** Texts long enough not to match an id or a keyword by chance, in a locale. */
function texts(locale: string): string[] {
  return [...new Set(i18nEntries(model).map((e) => e.text[locale] as string))].filter((t) => t.length >= 12);
}

/** Whether the bundle holds the text, as written or JSON-escaped inside a row. */
const holds = (code: string, text: string): boolean => code.includes(text) || code.includes(JSON.stringify(text).slice(1, -1));

describe('client bundles of the artifact package', () => {
  const first = (): string => model.codes[0]!.name;

  it('isErrorCode alone holds no human text and no other entry point', async () => {
    const { code } = await bundle(work, BUNDLE_CASES.isErrorCode.source(pkg));
    const all = [...texts('en'), ...texts('zh-CN')];
    expect(all.length).toBeGreaterThan(100);
    expect(all.filter((t) => holds(code, t))).toEqual([]);
    // Not even the names: the code values are all it needs.
    expect(code).not.toContain(first());
    expect(code).toContain(String(model.codes[0]!.code));
  });

  it('the lean describer for en holds every English text and no Chinese one', async () => {
    const { code } = await bundle(work, BUNDLE_CASES.describer.source(pkg, first(), 'en'));
    const english = texts('en');
    expect(english.filter((t) => !holds(code, t))).toEqual([]);
    const chinese = texts('zh-CN').filter((t) => !english.includes(t));
    expect(chinese.length).toBeGreaterThan(50);
    expect(chinese.filter((t) => holds(code, t))).toEqual([]);
  });

  it('ErrorCode alone from the package root holds the names but no text', async () => {
    const { code } = await bundle(work, BUNDLE_CASES.errorCode.source(pkg, first()));
    expect(code).toContain(first());
    expect([...texts('en'), ...texts('zh-CN')].filter((t) => holds(code, t))).toEqual([]);
  });
});
