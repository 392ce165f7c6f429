// `errspec validate`: prints what the API's validation returns (stale translations included), and the texts fallbacks fill.
import { validateWith } from '../api/validate.js';
import { toJson } from '../diagnostics/format.js';
import { diagnosticAnnotation } from '../diagnostics/github.js';
import type { Output } from './output.js';
import { printCoverage, printDiagnostics } from './report.js';
import { resolveSettings, type Settings } from './settings.js';
import { countFlag, specOptions } from './args.js';
import { defineCommand } from './command.js';
import { USAGE } from './usage.js';
import { ToolError } from '../diagnostics/tool-error.js';

export const validate = defineCommand({
  name: 'validate',
  options: { ...specOptions, format: { type: 'string' }, 'max-warnings': { type: 'string' } },
  usage: USAGE['validate']!,
  run: (flags, io) => {
    const format = flags.format ?? 'text';
    if (format !== 'text' && format !== 'json' && format !== 'github') throw new ToolError('usage', `--format must be text, json or github, not ${JSON.stringify(format)}`);
    const maxWarnings = countFlag('--max-warnings', flags['max-warnings']);
    return validateCommand(resolveSettings(flags), io, { format, ...(maxWarnings === undefined ? {} : { maxWarnings }) });
  },
});

export interface ValidateOptions {
  readonly format: 'text' | 'json' | 'github';
  /** Fail when there are more warnings than this (eslint's `--max-warnings`). */
  readonly maxWarnings?: number;
}

export function validateCommand(settings: Settings, io: Output, { format, maxWarnings }: ValidateOptions): number {
  const { spec, model, diagnostics, untranslated, valid } = validateWith(settings);
  const warnings = diagnostics.filter((d) => d.severity === 'warning').length;
  const tooManyWarnings = maxWarnings !== undefined && warnings > maxWarnings;
  const ok = valid && model !== undefined && !tooManyWarnings;
  if (format === 'github') {
    for (const d of diagnostics) io.out(diagnosticAnnotation(d));
  } else if (format === 'json') {
    // `filledByFallback` only when a locale has gaps: older readers see the shape they know.
    const filled = untranslated.length > 0 ? { filledByFallback: untranslated } : {};
    io.out(JSON.stringify({ spec, valid: ok, diagnostics: diagnostics.map(toJson), ...filled }, null, 2));
  } else {
    printDiagnostics(io, diagnostics);
    if (valid && model !== undefined) io.out(`${spec} is valid: ${count(model.codes.length, 'code')}, ${count(model.locales.length, 'locale')}`);
    printCoverage(io, untranslated);
  }
  if (valid && model !== undefined && tooManyWarnings) io.err(`errspec: ${warnings} warning${warnings === 1 ? '' : 's'}, more than --max-warnings ${maxWarnings}`);
  return ok ? 0 : 1;
}

const count = (n: number, noun: string): string => `${n} ${noun}${n === 1 ? '' : 's'}`;
