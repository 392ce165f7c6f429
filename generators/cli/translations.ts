// `errspec translations export|import|status|lock`: the spec's texts for translators
// (XLIFF 1.2) and back, and which translations are stale per the lock file beside
// the spec. Exit codes: 0 ok, 1 invalid spec, lock or XLIFF file (nothing written),
// 2 usage or I/O.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { ToolError } from '../diagnostics/tool-error.js';
import { readSource } from '../load/read-source.js';
import type { SourceFile } from '../load/source-file.js';
import type { ErrorModel } from '../model/types.js';
import { loadSpecSource } from '../pipeline/load-spec.js';
import { importXliff } from '../translations/import.js';
import { readLockFile, type LockFile } from '../translations/lock-file.js';
import { serializeLock } from '../translations/lock.js';
import { countsByLocale, refreshedLock, targetLocales, translationStatuses } from '../translations/status.js';
import { translationUnits } from '../translations/units.js';
import { lockWarnings } from '../translations/warnings.js';
import { exportXliff } from '../translations/xliff-export.js';
import { NotXmlText } from '../translations/xml-escape.js';
import { replaceFiles } from '../write/replace-files.js';
import type { Flags } from './args.js';
import type { Output } from './output.js';
import { displayPath } from './paths.js';
import { printDiagnostics } from './report.js';
import { resolveSettings, type Settings } from './settings.js';
import { USAGE } from './usage.js';

interface Loaded {
  readonly settings: Settings;
  readonly spec: SourceFile;
  readonly model: ErrorModel;
  readonly lockFile: LockFile;
  readonly show: (path: string) => string;
}

/** The spec and its lock, or the exit code after printing why not. */
function load(flags: Flags, io: Output, cwd: string): Loaded | number {
  const settings = resolveSettings(flags, cwd);
  const show = (path: string) => displayPath(path, cwd);
  const spec = readSource(settings.spec, show(settings.spec), settings.maxBytes === undefined ? {} : { maxBytes: settings.maxBytes });
  const loaded = loadSpecSource(spec);
  if (!loaded.model) {
    printDiagnostics(io, loaded.diagnostics);
    io.err(`errspec: ${spec.path} is invalid; fix it first (errspec validate)`);
    return 1;
  }
  const lockFile = readLockFile(settings.spec, show);
  if (lockFile.diagnostics.length > 0) {
    printDiagnostics(io, lockFile.diagnostics);
    return 1;
  }
  return { settings, spec, model: loaded.model, lockFile, show };
}

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;

function exportCommand(ctx: Loaded, flags: Flags, io: Output, cwd: string): number {
  const { model } = ctx;
  const locales = targetLocales(model);
  const locale = flags.locale;
  if (locale === undefined || !locales.includes(locale)) {
    const which = `one of the spec's target locales: ${locales.join(', ') || '(none)'}`;
    throw new ToolError('usage', locale === undefined ? `--locale is required: ${which}` : `--locale ${locale} is not ${which}`);
  }
  const all = translationStatuses(model, translationUnits(model), ctx.lockFile.lock, locale);
  const statuses = flags.untranslated ? all.filter((s) => s.state !== 'translated') : all;
  let xml: string;
  try {
    xml = exportXliff({ original: ctx.spec.path, catalogId: model.id, sourceLocale: model.sourceLocale, locale, statuses });
  } catch (error) {
    if (error instanceof NotXmlText) throw new ToolError('export', `cannot export: ${error.message}`, 1);
    throw error;
  }
  const count = (state: string) => statuses.filter((s) => s.state === state).length;
  const summary = `${plural(statuses.length, 'unit')} for ${locale} (${count('stale')} stale, ${count('missing')} missing)`;
  if (flags.out === undefined) {
    io.out(xml.slice(0, -1));
    io.err(`Exported ${summary}`);
  } else {
    const out = resolve(cwd, flags.out);
    replaceFiles([{ path: out, text: xml }]);
    io.err(`Wrote ${ctx.show(out)}: ${summary}`);
  }
  return 0;
}

function importCommand(ctx: Loaded, file: string, io: Output, cwd: string): number {
  const path = resolve(cwd, file);
  const xliff = readSource(path, ctx.show(path));
  if (xliff.problems && xliff.problems.length > 0) {
    printDiagnostics(io, xliff.problems);
    return 1;
  }
  let specText: string;
  try {
    specText = readFileSync(ctx.settings.spec, 'utf8');
  } catch (error) {
    throw new ToolError('io', `${ctx.spec.path}: cannot read the file (${(error as NodeJS.ErrnoException).code ?? String(error)})`);
  }
  const outcome = importXliff({ model: ctx.model, specText, specShown: ctx.spec.path, lock: ctx.lockFile.lock, xliff });
  if (outcome.kind === 'refused' || outcome.kind === 'invalid') {
    printDiagnostics(io, outcome.diagnostics);
    const why = outcome.kind === 'refused' ? `${xliff.path} has problems` : `${ctx.spec.path} would be invalid with these translations`;
    io.err(`errspec: nothing imported: ${why}`);
    return 1;
  }
  printDiagnostics(io, outcome.plan.diagnostics);
  if (outcome.kind === 'unchanged') {
    io.out(`No changes: the ${plural(outcome.plan.unitsRead, 'unit')} of ${xliff.path} match ${ctx.spec.path}`);
    return 0;
  }
  const { plan } = outcome;
  const source = ctx.model.sourceLocale;
  for (const e of plan.edits) io.out(`${e.unit.key} (${e.locale}): ${e.before === undefined ? '(none)' : JSON.stringify(e.before)} -> ${JSON.stringify(e.after)}`);
  for (const s of plan.confirmed) io.out(`${s.unit.key} (${s.locale}): confirmed for the current ${source} text`);
  const written = replaceFiles([
    { path: ctx.settings.spec, text: outcome.specText },
    { path: ctx.lockFile.path, text: serializeLock(outcome.lock) },
  ]).map(ctx.show);
  io.out(`Imported ${xliff.path}: ${plural(plan.edits.length, 'text')} changed, ${plan.confirmed.length} confirmed; wrote ${written.join(' and ')}`);
  return 0;
}

function statusCommand(ctx: Loaded, flags: Flags, io: Output): number {
  const format = flags.format ?? 'text';
  if (format !== 'text' && format !== 'json') throw new ToolError('usage', `--format must be text or json, not ${JSON.stringify(format)}`);
  const { model, lockFile } = ctx;
  const statuses = translationStatuses(model, translationUnits(model), lockFile.lock);
  const counts = countsByLocale(model, statuses);
  const outdated = lockFile.lock !== undefined && lockWarnings(lockFile.file, lockFile.lock, statuses).length > 0;
  if (format === 'json') {
    const lock = lockFile.lock ? { path: lockFile.file.path, outdated } : null;
    io.out(JSON.stringify({ version: 1, spec: ctx.spec.path, sourceLocale: model.sourceLocale, lock, locales: counts }, null, 2));
    return 0;
  }
  io.out(`Translations of ${ctx.spec.path} (source ${model.sourceLocale})`);
  for (const c of counts) {
    io.out(`  ${c.locale}: ${c.translated} translated, ${c.stale} stale, ${c.missing} missing (of ${plural(c.total, 'text')})`);
    if (c.stale > 0) io.out(`    stale: ${c.staleKeys.join(', ')}`);
    if (c.missing > 0) io.out(`    missing: ${c.missingKeys.join(', ')}`);
  }
  if (!lockFile.lock) io.out(`No lock file (${lockFile.file.path}): stale translations are not tracked; errspec translations lock starts tracking them.`);
  else if (outdated) io.out(`${lockFile.file.path} does not record every translation as it is now; run errspec translations lock.`);
  return 0;
}

function lockCommand(ctx: Loaded, io: Output): number {
  const { model, lockFile } = ctx;
  const statuses = translationStatuses(model, translationUnits(model), lockFile.lock);
  const lock = refreshedLock(statuses);
  const written = replaceFiles([{ path: lockFile.path, text: serializeLock(lock) }]);
  const recorded = [...lock.values()].reduce((n, m) => n + m.size, 0);
  const stale = statuses.filter((s) => s.state === 'stale').length;
  const what = `${plural(recorded, 'translation')} recorded, ${stale} stale`;
  io.out(written.length > 0 ? `Wrote ${lockFile.file.path}: ${what}` : `${lockFile.file.path} is up to date: ${what}`);
  return 0;
}

export function translationsCommand(args: readonly string[], flags: Flags, io: Output, cwd: string = process.cwd()): number {
  const [sub, ...rest] = args;
  const expected = sub === 'import' ? 1 : 0;
  if (sub === undefined || !['export', 'import', 'status', 'lock'].includes(sub)) {
    throw new ToolError('usage', `${sub === undefined ? 'translations needs a command' : `unknown translations command ${JSON.stringify(sub)}`}\n\n${USAGE['translations']}`);
  }
  if (rest.length !== expected) {
    throw new ToolError('usage', rest.length > expected ? `unexpected argument ${JSON.stringify(rest[expected])}` : 'translations import needs the XLIFF file to import');
  }
  const ctx = load(flags, io, cwd);
  if (typeof ctx === 'number') return ctx;
  switch (sub) {
    case 'export':
      return exportCommand(ctx, flags, io, cwd);
    case 'import':
      return importCommand(ctx, rest[0] as string, io, cwd);
    case 'status':
      return statusCommand(ctx, flags, io);
    default:
      return lockCommand(ctx, io);
  }
}
