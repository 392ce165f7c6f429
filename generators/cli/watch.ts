// `errspec generate --watch`: generate, then again after each change to the spec, the
// config or the templates (debounced: an editor's save is several events). A run that
// fails (an invalid spec, an unreadable file) prints why and the watch goes on; Ctrl-C
// (SIGINT) or SIGTERM ends it with exit 0. fs.watch on the files' folders, not on the
// files: editors save by replacing the file, which a watch on the file itself loses.
import { watch, type FSWatcher } from 'node:fs';
import { dirname, join } from 'node:path';
import { ToolError } from '../diagnostics/tool-error.js';
import { CONFIG_FILE } from '../load/config.js';
import type { Flags } from './args.js';
import { generateCommand } from './generate.js';
import type { Output } from './output.js';
import { displayPath } from './paths.js';
import { printDiagnostics } from './report.js';
import { ConfigInvalid, findConfig, resolveSettings, type Settings } from './settings.js';

/** Quiet time after the last event before regenerating. */
const DEBOUNCE_MS = 150;

export interface WatchOptions {
  readonly cwd?: string;
  /** Ends the watch like SIGINT does (for callers other than a terminal). */
  readonly signal?: AbortSignal;
}

export function watchCommand(flags: Flags, io: Output, options: WatchOptions = {}): Promise<number> {
  const cwd = options.cwd ?? process.cwd();
  const watchers = new Map<string, FSWatcher>();
  let files = new Set<string>();
  let settings: Settings | undefined;
  let timer: NodeJS.Timeout | undefined;
  let running = false;
  let again = false;
  let stopped = false;
  let announced = '';
  const changed = new Set<string>();

  const generateOnce = async (): Promise<void> => {
    try {
      settings = resolveSettings(flags, cwd);
      await generateCommand(settings, io, { check: false });
    } catch (error) {
      // Whatever went wrong, the next save may fix it: report and keep watching.
      if (error instanceof ConfigInvalid) printDiagnostics(io, error.diagnostics);
      else if (error instanceof ToolError) io.err(`errspec: ${error.message}`);
      else io.err(`errspec: internal error: ${(error as Error)?.message ?? String(error)}`);
    }
  };

  /** The files whose change changes the output: the config (also before it exists), the spec, the templates. */
  const targets = (): Set<string> => {
    const config = findConfig(flags, cwd) ?? join(cwd, CONFIG_FILE);
    const out = new Set([config]);
    if (settings) {
      out.add(settings.spec);
      if (settings.templates) for (const name of ['page.md.hbs', 'labels.json']) out.add(join(settings.templates, 'markdown', name));
    }
    return out;
  };

  const onEvent = (dir: string) => (_event: string, name: string | Buffer | null) => {
    const path = name === null ? undefined : join(dir, name.toString());
    if (path !== undefined && !files.has(path)) return;
    if (path !== undefined) changed.add(path);
    clearTimeout(timer);
    timer = setTimeout(() => void rerun(), DEBOUNCE_MS);
  };

  const arm = (): void => {
    if (stopped) return;
    files = targets();
    const dirs = new Set([...files].map((f) => dirname(f)));
    for (const [dir, watcher] of watchers) {
      if (!dirs.has(dir)) {
        watcher.close();
        watchers.delete(dir);
      }
    }
    for (const dir of dirs) {
      if (watchers.has(dir)) continue;
      try {
        watchers.set(dir, watch(dir, onEvent(dir)));
      } catch (error) {
        io.err(`errspec: cannot watch ${displayPath(dir, cwd)} (${(error as NodeJS.ErrnoException).code ?? String(error)})`);
      }
    }
    const shown = [...files].map((f) => displayPath(f, cwd)).join(', ');
    if (shown !== announced) io.out(`watching ${shown} for changes (Ctrl-C to stop)`);
    announced = shown;
  };

  const rerun = async (): Promise<void> => {
    if (stopped) return;
    if (running) {
      again = true;
      return;
    }
    running = true;
    const what = [...changed].map((f) => displayPath(f, cwd));
    changed.clear();
    io.out(`\n${what.length > 0 ? what.join(', ') : 'a watched folder'} changed: regenerating`);
    await generateOnce();
    arm();
    running = false;
    if (again) {
      again = false;
      await rerun();
    }
  };

  return new Promise<number>((done) => {
    const stop = (): void => {
      stopped = true;
      clearTimeout(timer);
      for (const watcher of watchers.values()) watcher.close();
      watchers.clear();
      process.off('SIGINT', stop);
      process.off('SIGTERM', stop);
      options.signal?.removeEventListener('abort', stop);
      done(0);
    };
    process.on('SIGINT', stop);
    process.on('SIGTERM', stop);
    options.signal?.addEventListener('abort', stop);
    void generateOnce().then(arm);
  });
}
