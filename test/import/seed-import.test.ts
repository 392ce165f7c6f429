// `errspec import` on the seed table: the HTML rebuilt with its merged cells, and the
// markdown and CSV exports of the same table (test/fixtures/import/) each give a spec
// that validates and holds every row of spec/errors.yaml: code, scene title, English
// explanation verbatim, grouping into classifications, "not an error" rows, the row
// without a code. The HTML result is also kept as a golden file (UPDATE=1 rewrites it).
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { loadSpecSource } from '../../generators/pipeline/load-spec.js';
import { readTable } from '../../generators/import/index.js';
import { repoRoot, runCli } from '../support/cli.js';
import { seedRowKey, seedRows, seedTable, specCauses, specRowKeys, type Spec } from '../support/seed-table.js';

const read = (path: string): string => readFileSync(join(repoRoot, path), 'utf8');
const HTML = 'test/fixtures/seed/voucher-errors.html';
const GOLDEN = 'test/fixtures/import/expected/voucher-errors.yaml';
const RETRY = ['--retry', 'retry will not succeed=never', '--retry', 'Retry probability is successful=may'];

const SOURCES = [
  { name: 'html', path: HTML, args: [] },
  { name: 'markdown', path: 'test/fixtures/import/voucher-errors.md', args: [] },
  // A spreadsheet's CSV holds a merged cell's value in its first row only.
  { name: 'csv', path: 'test/fixtures/import/voucher-errors.csv', args: ['--fill-down', 'advice,http'] },
] as const;

const reference = parse(read('spec/errors.yaml')) as Spec;

// Each table is imported once; the tests read the same result.
const imported = new Map<string, Promise<{ text: string; spec: Spec; stderr: string }>>();
function importSpec(path: string, args: readonly string[]) {
  const key = [path, ...args].join('\0');
  let result = imported.get(key);
  if (!result) {
    result = runCli(['import', path, ...RETRY, ...args]).then((r) => {
      if (r.code !== 0) throw new Error(`import ${path} exited ${r.code}\n${r.stderr}`);
      return { text: `${r.stdout}\n`, spec: parse(r.stdout) as Spec, stderr: r.stderr };
    });
    imported.set(key, result);
  }
  return result;
}

describe('the HTML seed table', () => {
  it('is the shared seed, and reads as the same 56 rows as the text the project started from', () => {
    const shared = join(repoRoot, '..', 'shared', 'seed', 'voucher-errors.html');
    if (existsSync(shared)) expect(read(HTML)).toBe(readFileSync(shared, 'utf8'));
    const text = { path: 'test/fixtures/seed/000_dbdbfec54324fbab.txt', text: read('test/fixtures/seed/000_dbdbfec54324fbab.txt') };
    const html = { path: HTML, text: read(HTML) };
    const { table } = readTable(html);
    expect(table).toBeDefined();
    const fromHtml = seedRows(html, table!);
    expect(fromHtml).toHaveLength(56);
    expect(fromHtml).toEqual(seedRows(text, seedTable(text)));
  });
});

describe.each(SOURCES)('errspec import of the $name table', ({ path, args }) => {
  it('gives a spec that validates with no diagnostic at all', async () => {
    const { text } = await importSpec(path, args);
    const loaded = loadSpecSource({ path: 'spec/errors.yaml', text });
    expect(loaded.diagnostics.map((d) => d.message)).toEqual([]);
    expect(loaded.model?.codes).toHaveLength(21);
  });

  it('holds every row of spec/errors.yaml: code, scene title and English explanation, in order', async () => {
    const { spec } = await importSpec(path, args);
    expect(specRowKeys(spec)).toEqual(specRowKeys(reference));
    expect(spec.errors.map((e) => [e.code, e.http])).toEqual(reference.errors.map((e) => [e.code, e.http]));
  });

  it('groups the causes into the same classifications, one per advice text, with the retry stance given', async () => {
    const { spec } = await importSpec(path, args);
    const partition = (s: Spec) => {
      const byClass = new Map<string, string[]>();
      for (const { code, cause } of specCauses(s)) byClass.set(cause.classification, [...(byClass.get(cause.classification) ?? []), `${code} ${cause.explanation['en']}`]);
      return [...byClass.entries()].map(([id, rows]) => ({ advice: s.classifications[id]?.advice['en'], retry: s.classifications[id]?.retry, rows })).sort((a, b) => String(a.advice).localeCompare(String(b.advice)));
    };
    expect(partition(spec)).toEqual(partition(reference));
    expect(Object.keys(spec.classifications)).toHaveLength(4);
  });

  it('gives exactly the "not an error" rows severity info, and puts the row without a code under uncoded', async () => {
    const { spec } = await importSpec(path, args);
    const informational = (s: Spec) => specCauses(s).filter(({ severity }) => severity === 'info').map(({ code, cause }) => `${code} ${cause.explanation['en']}`);
    expect(informational(spec)).toEqual(informational(reference));
    expect(informational(spec)).toHaveLength(2);
    expect(spec.uncoded?.map((c) => c.explanation['en'])).toEqual(reference.uncoded?.map((c) => c.explanation['en']));
    expect(spec.uncoded?.[0]?.note?.['en']).toMatch(/no error code/);
  });
});

describe('the three formats', () => {
  it('import to the same spec, byte for byte but the file name; the HTML one is the golden file', async () => {
    const [html, markdown, csv] = await Promise.all(SOURCES.map((s) => importSpec(s.path, s.args)));
    const unnamed = (text: string) => text.replace(/rows of voucher-errors\.\w+\./, 'rows of voucher-errors.*.');
    expect(unnamed(markdown!.text)).toBe(unnamed(html!.text));
    expect(unnamed(csv!.text)).toBe(unnamed(html!.text));
    if (process.env['UPDATE'] === '1') writeFileSync(join(repoRoot, GOLDEN), html!.text);
    expect(html!.text).toBe(read(GOLDEN));
  });
});

describe('what import makes up', () => {
  it('lists every invented field: id, code type, each scene, classification, code and uncoded cause', async () => {
    const { spec, stderr } = await importSpec(HTML, []);
    const listed = stderr.split('\n').filter((l) => l.startsWith('  '));
    expect(listed).toHaveLength(2 + 4 + 4 + 21 + 1);
    for (const id of Object.keys(spec.scenes)) expect(stderr).toContain(`scenes.${id} `);
    for (const id of Object.keys(spec.classifications)) expect(stderr).toContain(`classifications.${id} `);
    for (const e of spec.errors) expect(stderr).toContain(`(${e.code} ${e.name})`);
    // Every invented entry carries a note; scenes (which have none in the schema) a comment.
    for (const e of spec.errors) expect(e, String(e.code)).toHaveProperty('note.en');
    for (const c of Object.values(spec.classifications)) expect(c.note?.['en']).toMatch(/^Made by errspec import/);
    const { text } = await importSpec(HTML, []);
    expect(text.match(/# Made by errspec import: the id, from the title/g)).toHaveLength(4);
  });

  it('never guesses a retry stance: without --retry each classification is marked for review', async () => {
    const r = await runCli(['import', HTML]);
    expect(r.code).toBe(0);
    const spec = parse(r.stdout) as Spec;
    for (const c of Object.values(spec.classifications)) {
      expect(c.retry).toBe('never');
      expect(c.note?.['en']).toMatch(/REVIEW: retry: never is a placeholder/);
    }
    expect(r.stderr.match(/retry: never is a placeholder/g)).toHaveLength(4);
  });

  it('leaves the texts of other locales to the fallback, so validate lists each one', async () => {
    const r = await runCli(['import', HTML, '--locales', 'en,de', ...RETRY]);
    expect(r.code).toBe(0);
    const spec = parse(r.stdout) as Spec & { locales: { fallback?: Record<string, string> } };
    expect(spec.locales).toEqual({ source: 'en', targets: ['de'], fallback: { de: 'en' } });
    expect(r.stderr).toMatch(/locales\.fallback\.de +every de text is the en one until translated/);
    const model = loadSpecSource({ path: 'spec/errors.yaml', text: r.stdout }).model;
    // title + 4 scenes + 4 advices and notes + 13 summaries (the 8 codes with one cause take
    // its explanation) + 21 notes + 56 explanations + 1 uncoded note
    expect(model?.coverage.filter((f) => f.locale === 'de')).toHaveLength(1 + 4 + 8 + 13 + 21 + 56 + 1);
  });
});
