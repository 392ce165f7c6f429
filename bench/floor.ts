// The floor of the stack: what any YAML -> files tool on `yaml` pays at least. Reads
// the spec, `yaml.parse`, `JSON.stringify`, writes the result; nothing else.
// Usage: node dist/bench/floor.js <spec.yaml> <out.json>
import { readFileSync, writeFileSync } from 'node:fs';
import { parse } from 'yaml';

const [specPath, outPath] = process.argv.slice(2);
if (specPath === undefined || outPath === undefined) {
  process.stderr.write('usage: node dist/bench/floor.js <spec.yaml> <out.json>\n');
  process.exit(2);
}
writeFileSync(outPath, JSON.stringify(parse(readFileSync(specPath, 'utf8'))));
