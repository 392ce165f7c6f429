// Helpers for loader and validator tests: a valid spec to break, and diagnostics as
// plain rows with the `line:column` users see.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Diagnostic } from '../../generators/diagnostics/diagnostic.js';
import { formatDiagnostic } from '../../generators/diagnostics/format.js';
import { loadSpecSource } from '../../generators/pipeline/load-spec.js';
import { repoRoot } from '../support/cli.js';

export const VALID_PATH = 'test/validate/fixtures/valid.yaml';
/** Two codes, one scene, one classification, locales en and zh-CN. */
export const validText = readFileSync(join(repoRoot, VALID_PATH), 'utf8');

/** `text` with its one occurrence of `from` replaced (throws if absent, so edits cannot silently miss). */
export function edit(text: string, from: string, to: string): string {
  const at = text.indexOf(from);
  if (at === -1) throw new Error(`the spec lacks ${JSON.stringify(from)}`);
  return text.slice(0, at) + to + text.slice(at + from.length);
}

export interface Row {
  readonly rule: string;
  readonly severity: string;
  /** `line:column` as printed, or '' for a whole-file problem. */
  readonly at: string;
  readonly message: string;
  readonly hint: string;
}

export const SPEC = 'spec.yaml';

export function row(d: Diagnostic): Row {
  const head = formatDiagnostic(d, { frame: false }).split('  ')[0] ?? '';
  return { rule: d.rule, severity: d.severity, at: head.slice(d.file.path.length + 1), message: d.message, hint: d.hint };
}

/** Every diagnostic of a spec given as text. */
export function rows(text: string): Row[] {
  return loadSpecSource({ path: SPEC, text }).diagnostics.map(row);
}

/** Whether the text loads into a model. */
export const loads = (text: string): boolean => loadSpecSource({ path: SPEC, text }).model !== undefined;

/**
 * `line:column` (1-based, UTF-16 columns) of the `nth` occurrence of `needle` in `text`,
 * computed here independently of the loader, so tests state where a problem is.
 */
export function posOf(text: string, needle: string, nth = 0): string {
  let at = -1;
  for (let i = 0; i <= nth; i++) {
    at = text.indexOf(needle, at + 1);
    if (at === -1) throw new Error(`${JSON.stringify(needle)} occurs fewer than ${nth + 1} times`);
  }
  const before = text.slice(0, at);
  const line = before.split('\n').length;
  return `${line}:${at - before.lastIndexOf('\n')}`;
}
