// Every command of the CLI. A new command is one entry: its name, options, help and run.
import type { Command } from './command.js';
import { diff } from './diff.js';
import { generate } from './generate.js';
import { importTableCommand } from './import-command.js';
import { init } from './init.js';
import { nextCodeCommand } from './next-code.js';
import { translations } from './translations-command.js';
import { validate } from './validate.js';

export const COMMANDS: readonly Command[] = [generate, validate, diff, translations, init, importTableCommand, nextCodeCommand];
