// `errspec diff`: load both sides with the same code as `generate`, compare, print.
// Exit 0 nothing breaking (or --allow-breaking), 1 breaking, 2 bad input or usage.
import { readFileSync, statSync } from 'node:fs';
import { parse } from 'yaml';
import { dirname, isAbsolute, resolve, sep } from 'node:path';
import { ToolError } from '../diagnostics/tool-error.js';
import { diffModels, plural } from '../diff/report.js';
import { formatJson } from '../diff/format-json.js';
import { formatGithub } from '../diff/format-github.js';
import { formatMarkdown } from '../diff/format-markdown.js';
import { changeLocator } from '../diff/locate.js';
import { checkVersionBump, type Bump, type VersionCheck } from '../diff/version-bump.js';
import { formatText } from '../diff/format-text.js';
import { gitShowSpec } from '../diff/git-show.js';
import { decodeSource, DEFAULT_MAX_BYTES, readSource } from '../load/read-source.js';
import type { SourceFile } from '../load/source-file.js';
import type { ErrorModel } from '../model/types.js';
import { loadSpecSource, type LoadResult } from '../pipeline/load-spec.js';
import type { Flags } from './args.js';
import type { Output } from './output.js';
import { displayPath } from './paths.js';
import { printDiagnostics } from './report.js';
import { resolveSettings, type Settings } from './settings.js';

const FORMATS = ['text', 'markdown', 'json', 'github'] as const;
type DiffFormat = (typeof FORMATS)[number];

interface Side {
  readonly flag: '--base' | '--head';
  /** How the side is named in the output: a file, `REF:path`, or the working tree file. */
  readonly label: string;
  /** The spec's path as annotations name it (from the repository root in CI). */
  readonly path: string;
  readonly file?: SourceFile;
  readonly loaded: LoadResult;
}

const isFile = (path: string): boolean => {
  try {
    return statSync(path).isFile();
  } catch {
    return false;
  }
};

function readSide(flag: Side['flag'], value: string | undefined, settings: Settings, cwd: string): { file?: SourceFile; label: string; path: string } {
  const maxBytes = settings.maxBytes ?? DEFAULT_MAX_BYTES;
  if (value === undefined) {
    const shown = displayPath(settings.spec, cwd);
    return { file: readSource(settings.spec, shown, { maxBytes }), label: `${shown} (working tree)`, path: shown };
  }
  // An existing file wins over a ref of the same name.
  const asPath = resolve(cwd, value);
  if (isFile(asPath)) {
    const shown = displayPath(asPath, cwd);
    return { file: readSource(asPath, shown, { maxBytes }), label: shown, path: shown };
  }
  // A base commit without the spec is the pull request that introduces it.
  const { bytes, path } = gitShowSpec(flag, value, settings.spec, maxBytes, flag === '--base');
  const label = `${value}:${path}`;
  return bytes === undefined ? { label: `${label} (no spec yet)`, path } : { file: decodeSource(bytes, label), label, path };
}

function loadSide(flag: Side['flag'], value: string | undefined, settings: Settings, cwd: string): Side {
  const { file, label, path } = readSide(flag, value, settings, cwd);
  return { flag, label, path, ...(file ? { file } : {}), loaded: file === undefined ? { diagnostics: [] } : loadSpecSource(file) };
}

export function diffCommand(flags: Flags, io: Output, cwd: string = process.cwd()): number {
  const format = flags.format ?? 'text';
  if (!(FORMATS as readonly string[]).includes(format)) {
    throw new ToolError('usage', `--format must be text, markdown, json or github, not ${JSON.stringify(format)}`);
  }
  const linkBase = flags['link-base'];
  if (linkBase !== undefined && !/^https?:\/\/[^\s]+$/.test(linkBase)) {
    throw new ToolError('usage', `--link-base takes an absolute http(s) URL (e.g. https://github.com/OWNER/REPO/blob/SHA/), not ${JSON.stringify(linkBase)}`);
  }
  if (flags.base === undefined) throw new ToolError('usage', '--base is required: a git ref (e.g. origin/main) or a spec file. Run errspec diff --help for usage.');
  const settings = resolveSettings(flags, cwd);
  const sides = [loadSide('--base', flags.base, settings, cwd), loadSide('--head', flags.head, settings, cwd)] as const;

  const invalid = sides.filter((s) => s.loaded.model === undefined && s.loaded.diagnostics.length > 0);
  if (invalid.length > 0) {
    for (const side of invalid) {
      printDiagnostics(io, side.loaded.diagnostics);
      io.err(`errspec: the ${side.flag.slice(2)} spec ${side.label} is invalid, so it cannot be compared`);
    }
    return 2;
  }
  const [base, head] = sides;
  const headModel = head.loaded.model!;
  const baseModel = base.loaded.model ?? emptyCatalog(headModel);
  const compared = diffModels(baseModel, headModel, { base: base.label, head: head.label });
  const packageVersion = versionCheck(flags, settings, cwd, compared.semver);
  const report = packageVersion ? { ...compared, packageVersion } : compared;
  io.out(render(format as DiffFormat, report, { settings, cwd, head, ...(linkBase === undefined ? {} : { linkBase }) }));

  if (report.counts.breaking === 0) return 0;
  if (flags['allow-breaking'] === true) {
    io.err(`errspec: ${plural(report.counts.breaking, 'breaking change')} allowed by --allow-breaking`);
    return 0;
  }
  io.err(`errspec: ${plural(report.counts.breaking, 'breaking change')}; if they are deliberate, pass --allow-breaking`);
  return 1;
}

/** `package.version` of a config's YAML text, when it sets one. */
function configVersion(text: string): string | undefined {
  const data: unknown = parse(text);
  const pkg = typeof data === 'object' && data !== null ? (data as Record<string, unknown>)['package'] : undefined;
  const version = typeof pkg === 'object' && pkg !== null ? (pkg as Record<string, unknown>)['version'] : undefined;
  return typeof version === 'string' ? version : undefined;
}

/** The config at a side: read at the ref for a git ref, from the working tree otherwise; undefined for a spec file. */
function configAt(flag: Side['flag'], value: string | undefined, configPath: string, settings: Settings, cwd: string): string | undefined {
  if (value === undefined) return readFileSync(configPath, 'utf8');
  if (isFile(resolve(cwd, value))) return undefined;
  const { bytes } = gitShowSpec(flag, value, configPath, settings.maxBytes ?? DEFAULT_MAX_BYTES, true);
  return bytes?.toString('utf8');
}

/** The package version at both sides against the bump the changes require, when the config sets it at both. */
function versionCheck(flags: Flags, settings: Settings, cwd: string, required: Bump): VersionCheck | undefined {
  const path = settings.config?.path;
  // Read at the spec's refs only when the config is in the spec's tree (the same repository).
  if (path === undefined || !settings.spec.startsWith(`${dirname(path)}${sep}`)) return undefined;
  const [base, head] = [configAt('--base', flags.base, path, settings, cwd), configAt('--head', flags.head, path, settings, cwd)].map((t) =>
    t === undefined ? undefined : configVersion(t),
  );
  return base === undefined || head === undefined ? undefined : checkVersionBump(base, head, required);
}

/** The head's catalog with nothing in it: what a base without a spec compares as. */
function emptyCatalog(head: ErrorModel): ErrorModel {
  return { ...head, codes: [], uncoded: [], scenes: [], classifications: [], coverage: [] };
}

interface RenderContext {
  readonly settings: Settings;
  readonly cwd: string;
  readonly head: Side;
  readonly linkBase?: string;
}

function render(format: DiffFormat, report: ReturnType<typeof diffModels>, { settings, cwd, head, linkBase }: RenderContext): string {
  if (format === 'json') return formatJson(report);
  if (format === 'text') return formatText(report);
  if (format === 'github') {
    const config = settings.config ? displayPath(settings.config.path, cwd) : undefined;
    return formatGithub(report, head.path, changeLocator(head.file?.text ?? ''), config);
  }
  // Links are relative to cwd (the repository root in CI), or under --link-base (a
  // repository's tree at the PR's head commit); an output folder outside it gets none.
  const out = displayPath(settings.out, cwd);
  const inRepo = isAbsolute(out) ? undefined : out === '.' ? 'docs/' : `${out}/docs/`;
  const docsBase = inRepo === undefined ? undefined : linkBase === undefined ? inRepo : `${linkBase.replace(/\/?$/, '/')}${inRepo}`;
  return formatMarkdown(report, docsBase === undefined ? {} : { docsBase });
}
