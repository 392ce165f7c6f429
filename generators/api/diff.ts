// Comparing two versions of a spec: each side read from a file or with
// `git show REF:<spec>`, loaded like `generate` loads it, then classified change by change.
import { resolve } from 'node:path';
import type { Diagnostic } from '../diagnostics/diagnostic.js';
import { displayPath } from '../cli/paths.js';
import type { Settings } from '../cli/settings.js';
import { gitShowSpec } from '../diff/git-show.js';
import { diffModels, type DiffReport } from '../diff/report.js';
import { decodeSource, DEFAULT_MAX_BYTES, readSource } from '../load/read-source.js';
import type { SourceFile } from '../load/source-file.js';
import { isFile } from '../util/is-file.js';
import type { ErrorModel } from '../model/types.js';
import { loadSpecSource } from '../pipeline/load-spec.js';
import { packageVersionCheck } from './package-version.js';
import { settingsFor, type ProjectOptions } from './options.js';

export interface DiffOptions extends ProjectOptions {
  /** The old version: a spec file, or a git ref whose spec is read with `git show`. */
  readonly base: string;
  /** The new version (default: the spec in the working tree). */
  readonly head?: string;
}

export interface DiffSide {
  /** How the side is named in the output: a file, `REF:path`, or the working tree file. */
  readonly label: string;
  /** The spec's path as annotations name it (from the repository root in CI). */
  readonly path: string;
  /** The spec's text; absent for a base commit without the spec. */
  readonly text?: string;
  /** Its diagnostics; when one is an error the sides are not compared. */
  readonly diagnostics: readonly Diagnostic[];
}

export interface DiffResult {
  readonly base: DiffSide;
  readonly head: DiffSide;
  /** The changes, classified; absent when a side (or the config) is invalid. */
  readonly report?: DiffReport;
  /** The config's diagnostics, when it is invalid. */
  readonly diagnostics: readonly Diagnostic[];
}

export function diff(options: DiffOptions): DiffResult {
  const { settings, diagnostics } = settingsFor(options);
  if (!settings) {
    const none = { label: '', path: '', diagnostics: [] };
    return { base: none, head: none, diagnostics };
  }
  return diffWith(settings, options.base, options.head, options.cwd);
}

/** The CLI's entry: settings already resolved. */
export function diffWith(settings: Settings, base: string, head: string | undefined, cwd: string = process.cwd()): DiffResult {
  const sides = [loadSide('--base', base, settings, cwd), loadSide('--head', head, settings, cwd)] as const;
  const [b, h] = sides;
  const side = (s: typeof b) => ({ label: s.label, path: s.path, ...(s.file ? { text: s.file.text } : {}), diagnostics: s.loaded.diagnostics });
  const out = { base: side(b), head: side(h), diagnostics: [] };
  const headModel = h.loaded.model;
  // A base commit without the spec (the pull request that adds it) is an empty catalog.
  const baseModel = b.file === undefined && headModel ? emptyCatalog(headModel) : b.loaded.model;
  if (!baseModel || !headModel) return out;
  const report = diffModels(baseModel, headModel, { base: b.label, head: h.label });
  const packageVersion = packageVersionCheck(settings, base, head, report.semver, cwd);
  return { ...out, report: packageVersion ? { ...report, packageVersion } : report };
}

/** The head's catalog with nothing in it: what a base without a spec compares as. */
function emptyCatalog(head: ErrorModel): ErrorModel {
  return { ...head, codes: [], uncoded: [], scenes: [], classifications: [], coverage: [] };
}

function readSide(flag: '--base' | '--head', value: string | undefined, settings: Settings, cwd: string): { file?: SourceFile; label: string; path: string } {
  const maxBytes = settings.maxBytes ?? DEFAULT_MAX_BYTES;
  if (value === undefined) {
    const shown = displayPath(settings.spec, cwd);
    return { file: readSource(settings.spec, shown, { maxBytes }), label: `${shown} (working tree)`, path: shown };
  }
  // An existing file wins over a ref of the same name.
  const asPath = resolve(cwd, value);
  if (isFile(asPath)) {
    const shown = displayPath(asPath, cwd);
    return { file: readSource(asPath, shown, { maxBytes }), label: shown, path: shown };
  }
  const { bytes, path } = gitShowSpec(flag, value, settings.spec, maxBytes, flag === '--base');
  const label = `${value}:${path}`;
  return bytes === undefined ? { label: `${label} (no spec yet)`, path } : { file: decodeSource(bytes, label), label, path };
}

function loadSide(flag: '--base' | '--head', value: string | undefined, settings: Settings, cwd: string) {
  const { file, label, path } = readSide(flag, value, settings, cwd);
  return { label, path, ...(file ? { file } : {}), loaded: file === undefined ? { diagnostics: [] } : loadSpecSource(file) };
}
