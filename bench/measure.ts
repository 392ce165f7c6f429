// Peak-RSS wrapper for machines without GNU time: runs a Node script in this process
// (so its memory is ours) and, on exit, writes `maxRSS` (KiB) and the CPU time (user
// and system, seconds) to the file named by ERRSPEC_BENCH_RSS_FILE, as `KiB user sys`. Usage: node dist/bench/measure.js <script.js> [args...]
import { writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';

const [script, ...args] = process.argv.slice(2);
const rssFile = process.env['ERRSPEC_BENCH_RSS_FILE'];
if (script === undefined || rssFile === undefined) {
  process.stderr.write('usage: ERRSPEC_BENCH_RSS_FILE=<file> node dist/bench/measure.js <script.js> [args...]\n');
  process.exit(2);
}
// 'exit' runs even when the workload calls process.exit or fails; the sync write is
// the only kind allowed there.
process.on('exit', () => {
  const usage = process.resourceUsage();
  writeFileSync(rssFile, `${usage.maxRSS} ${usage.userCPUTime / 1e6} ${usage.systemCPUTime / 1e6}`);
});
const scriptPath = resolve(script);
// The workload reads its arguments from process.argv as if it had been started itself.
process.argv = [process.argv[0] ?? 'node', scriptPath, ...args];
await import(pathToFileURL(scriptPath).href);
