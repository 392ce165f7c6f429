// Each command has its own options (issue 15): a flag another command takes is a usage
// error (exit 2) naming the commands that take it, and each command's help lists exactly
// the options it takes.
import { describe, expect, it } from 'vitest';
import { GLOBAL_OPTIONS } from '../../generators/cli/command.js';
import { COMMANDS } from '../../generators/cli/commands.js';
import { USAGE } from '../../generators/cli/usage.js';
import { runCli } from '../support/cli.js';

const VALID = 'test/validate/fixtures/valid.yaml';

describe('a flag of another command', () => {
  it.each([
    [['validate', '--spec', VALID, '--allow-breaking'], '--allow-breaking is not an option of validate; diff takes it.'],
    [['generate', '--base', 'main'], '--base is not an option of generate; diff takes it.'],
    [['diff', '--base', 'main', '--check'], '--check is not an option of diff; generate takes it.'],
    [['validate', '--out', 'generated'], '--out is not an option of validate; generate, diff, translations, init, import take it.'],
    [['generate', '--max-warnings', '0'], '--max-warnings is not an option of generate; validate takes it.'],
    [['validate', '--link-base', 'https://example.com/'], '--link-base is not an option of validate; diff takes it.'],
  ])('%j exits 2 and names the commands that take it', async (args, message) => {
    const r = await runCli(args);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toBe(`errspec: ${message} Run errspec ${args[0]} --help for its options.`);
  });

  it('a flag no command takes is unknown', async () => {
    const r = await runCli(['validate', '--no-such-flag']);
    expect(r).toEqual({ code: 2, stdout: '', stderr: 'errspec: unknown option --no-such-flag. Run errspec validate --help for usage.' });
  });

  it('--debug, --help and --version go with every command', async () => {
    expect((await runCli(['validate', '--spec', VALID, '--debug'])).code).toBe(0);
    for (const c of COMMANDS) {
      const help = await runCli([c.name, '--help']);
      expect(help, c.name).toEqual({ code: 0, stdout: c.usage, stderr: '' });
    }
    expect((await runCli(['diff', '--version'])).code).toBe(0);
  });
});

describe('the option tables', () => {
  /** The flags an Options section lists: `  --spec FILE  …`, `  -h, --help  …`. */
  const listed = (usage: string): string[] =>
    [...usage.matchAll(/^ {2}(?:-\w, )?--([a-z-]+)/gm)].map((m) => m[1] as string).sort();

  it.each(COMMANDS.map((c) => [c.name, c]))('%s --help lists exactly its options', (_name, c) => {
    expect(c.usage).toBe(USAGE[c.name]);
    expect(listed(c.usage)).toEqual([...Object.keys(c.options), 'debug'].sort());
  });

  it('give one option name one type in every command', () => {
    const types = new Map<string, string>(Object.entries(GLOBAL_OPTIONS).map(([k, v]) => [k, v.type]));
    for (const c of COMMANDS) {
      for (const [name, spec] of Object.entries(c.options)) {
        expect(types.get(name) ?? spec.type, `${c.name} --${name}`).toBe(spec.type);
        types.set(name, spec.type);
      }
    }
  });
});
