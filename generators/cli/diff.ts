// `errspec diff`: load both sides with the same code as `generate`, compare, print.
// Exit 0 nothing breaking (or --allow-breaking), 1 breaking, 2 bad input or usage.
import { isAbsolute } from 'node:path';
import { diffWith, type DiffSide } from '../api/diff.js';
import { hasErrors } from '../diagnostics/diagnostic.js';
import { ToolError } from '../diagnostics/tool-error.js';
import { plural, type DiffReport } from '../diff/report.js';
import { formatJson } from '../diff/format-json.js';
import { formatGithub } from '../diff/format-github.js';
import { formatMarkdown } from '../diff/format-markdown.js';
import { changeLocator } from '../diff/locate.js';
import { formatText } from '../diff/format-text.js';
import { specOptions } from './args.js';
import { defineCommand, type OptionValues } from './command.js';
import type { Output } from './output.js';
import { displayPath } from './paths.js';
import { printDiagnostics } from './report.js';
import { resolveSettings, type Settings } from './settings.js';
import { USAGE } from './usage.js';

const FORMATS = ['text', 'markdown', 'json', 'github'] as const;
type DiffFormat = (typeof FORMATS)[number];

const options = {
  ...specOptions,
  base: { type: 'string' },
  head: { type: 'string' },
  out: { type: 'string' },
  format: { type: 'string' },
  'allow-breaking': { type: 'boolean' },
  'link-base': { type: 'string' },
} as const;

export const diff = defineCommand({ name: 'diff', options, usage: USAGE['diff']!, run: (flags, io) => diffCommand(flags, io) });

export function diffCommand(flags: OptionValues<typeof options>, io: Output, cwd: string = process.cwd()): number {
  const format = flags.format ?? 'text';
  if (!(FORMATS as readonly string[]).includes(format)) {
    throw new ToolError('usage', `--format must be text, markdown, json or github, not ${JSON.stringify(format)}`);
  }
  const linkBase = flags['link-base'];
  if (linkBase !== undefined && !/^https?:\/\/\S+$/.test(linkBase)) {
    throw new ToolError('usage', `--link-base takes an absolute http(s) URL (e.g. https://github.com/OWNER/REPO/blob/SHA/), not ${JSON.stringify(linkBase)}`);
  }
  if (flags.base === undefined) throw new ToolError('usage', '--base is required: a git ref (e.g. origin/main) or a spec file. Run errspec diff --help for usage.');
  const settings = resolveSettings(flags, cwd);
  const result = diffWith(settings, flags.base, flags.head, cwd);
  const report = result.report;
  if (!report) {
    for (const [name, side] of [['base', result.base], ['head', result.head]] as const) {
      if (!hasErrors(side.diagnostics)) continue;
      printDiagnostics(io, side.diagnostics);
      io.err(`errspec: the ${name} spec ${side.label} is invalid, so it cannot be compared`);
    }
    return 2;
  }
  io.out(render(format as DiffFormat, report, { settings, cwd, head: result.head, ...(linkBase === undefined ? {} : { linkBase }) }));

  if (report.counts.breaking === 0) return 0;
  if (flags['allow-breaking'] === true) {
    io.err(`errspec: ${plural(report.counts.breaking, 'breaking change')} allowed by --allow-breaking`);
    return 0;
  }
  io.err(`errspec: ${plural(report.counts.breaking, 'breaking change')}; if they are deliberate, pass --allow-breaking`);
  return 1;
}

interface RenderContext {
  readonly settings: Settings;
  readonly cwd: string;
  readonly head: DiffSide;
  readonly linkBase?: string;
}

function render(format: DiffFormat, report: DiffReport, { settings, cwd, head, linkBase }: RenderContext): string {
  if (format === 'json') return formatJson(report);
  if (format === 'text') return formatText(report);
  if (format === 'github') {
    const config = settings.config ? displayPath(settings.config.path, cwd) : undefined;
    return formatGithub(report, head.path, changeLocator(head.text ?? ''), config);
  }
  // Links are relative to cwd (the repository root in CI), or under --link-base (the
  // repository's tree at the PR's head commit); an output folder outside it gets none.
  const out = displayPath(settings.out, cwd);
  const inRepo = isAbsolute(out) ? undefined : out === '.' ? 'docs/' : `${out}/docs/`;
  const docsBase = inRepo === undefined ? undefined : linkBase === undefined ? inRepo : `${linkBase.replace(/\/?$/, '/')}${inRepo}`;
  return formatMarkdown(report, docsBase === undefined ? {} : { docsBase });
}
