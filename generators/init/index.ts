// `errspec init`: what a repository needs to start, written all at once or not at all.
// It never replaces a file or an npm script that exists: that is a conflict, named.
import { existsSync, mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { basename, dirname, join, relative, resolve, sep } from 'node:path';
import { ToolError } from '../diagnostics/tool-error.js';
import { slugOf } from '../import/names.js';
import type { CodeType } from '../model/types.js';
import { schemaLine } from '../scaffold/schema-line.js';
import { packageRoot } from '../util/package-root.js';
import { packageName, withScripts } from './package-scripts.js';
import { starterConfig } from './starter-config.js';
import { starterSpec } from './starter-spec.js';

export interface InitOptions {
  readonly cwd: string;
  readonly codes: CodeType;
  readonly locales: readonly [string, ...string[]];
  /** Where the config, the spec and the output go (relative to `cwd`). */
  readonly config: string;
  readonly spec: string;
  readonly out: string;
}

export interface PlannedFile {
  /** Absolute. */
  readonly path: string;
  /** Relative to cwd, `/` separators. */
  readonly shown: string;
  readonly text: string;
  /** Only package.json: an existing file that gets the scripts added. */
  readonly updates?: boolean;
}

/** The CI workflows of errspec's own repository, shipped in its package, used as they are. */
export const WORKFLOWS = ['spec.yml', 'spec-comment.yml'] as const;

const posix = (path: string): string => path.split(sep).join('/');

export function planInit(o: InitOptions): { files: PlannedFile[]; conflicts: string[] } {
  const at = (path: string): { path: string; shown: string } => {
    const abs = resolve(o.cwd, path);
    return { path: abs, shown: posix(relative(o.cwd, abs)) };
  };
  const pkgPath = join(o.cwd, 'package.json');
  const pkgText = existsSync(pkgPath) ? readFileSync(pkgPath, 'utf8') : undefined;
  const project = packageName(pkgText) ?? basename(o.cwd);
  const id = slugOf(project.replace(/^@[^/]*\//, ''), 6) || 'api';
  const config = at(o.config);
  const spec = at(o.spec);
  const out = at(o.out);
  const files: PlannedFile[] = [
    {
      ...config,
      text: starterConfig({
        spec: posix(relative(dirname(config.path), spec.path)),
        out: posix(relative(dirname(config.path), out.path)),
        packageName: `${project.startsWith('@') ? project : id}-errors`,
        schemaLine: schemaLine('spec/config.schema.json', config.path, o.cwd),
      }),
    },
    {
      ...spec,
      text: starterSpec({ id, title: `${id} error codes`, codes: o.codes, locales: o.locales, schemaLine: schemaLine('spec/schema.json', spec.path, o.cwd) }),
    },
    ...WORKFLOWS.map((name) => ({ ...at(join('.github', 'workflows', name)), text: readFileSync(join(packageRoot(), '.github', 'workflows', name), 'utf8') })),
  ];
  const conflicts = files.filter((f) => existsSync(f.path)).map((f) => f.shown);
  const scripts = withScripts(pkgText, id);
  files.push({ path: pkgPath, shown: 'package.json', text: scripts.text, ...(pkgText === undefined ? {} : { updates: true }) });
  return { files, conflicts: [...conflicts, ...scripts.conflicts] };
}

/** Writes every planned file, or, when one cannot be written, removes those it wrote. */
export function writePlan(files: readonly PlannedFile[]): void {
  const done: (() => void)[] = [];
  try {
    for (const file of files) {
      const created = mkdirSync(dirname(file.path), { recursive: true });
      if (created !== undefined) done.push(() => rmSync(created, { recursive: true, force: true }));
      if (file.updates) {
        // Beside it, then renamed over it: the old package.json stays whole until then.
        const temp = `${file.path}.errspec-tmp-${process.pid}`;
        done.push(() => rmSync(temp, { force: true }));
        writeFileSync(temp, file.text, { flag: 'wx' });
        const before = readFileSync(file.path);
        renameSync(temp, file.path);
        done.push(() => writeFileSync(file.path, before));
      } else {
        writeFileSync(file.path, file.text, { flag: 'wx' });
        done.push(() => rmSync(file.path, { force: true }));
      }
    }
  } catch (error) {
    for (const undo of done.reverse()) undo();
    const code = (error as NodeJS.ErrnoException).code;
    throw new ToolError('io', `cannot write the starter files (${code ?? String(error)}); nothing was changed`);
  }
}
