// `errspec import`: the registry entry only. The command is loaded on demand, so its
// HTML, markdown and CSV parsers are no cost to the other commands.
import { defineCommand } from './command.js';
import { USAGE } from './usage.js';

export const importTableCommand = defineCommand({
  name: 'import',
  options: {
    out: { type: 'string' },
    columns: { type: 'string' },
    retry: { type: 'string', multiple: true },
    'fill-down': { type: 'string' },
    codes: { type: 'string' },
    locales: { type: 'string' },
  },
  usage: USAGE['import']!,
  takesArguments: true,
  run: async (flags, io, args) => (await import('./import.js')).importCommand(flags, args, io),
});
