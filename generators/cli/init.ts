// `errspec init`: the config, a starter spec, the CI workflows and the npm scripts.
// Exit 0 written, 2 when any of them exists already (nothing is written then).
import { ToolError } from '../diagnostics/tool-error.js';
import { planInit, writePlan } from '../init/index.js';
import { CONFIG_FILE } from '../load/config.js';
import { codesFlag, parseLocales } from '../scaffold/flags.js';
import type { Flags } from './args.js';
import { defineCommand } from './command.js';
import type { Output } from './output.js';
import { DEFAULTS } from './settings.js';
import { USAGE } from './usage.js';

export const init = defineCommand({
  name: 'init',
  options: { codes: { type: 'string' }, locales: { type: 'string' }, spec: { type: 'string' }, out: { type: 'string' }, config: { type: 'string' } },
  usage: USAGE['init']!,
  run: (flags, io) => initCommand(flags, io),
});

export function initCommand(flags: Flags, io: Output, cwd: string = process.cwd()): number {
  const { files, conflicts } = planInit({
    cwd,
    codes: codesFlag(flags.codes) ?? 'integer',
    locales: parseLocales(flags.locales),
    config: flags.config ?? CONFIG_FILE,
    spec: flags.spec ?? DEFAULTS.spec,
    out: flags.out ?? DEFAULTS.out,
  });
  if (conflicts.length > 0) {
    throw new ToolError('io', `init would overwrite what exists, so it wrote nothing:\n${conflicts.map((c) => `  ${c}`).join('\n')}\nMove or rename them, or start from them by hand.`);
  }
  writePlan(files);
  for (const f of files) io.out(f.updates ? `updated ${f.shown}: scripts generate, validate` : `wrote ${f.shown}`);
  io.out('\nNext: npm run generate (then commit the spec with what it generates).');
  return 0;
}
