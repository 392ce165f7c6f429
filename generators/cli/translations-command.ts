// `errspec translations`: the registry entry only. The commands themselves are loaded on
// demand, so their XML parser is no cost to the other commands.
import { defineCommand } from './command.js';
import { USAGE } from './usage.js';

export const translations = defineCommand({
  name: 'translations',
  options: {
    spec: { type: 'string' },
    config: { type: 'string' },
    locale: { type: 'string' },
    untranslated: { type: 'boolean' },
    out: { type: 'string' },
    format: { type: 'string' },
  },
  usage: USAGE['translations']!,
  takesArguments: true,
  run: async (flags, io, args) => (await import('./translations.js')).translationsCommand(args, flags, io),
});
