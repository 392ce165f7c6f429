// `nextCode({ range })`: the next free code of a range, as `errspec next-code` prints it.
import { ToolError } from '../diagnostics/tool-error.js';
import type { Settings } from '../cli/settings.js';
import { nextCode as computeNextCode, type NextCode } from '../model/next-code.js';
import { suggest } from '../util/suggest.js';
import { settingsFor } from './options.js';
import { loadWith, type LoadSpecOptions, type LoadSpecResult } from './validate.js';

export type { NextCode, TakenCode } from '../model/next-code.js';

export interface NextCodeOptions extends LoadSpecOptions {
  /** The range's id under `ranges:`. */
  readonly range: string;
}

export interface NextCodeResult extends LoadSpecResult {
  /** The range's next code and its taken values; absent when the spec is invalid. */
  readonly next?: NextCode;
}

/** Throws a ToolError (usage) when the spec declares no such range. */
export function nextCode(options: NextCodeOptions): NextCodeResult {
  const { settings, diagnostics } = settingsFor(options);
  if (!settings) return { spec: options.spec ?? '', diagnostics, untranslated: [] };
  return nextCodeWith(settings, options.range, options.text, options.cwd);
}

export function nextCodeWith(settings: Settings, id: string, text?: string, cwd: string = process.cwd()): NextCodeResult {
  const loaded = loadWith(settings, text, cwd);
  if (!loaded.model) return loaded;
  const ranges = loaded.model.ranges ?? [];
  const range = ranges.find((r) => r.id === id);
  if (range === undefined) {
    if (ranges.length === 0) throw new ToolError('usage', `${loaded.spec} declares no ranges: declare them under ranges: (see the spec's opening comment)`);
    const ids = ranges.map((r) => r.id);
    const suggestion = suggest(id, ids);
    const hint = suggestion === undefined ? '' : `; did you mean '${suggestion}'?`;
    throw new ToolError('usage', `${loaded.spec} has no range ${JSON.stringify(id)} (ranges: ${ids.join(', ')})${hint}`);
  }
  return { ...loaded, next: computeNextCode(loaded.model, range) };
}
