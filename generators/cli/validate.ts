// `errspec validate`: prints what the API's validation returns (stale translations included), and the texts fallbacks fill.
import { validateWith } from '../api/validate.js';
import { toJson } from '../diagnostics/format.js';
import type { Output } from './output.js';
import { printCoverage, printDiagnostics } from './report.js';
import { resolveSettings, type Settings } from './settings.js';
import { specOptions } from './args.js';
import { defineCommand } from './command.js';
import { USAGE } from './usage.js';
import { ToolError } from '../diagnostics/tool-error.js';

export const validate = defineCommand({
  name: 'validate',
  options: { ...specOptions, format: { type: 'string' } },
  usage: USAGE['validate']!,
  run: (flags, io) => {
    const format = flags.format ?? 'text';
    if (format !== 'text' && format !== 'json') throw new ToolError('usage', `--format must be text or json, not ${JSON.stringify(format)}`);
    return validateCommand(resolveSettings(flags), io, format);
  },
});

export function validateCommand(settings: Settings, io: Output, format: 'text' | 'json'): number {
  const { spec, model, diagnostics, untranslated, valid } = validateWith(settings);
  const ok = valid && model !== undefined;
  if (format === 'json') {
    // `filledByFallback` only when a locale has gaps: older readers see the shape they know.
    const filled = untranslated.length > 0 ? { filledByFallback: untranslated } : {};
    io.out(JSON.stringify({ spec, valid: ok, diagnostics: diagnostics.map(toJson), ...filled }, null, 2));
  } else {
    printDiagnostics(io, diagnostics);
    if (ok) io.out(`${spec} is valid: ${model.codes.length} codes, ${model.locales.length} locales`);
    printCoverage(io, untranslated);
  }
  return ok ? 0 : 1;
}
