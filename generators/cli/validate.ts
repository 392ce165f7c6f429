import { toJson } from '../diagnostics/format.js';
import { loadSpecFile } from '../pipeline/load-spec.js';
import type { Output } from './output.js';
import { displayPath } from './paths.js';
import { printDiagnostics } from './report.js';
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
  const shown = displayPath(settings.spec);
  const loaded = loadSpecFile(settings.spec, shown, settings.maxBytes === undefined ? {} : { maxBytes: settings.maxBytes });
  const ok = loaded.model !== undefined;
  if (format === 'json') {
    io.out(JSON.stringify({ spec: shown, valid: ok, diagnostics: loaded.diagnostics.map(toJson) }, null, 2));
  } else {
    printDiagnostics(io, loaded.diagnostics);
    if (ok) io.out(`${shown} is valid: ${loaded.model.codes.length} codes, ${loaded.model.locales.length} locales`);
  }
  return ok ? 0 : 1;
}
