// `errspec diff`: load both sides with the same code as `generate`, compare, print.
// Exit 0 nothing breaking (or --allow-breaking), 1 breaking, 2 bad input or usage.
import { statSync } from 'node:fs';
import { isAbsolute, resolve } from 'node:path';
import { ToolError } from '../diagnostics/tool-error.js';
import { diffModels, plural } from '../diff/report.js';
import { formatJson } from '../diff/format-json.js';
import { formatMarkdown } from '../diff/format-markdown.js';
import { formatText } from '../diff/format-text.js';
import { gitShowSpec } from '../diff/git-show.js';
import { decodeSource, DEFAULT_MAX_BYTES, readSource } from '../load/read-source.js';
import type { SourceFile } from '../load/source-file.js';
import { loadSpecSource, type LoadResult } from '../pipeline/load-spec.js';
import { specOptions } from './args.js';
import { defineCommand, type OptionValues } from './command.js';
import type { Output } from './output.js';
import { displayPath } from './paths.js';
import { printDiagnostics } from './report.js';
import { resolveSettings, type Settings } from './settings.js';
import { USAGE } from './usage.js';

const FORMATS = ['text', 'markdown', 'json'] as const;
type DiffFormat = (typeof FORMATS)[number];

interface Side {
  readonly flag: '--base' | '--head';
  /** How the side is named in the output: a file, `REF:path`, or the working tree file. */
  readonly label: string;
  readonly loaded: LoadResult;
}

const isFile = (path: string): boolean => {
  try {
    return statSync(path).isFile();
  } catch {
    return false;
  }
};

function readSide(flag: Side['flag'], value: string | undefined, settings: Settings, cwd: string): { file: SourceFile; label: string } {
  const maxBytes = settings.maxBytes ?? DEFAULT_MAX_BYTES;
  if (value === undefined) {
    const shown = displayPath(settings.spec, cwd);
    return { file: readSource(settings.spec, shown, { maxBytes }), label: `${shown} (working tree)` };
  }
  // An existing file wins over a ref of the same name.
  const asPath = resolve(cwd, value);
  if (isFile(asPath)) {
    const shown = displayPath(asPath, cwd);
    return { file: readSource(asPath, shown, { maxBytes }), label: shown };
  }
  const { bytes, path } = gitShowSpec(flag, value, settings.spec, maxBytes);
  const label = `${value}:${path}`;
  return { file: decodeSource(bytes, label), label };
}

function loadSide(flag: Side['flag'], value: string | undefined, settings: Settings, cwd: string): Side {
  const { file, label } = readSide(flag, value, settings, cwd);
  return { flag, label, loaded: loadSpecSource(file) };
}

const options = {
  ...specOptions,
  base: { type: 'string' },
  head: { type: 'string' },
  out: { type: 'string' },
  format: { type: 'string' },
  'allow-breaking': { type: 'boolean' },
} as const;

export const diff = defineCommand({ name: 'diff', options, usage: USAGE['diff']!, run: (flags, io) => diffCommand(flags, io) });

export function diffCommand(flags: OptionValues<typeof options>, io: Output, cwd: string = process.cwd()): number {
  const format = flags.format ?? 'text';
  if (!(FORMATS as readonly string[]).includes(format)) {
    throw new ToolError('usage', `--format must be text, markdown or json, not ${JSON.stringify(format)}`);
  }
  if (flags.base === undefined) throw new ToolError('usage', '--base is required: a git ref (e.g. origin/main) or a spec file. Run errspec diff --help for usage.');
  const settings = resolveSettings(flags, cwd);
  const sides = [loadSide('--base', flags.base, settings, cwd), loadSide('--head', flags.head, settings, cwd)] as const;

  const invalid = sides.filter((s) => s.loaded.model === undefined);
  if (invalid.length > 0) {
    for (const side of invalid) {
      printDiagnostics(io, side.loaded.diagnostics);
      io.err(`errspec: the ${side.flag.slice(2)} spec ${side.label} is invalid, so it cannot be compared`);
    }
    return 2;
  }
  const [base, head] = sides;
  const report = diffModels(base.loaded.model!, head.loaded.model!, { base: base.label, head: head.label });
  io.out(render(format as DiffFormat, report, settings, cwd));

  if (report.counts.breaking === 0) return 0;
  if (flags['allow-breaking'] === true) {
    io.err(`errspec: ${plural(report.counts.breaking, 'breaking change')} allowed by --allow-breaking`);
    return 0;
  }
  io.err(`errspec: ${plural(report.counts.breaking, 'breaking change')}; if they are deliberate, pass --allow-breaking`);
  return 1;
}

function render(format: DiffFormat, report: ReturnType<typeof diffModels>, settings: Settings, cwd: string): string {
  if (format === 'json') return formatJson(report);
  if (format === 'text') return formatText(report);
  // Links are relative to cwd (the repository root in CI); an output folder outside it gets none.
  const out = displayPath(settings.out, cwd);
  const docsBase = isAbsolute(out) ? undefined : out === '.' ? 'docs/' : `${out}/docs/`;
  return formatMarkdown(report, docsBase === undefined ? {} : { docsBase });
}
