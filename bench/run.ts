// `npm run bench`: the real CLI against the floor of its stack, on synthetic specs of
// growing size, each run a cold process. A benchmark, not a test: it prints numbers and
// how they compare with the targets of issue 7, and always exits 0 once it has measured.
//
//   npm run bench -- [--sizes 1000,10000,50000] [--runs 3] [--out bench/results/latest.json]
//                    [--timeout 1800] [--keep] [--cli path/to/bin/errspec.js]
//                    [--bundle-sizes 1000,10000]      (`none` skips either part)
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, tmpdir, totalmem } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { bundleTable, bundleVerdicts, measureBundles, type BundleSize } from './bundle-report.js';
import { writeSyntheticSpec } from './synthetic.js';

// Stages in pipeline order; a stage a newer CLI reports (e.g. a new output) is shown after them.
const KNOWN_STAGES = ['parse', 'validate', 'model', 'typescript', 'openapi', 'markdown', 'i18n', 'catalog', 'package', 'check', 'write'];
const TARGETS = { realSpecMs: 600, timeRatio10k: 1.2, memoryRatio50k: 1.2, growth: 6.5 } as const;

// dist/bench/run.js -> the package root.
const root = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');
const floorScript = join(root, 'dist', 'bench', 'floor.js');
const measureScript = join(root, 'dist', 'bench', 'measure.js');
const RSS_MARK = '__errspec_bench_rss_kib=';
// Peak RSS (KiB), user and system CPU seconds.
const TIME_FORMAT = `${RSS_MARK}%M %U %S`;
const TIME_LINE = new RegExp(`${RSS_MARK}(\\d+) ([\\d.]+) ([\\d.]+)`);

interface RunResult {
  readonly ok: boolean;
  readonly wallMs: number;
  readonly rssKiB?: number;
  /** User + system CPU time of the child: on a busy machine, steadier than wall time. */
  readonly cpuMs?: number;
  readonly timings?: Record<string, number>;
  readonly exit?: number | null;
  readonly signal?: string | null;
  readonly error?: string;
}

interface Summary {
  readonly runs: readonly RunResult[];
  readonly ok: boolean;
  readonly wallMs?: number;
  readonly rssKiB?: number;
  readonly cpuMs?: number;
  readonly stages?: Record<string, number>;
  /** Wall time not inside any stage: process start, imports, output. */
  readonly otherMs?: number;
}

interface SizeResult {
  readonly codes: number;
  readonly specBytes: number;
  readonly errspec: Summary;
  readonly floor: Summary;
  readonly timeRatio?: number;
  readonly cpuRatio?: number;
  readonly memoryRatio?: number;
}

function options() {
  const { values } = parseArgs({
    options: {
      sizes: { type: 'string', default: '1000,10000,50000' },
      'bundle-sizes': { type: 'string', default: '1000,10000' },
      runs: { type: 'string', default: '3' },
      out: { type: 'string', default: 'bench/results/latest.json' },
      timeout: { type: 'string', default: '1800' },
      keep: { type: 'boolean', default: false },
      // Another build of the CLI (e.g. a patched copy) to compare with this one.
      cli: { type: 'string', default: join(root, 'bin', 'errspec.js') },
    },
    strict: true,
  });
  const list = (flag: string, value: string): number[] => {
    if (value === 'none') return [];
    const sizes = value.split(',').map((s) => Number(s.trim()));
    if (sizes.some((n) => !Number.isSafeInteger(n) || n < 1)) throw new Error(`${flag} takes positive integers or none, not ${value}`);
    return sizes;
  };
  const sizes = list('--sizes', values.sizes);
  const bundleSizes = list('--bundle-sizes', values['bundle-sizes']);
  const runs = Number(values.runs);
  if (!Number.isSafeInteger(runs) || runs < 1) throw new Error(`--runs takes a positive integer, not ${values.runs}`);
  const timeoutS = Number(values.timeout);
  if (!(timeoutS > 0)) throw new Error(`--timeout takes seconds, not ${values.timeout}`);
  return { sizes, bundleSizes, runs, out: resolve(values.out), timeoutMs: timeoutS * 1000, keep: values.keep, cli: resolve(values.cli) };
}

/** GNU time gives the child's peak RSS with no code in the child; fall back to the in-process wrapper. */
function gnuTimeWorks(): boolean {
  if (!existsSync('/usr/bin/time')) return false;
  const r = spawnSync('/usr/bin/time', ['-f', TIME_FORMAT, process.execPath, '-e', '0'], { encoding: 'utf8' });
  return r.status === 0 && TIME_LINE.test(r.stderr);
}

interface Finished {
  readonly status: number | null;
  readonly signal: NodeJS.Signals | null;
  readonly stderr: string;
  readonly error?: Error;
}

/** Runs a child in its own process group, so a timeout ends it and anything it started (GNU time's child too). */
function run(command: string, args: readonly string[], cwd: string, env: NodeJS.ProcessEnv, timeoutMs: number): Promise<Finished> {
  return new Promise((resolveRun) => {
    const child = spawn(command, args, { cwd, env, detached: true, stdio: ['ignore', 'ignore', 'pipe'] });
    const chunks: Buffer[] = [];
    let timedOut = false;
    child.stderr.on('data', (chunk: Buffer) => chunks.push(chunk));
    const timer = setTimeout(() => {
      timedOut = true;
      if (child.pid !== undefined) process.kill(-child.pid, 'SIGKILL');
    }, timeoutMs);
    child.on('error', (error) => {
      clearTimeout(timer);
      resolveRun({ status: null, signal: null, stderr: '', error });
    });
    child.on('close', (status, signal) => {
      clearTimeout(timer);
      const stderr = Buffer.concat(chunks).toString('utf8');
      resolveRun({ status, signal, stderr, ...(timedOut ? { error: new Error(`timed out after ${timeoutMs / 1000} s`) } : {}) });
    });
  });
}

async function measure(useGnuTime: boolean, scriptAndArgs: readonly string[], cwd: string, timeoutMs: number, scratch: string): Promise<RunResult> {
  const rssFile = join(scratch, 'rss.txt');
  rmSync(rssFile, { force: true });
  const [command, args] = useGnuTime
    ? ['/usr/bin/time', ['-f', TIME_FORMAT, process.execPath, ...scriptAndArgs]]
    : [process.execPath, [measureScript, ...scriptAndArgs]];
  const start = performance.now();
  const r = await run(command, args, cwd, { ...process.env, ERRSPEC_BENCH_RSS_FILE: rssFile }, timeoutMs);
  const wallMs = performance.now() - start;
  const stderr = r.stderr;
  let rssKiB: number | undefined;
  let cpuMs: number | undefined;
  const m = useGnuTime ? TIME_LINE.exec(stderr) : existsSync(rssFile) ? /^(\d+) ([\d.e-]+) ([\d.e-]+)$/.exec(readFileSync(rssFile, 'utf8')) : null;
  if (m) {
    rssKiB = Number(m[1]);
    cpuMs = (Number(m[2]) + Number(m[3])) * 1000;
  }
  const usage = { ...(rssKiB === undefined ? {} : { rssKiB }), ...(cpuMs === undefined ? {} : { cpuMs }) };
  const t = /^timings: (\{.*\})$/m.exec(stderr);
  const timings = t ? (JSON.parse(t[1] as string) as Record<string, number>) : undefined;
  // GNU time reports a killed child as exit 0 plus a line; trust the status line too.
  const ok = r.status === 0 && r.error === undefined && !/Command (exited with non-zero status|terminated by signal)/.test(stderr);
  if (ok) return { ok, wallMs, ...usage, ...(timings ? { timings } : {}) };
  const reason = r.error
    ? String(r.error.message)
    : /heap out of memory/i.test(stderr)
      ? 'JavaScript heap out of memory'
      : stderr.split('\n').filter((l) => l.trim() && !l.startsWith(RSS_MARK)).slice(-3).join(' | ');
  return { ok, wallMs, ...usage, exit: r.status, signal: r.signal, error: reason };
}

function median(values: readonly number[]): number | undefined {
  if (values.length === 0) return undefined;
  const s = [...values].sort((a, b) => a - b);
  const mid = s.length >> 1;
  return s.length % 2 ? s[mid] : ((s[mid - 1] as number) + (s[mid] as number)) / 2;
}

function summarize(runs: readonly RunResult[]): Summary {
  const good = runs.filter((r) => r.ok);
  if (good.length === 0) return { runs, ok: false };
  const wallMs = median(good.map((r) => r.wallMs)) as number;
  const rss = median(good.flatMap((r) => (r.rssKiB === undefined ? [] : [r.rssKiB])));
  const cpu = median(good.flatMap((r) => (r.cpuMs === undefined ? [] : [r.cpuMs])));
  const withTimings = good.filter((r) => r.timings);
  let stages: Record<string, number> | undefined;
  let otherMs: number | undefined;
  if (withTimings.length > 0) {
    stages = {};
    for (const stage of new Set(withTimings.flatMap((r) => Object.keys(r.timings ?? {})))) {
      const m = median(withTimings.map((r) => r.timings?.[stage] ?? 0));
      if (m !== undefined) stages[stage] = m;
    }
    otherMs = median(withTimings.map((r) => r.wallMs - Object.values(r.timings ?? {}).reduce((a, b) => a + b, 0)));
  }
  return {
    runs,
    ok: good.length === runs.length,
    wallMs,
    ...(rss === undefined ? {} : { rssKiB: rss }),
    ...(cpu === undefined ? {} : { cpuMs: cpu }),
    ...(stages ? { stages } : {}),
    ...(otherMs === undefined ? {} : { otherMs }),
  };
}

const sec = (ms: number | undefined): string => (ms === undefined ? '—' : ms < 10_000 ? `${(ms / 1000).toFixed(2)} s` : `${(ms / 1000).toFixed(1)} s`);
const mib = (kib: number | undefined): string => (kib === undefined ? '—' : `${Math.round(kib / 1024)} MiB`);
const stageMs = (ms: number | undefined): string => (ms === undefined ? '—' : ms >= 10_000 ? `${(ms / 1000).toFixed(1)} s` : `${Math.round(ms)}`);
const ratio = (x: number | undefined): string => (x === undefined ? '—' : `${x.toFixed(2)}×`);
const failed = (s: Summary): string => {
  const f = s.runs.find((r) => !r.ok);
  return f ? `failed: ${f.error ?? `exit ${String(f.exit)}`}` : '';
};

/** The stages any of these runs reported, in pipeline order. */
function stageNames(summaries: readonly (Summary | undefined)[]): string[] {
  const found = new Set(summaries.flatMap((s) => Object.keys(s?.stages ?? {})));
  return [...KNOWN_STAGES.filter((s) => found.has(s)), ...[...found].filter((s) => !KNOWN_STAGES.includes(s)).sort()];
}

function table(results: readonly SizeResult[], real: Summary | undefined): string {
  const stages = stageNames([...results.map((r) => r.errspec), real]);
  const head = ['codes', 'spec', 'errspec wall', 'floor wall', 'time ratio', 'errspec CPU', 'floor CPU', 'CPU ratio', 'errspec peak RSS', 'floor peak RSS', 'memory ratio', ...stages, 'other'];
  const rows: string[][] = results.map((r) => [
    r.codes.toLocaleString('en-US'),
    `${(r.specBytes / 2 ** 20).toFixed(1)} MiB`,
    r.errspec.wallMs === undefined ? failed(r.errspec) : sec(r.errspec.wallMs),
    r.floor.wallMs === undefined ? failed(r.floor) : sec(r.floor.wallMs),
    ratio(r.timeRatio),
    sec(r.errspec.cpuMs),
    sec(r.floor.cpuMs),
    ratio(r.cpuRatio),
    mib(r.errspec.rssKiB),
    mib(r.floor.rssKiB),
    ratio(r.memoryRatio),
    ...stages.map((s) => stageMs(r.errspec.stages?.[s])),
    stageMs(r.errspec.otherMs),
  ]);
  if (real) {
    const blank = ['', ''];
    rows.push(['spec/errors.yaml', '', real.wallMs === undefined ? failed(real) : sec(real.wallMs), '', '', sec(real.cpuMs), ...blank, mib(real.rssKiB), ...blank, ...stages.map((s) => stageMs(real.stages?.[s])), stageMs(real.otherMs)]);
  }
  const line = (cells: readonly string[]) => `| ${cells.join(' | ')} |`;
  return [line(head), line(head.map((_, i) => (i < 2 ? '---' : '---:'))), ...rows.map(line)].join('\n');
}

interface Verdict {
  readonly target: string;
  readonly value: string;
  readonly holds: boolean | null;
}

function verdicts(results: readonly SizeResult[], real: Summary | undefined, growth: Growth | undefined): Verdict[] {
  const out: Verdict[] = [];
  if (real) {
    out.push({ target: `real spec cold ≤ ${TARGETS.realSpecMs} ms`, value: real.wallMs === undefined ? failed(real) : `${sec(real.wallMs)} (CPU time ${sec(real.cpuMs)})`, holds: real.wallMs === undefined ? false : real.wallMs <= TARGETS.realSpecMs });
  }
  const at = (n: number) => results.find((r) => r.codes === n);
  const r10 = at(10_000);
  if (r10) out.push({ target: `10k: time ≤ ${TARGETS.timeRatio10k}× floor`, value: `${ratio(r10.timeRatio)} (CPU time ${ratio(r10.cpuRatio)})`, holds: r10.timeRatio === undefined ? false : r10.timeRatio <= TARGETS.timeRatio10k });
  const r50 = at(50_000);
  if (r50) {
    out.push({ target: '50k: completes under the default heap', value: r50.errspec.ok ? 'yes' : failed(r50.errspec), holds: r50.errspec.ok });
    out.push({ target: `50k: peak RSS ≤ ${TARGETS.memoryRatio50k}× floor`, value: ratio(r50.memoryRatio), holds: r50.memoryRatio === undefined ? false : r50.memoryRatio <= TARGETS.memoryRatio50k });
  }
  if (growth) {
    out.push({ target: `growth time(50k)/time(10k) ≤ ${TARGETS.growth}`, value: `${growth.errspec?.toFixed(2) ?? '—'} (floor ${growth.floor?.toFixed(2) ?? '—'})`, holds: growth.errspec === undefined ? false : growth.errspec <= TARGETS.growth });
    // A stage of a few ms is noise; only stages that matter are judged for linearity.
    const worse = Object.entries(growth.stages).filter(([s, g]) => g > TARGETS.growth && (r50?.errspec.stages?.[s] ?? 0) >= 100);
    out.push({
      target: `no stage worse than linear (stage growth ≤ ${TARGETS.growth})`,
      value: worse.length ? worse.map(([s, g]) => `${s} ${g.toFixed(2)}`).join(', ') : 'all stages ≤ bound',
      holds: worse.length === 0,
    });
  }
  return out;
}

interface Growth {
  readonly errspec?: number;
  readonly floor?: number;
  readonly stages: Record<string, number>;
}

function growthOf(results: readonly SizeResult[]): Growth | undefined {
  const a = results.find((r) => r.codes === 10_000);
  const b = results.find((r) => r.codes === 50_000);
  if (!a || !b) return undefined;
  const div = (x: number | undefined, y: number | undefined) => (x === undefined || y === undefined || y === 0 ? undefined : x / y);
  const stages: Record<string, number> = {};
  for (const s of stageNames([a.errspec, b.errspec])) {
    const g = div(b.errspec.stages?.[s], a.errspec.stages?.[s]);
    if (g !== undefined) stages[s] = g;
  }
  const errspec = div(b.errspec.wallMs, a.errspec.wallMs);
  const floor = div(b.floor.wallMs, a.floor.wallMs);
  return { ...(errspec === undefined ? {} : { errspec }), ...(floor === undefined ? {} : { floor }), stages };
}

function defaultHeapMiB(): number | undefined {
  const r = spawnSync(process.execPath, ['-p', 'require("node:v8").getHeapStatistics().heap_size_limit'], { encoding: 'utf8' });
  return r.status === 0 ? Math.round(Number(r.stdout) / 2 ** 20) : undefined;
}

async function main(): Promise<void> {
  const opts = options();
  for (const needed of [opts.cli, floorScript, measureScript]) {
    if (!existsSync(needed)) throw new Error(`${needed} is missing: run npm run build first (npm run bench does)`);
  }
  const useGnuTime = gnuTimeWorks();
  const machine = {
    cpus: cpus().length,
    cpuModel: cpus()[0]?.model ?? 'unknown',
    totalMemGiB: Number((totalmem() / 2 ** 30).toFixed(1)),
    node: process.version,
    platform: `${process.platform}-${process.arch}`,
    defaultHeapMiB: defaultHeapMiB(),
    rssBy: useGnuTime ? '/usr/bin/time -f %M' : 'dist/bench/measure.js (process.resourceUsage().maxRSS)',
    loadAverageAtStart: loadavg().map((x) => Number(x.toFixed(2))),
  };
  const log = (s: string) => process.stderr.write(`${s}\n`);
  log(`errspec bench: ${machine.cpus} × ${machine.cpuModel}, Node ${machine.node}, default heap ${machine.defaultHeapMiB ?? '?'} MiB, load ${machine.loadAverageAtStart.join(' ')}; RSS by ${machine.rssBy}`);

  const scratch = mkdtempSync(join(tmpdir(), 'errspec-bench-'));
  const results: SizeResult[] = [];
  let real: Summary | undefined;
  let bundles: BundleSize[] = [];
  try {
    // The real spec first: it is what a writer's edit loop runs.
    if (opts.sizes.length > 0) {
      const runs: RunResult[] = [];
      for (let i = 0; i < opts.runs; i++) {
        const out = join(scratch, `real-out-${i}`);
        runs.push(await measure(useGnuTime, [opts.cli, 'generate', '--out', out, '--timings'], root, opts.timeoutMs, scratch));
        rmSync(out, { recursive: true, force: true });
      }
      real = summarize(runs);
      log(`spec/errors.yaml: ${sec(real.wallMs)} ${mib(real.rssKiB)} ${failed(real)}`);
    }
    for (const codes of opts.sizes) {
      const spec = join(scratch, `spec-${codes}.yaml`);
      const specBytes = writeSyntheticSpec(spec, codes);
      const errspecRuns: RunResult[] = [];
      const floorRuns: RunResult[] = [];
      // Interleaved, so a burst of load on the machine hits both sides alike.
      for (let i = 0; i < opts.runs; i++) {
        const out = join(scratch, `out-${codes}-${i}`);
        const args = [opts.cli, 'generate', '--spec', spec, '--out', out, '--timings', '--max-bytes', String(2 ** 40)];
        // Run in the scratch folder, so a config file of the checkout cannot change what runs.
        const e = await measure(useGnuTime, args, scratch, opts.timeoutMs, scratch);
        errspecRuns.push(e);
        rmSync(out, { recursive: true, force: true });
        const floorOut = join(scratch, `floor-${codes}-${i}.json`);
        const f = await measure(useGnuTime, [floorScript, spec, floorOut], scratch, opts.timeoutMs, scratch);
        floorRuns.push(f);
        rmSync(floorOut, { force: true });
        log(`${codes} codes, run ${i + 1}/${opts.runs}: errspec ${e.ok ? sec(e.wallMs) : `failed (${e.error ?? ''})`} ${mib(e.rssKiB)}, floor ${f.ok ? sec(f.wallMs) : 'failed'} ${mib(f.rssKiB)}${e.timings ? ` ${JSON.stringify(e.timings)}` : ''}`);
      }
      const errspec = summarize(errspecRuns);
      const floor = summarize(floorRuns);
      const timeRatio = errspec.ok && errspec.wallMs !== undefined && floor.wallMs ? errspec.wallMs / floor.wallMs : undefined;
      const memoryRatio = errspec.ok && errspec.rssKiB !== undefined && floor.rssKiB ? errspec.rssKiB / floor.rssKiB : undefined;
      const cpuRatio = errspec.ok && errspec.cpuMs !== undefined && floor.cpuMs ? errspec.cpuMs / floor.cpuMs : undefined;
      results.push({
        codes,
        specBytes,
        errspec,
        floor,
        ...(timeRatio === undefined ? {} : { timeRatio }),
        ...(cpuRatio === undefined ? {} : { cpuRatio }),
        ...(memoryRatio === undefined ? {} : { memoryRatio }),
      });
      if (!opts.keep) rmSync(spec, { force: true });
    }
    bundles = await measureBundles(opts.bundleSizes, log);
  } finally {
    if (!opts.keep) rmSync(scratch, { recursive: true, force: true });
    else log(`kept ${scratch}`);
  }

  const growth = growthOf(results);
  const checks = [...verdicts(results, real, growth), ...bundleVerdicts(bundles)];
  const report = {
    date: new Date().toISOString(),
    machine: { ...machine, loadAverageAtEnd: loadavg().map((x) => Number(x.toFixed(2))) },
    runsPerSize: opts.runs,
    targets: TARGETS,
    realSpec: real ? { path: 'spec/errors.yaml', bytes: statSync(join(root, 'spec', 'errors.yaml')).size, ...real } : undefined,
    sizes: results,
    growth,
    bundles,
    verdicts: checks,
  };
  mkdirSync(dirname(opts.out), { recursive: true });
  writeFileSync(opts.out, `${JSON.stringify(report, null, 2)}\n`);

  const print = (s: string) => process.stdout.write(`${s}\n`);
  if (results.length > 0 || real) {
    print('');
    print(`Medians of ${opts.runs} cold runs; ${machine.cpus} cores (${machine.cpuModel}), Node ${machine.node}. Stage columns are ms of the errspec run (--timings); "other" is process start and imports.`);
    print('');
    print(table(results, real));
  }
  if (bundles.length > 0) {
    print('');
    print('Client bundles (esbuild --minify, ESM; gzip -9; evaluation: a cold Node process imports the bundle and makes the first call, median of 5):');
    print('');
    print(bundleTable(bundles));
  }
  if (growth) {
    print('');
    const stages = Object.entries(growth.stages).map(([s, g]) => `${s} ${g.toFixed(2)}`).join(', ');
    print(`growth 10k → 50k: errspec ${growth.errspec?.toFixed(2) ?? '—'}, floor ${growth.floor?.toFixed(2) ?? '—'}; per stage: ${stages}`);
  }
  print('');
  for (const v of checks) print(`${v.holds ? 'holds ' : 'MISSED'}  ${v.target}: ${v.value}`);
  print('');
  print(`results: ${opts.out}`);
}

await main();
