// `errspec import` on small tables: columns by header or by --columns, merged cells,
// codes and names, and every problem at the table's file:line:column.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse } from 'yaml';
import { afterAll, describe, expect, it } from 'vitest';
import { parseCommandLine } from '../../generators/cli/args.js';
import { COMMANDS } from '../../generators/cli/commands.js';
import { importCommand } from '../../generators/cli/import.js';
import { ToolError } from '../../generators/diagnostics/tool-error.js';
import { parseColumnsFlag } from '../../generators/import/columns.js';
import { expandSpans } from '../../generators/import/table.js';
import { loadSpecSource } from '../../generators/pipeline/load-spec.js';
import type { Spec } from '../support/seed-table.js';

const work = mkdtempSync(join(tmpdir(), 'errspec-import-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

/** Runs `errspec import <name> …args` in the scratch folder, the table written there first. */
function runImport(name: string, table: string, args: readonly string[] = []) {
  writeFileSync(join(work, name), table);
  const out: string[] = [];
  const err: string[] = [];
  const { values, rest } = parseCommandLine(['import', name, ...args], COMMANDS);
  const code = importCommand(values, rest, { out: (l) => out.push(l), err: (l) => err.push(l) }, work);
  const stdout = out.join('\n');
  return { code, stdout, stderr: err.join('\n'), spec: code === 0 && stdout !== '' ? (parse(stdout) as Spec & { codes: { type: string; naming: string } }) : undefined };
}

const MD = `| Error code | Description | Scene | HTTP status |
|---|---|---|---|
| 1001 | The store id is unknown. | Checkout | 404 |
| 1001 | The store is closed (not an error). | Checkout | 404 |
| 1002 | The basket is empty. | Checkout | 422 |
`;

describe('columns', () => {
  it('are found by their headers', () => {
    const r = runImport('codes.md', MD);
    expect(r.code, r.stderr).toBe(0);
    expect(r.spec?.errors.map((e) => [e.code, e.http, e.causes?.length])).toEqual([[1001, 404, 2], [1002, 422, 1]]);
    expect(r.spec?.errors[0]?.causes?.[1]).toMatchObject({ severity: 'info' });
    expect(Object.values(r.spec?.scenes ?? {})).toEqual([{ title: { en: 'Checkout' } }]);
    // No advice column: one classification, made up and said so.
    expect(Object.values(r.spec?.classifications ?? {})).toHaveLength(1);
    expect(r.stderr).toMatch(/classifications\.no-handling-advice-given +the id, and retry: never is a placeholder/);
  });

  it('are named with --columns when the headers say something else, commas in a header included', () => {
    const table = `| Fehlercode | Beschreibung | Szene, Ablauf | Hinweis |
|---|---|---|---|
| card_declined | Die Karte wurde abgelehnt. | Bezahlen | Andere Karte verwenden. |
| 00042 | Zeitüberschreitung. | Bezahlen | Später erneut versuchen. |
`;
    const r = runImport('de.md', table, ['--columns', 'code=Fehlercode,explanation="Beschreibung",scene=Szene, Ablauf,advice=Hinweis', '--locales', 'de', '--retry', 'Andere Karte=never', '--retry', 'Später=may']);
    expect(r.code, r.stderr).toBe(0);
    expect(r.spec?.codes.type).toBe('string');
    // A code with a leading zero keeps the catalog's codes strings; names from a word-like code, else the text.
    expect(r.spec?.errors.map((e) => [e.code, e.name])).toEqual([['card_declined', 'CARD_DECLINED'], ['00042', 'ZEITUBERSCHREITUNG']]);
    expect(r.spec?.scenes['bezahlen']?.title).toEqual({ de: 'Bezahlen' });
    expect(Object.values(r.spec?.classifications ?? {}).map((c) => c.retry)).toEqual(['never', 'may']);
    expect(loadSpecSource({ path: 'spec.yaml', text: r.stdout }).diagnostics).toEqual([]);
  });

  it('parses --columns values with quotes, spaces and commas', () => {
    expect([...parseColumnsFlag('code="Error code",scene=Related scene, or flow,http=HTTP')]).toEqual([
      ['code', 'Error code'],
      ['scene', 'Related scene, or flow'],
      ['http', 'HTTP'],
    ]);
    expect(() => parseColumnsFlag('colour=Red')).toThrow(ToolError);
    expect(() => parseColumnsFlag('code')).toThrow(/--columns takes field="Header"/);
  });
});

describe('merged cells', () => {
  it('expand as an HTML table lays them out: rowspan, colspan, rowspan 0, a nested table ignored', () => {
    const html = `<p>Intro</p>
<table>
  <tr><th>Code</th><th colspan="2">Explanation and scene</th><th>Advice</th></tr>
  <tr><td>1</td><td>Fails.</td><td>Upload</td><td rowspan="0">Retry later.</td></tr>
  <tr><td>2</td><td colspan="2">Both <table><tr><td>inner</td></tr></table></td></tr>
  <tr><td>3</td><td>Stops.</td><td>Upload</td></tr>
</table>`;
    // The merged header cell names both its columns: the first is named, the second reads as the scene.
    const r = runImport('merged.html', html, ['--columns', 'explanation=Explanation and scene', '--retry', 'later=may']);
    expect(r.code, r.stderr).toBe(0);
    const causes = r.spec?.errors.map((e) => [e.code, e.causes?.[0]?.explanation['en'], r.spec?.scenes[e.causes?.[0]?.scene ?? '']?.title['en']]);
    expect(causes).toEqual([[1, 'Fails.', 'Upload'], [2, 'Both inner', 'Both inner'], [3, 'Stops.', 'Upload']]);
    expect(Object.values(r.spec?.classifications ?? {}).map((c) => [c.advice['en'], c.retry])).toEqual([['Retry later.', 'may']]);
    const grid = expandSpans(
      [
        [{ text: 'a', offset: 0, rowspan: 2 }, { text: 'b', offset: 1, colspan: 2 }],
        [{ text: 'c', offset: 2 }, { text: 'd', offset: 3 }],
        [{ text: 'e', offset: 4, rowspan: 0 }],
      ],
      [0, 2, 4],
    );
    expect(grid.map((row) => row.map((c) => c.text))).toEqual([
      ['a', 'b', 'b'],
      ['a', 'c', 'd'],
      ['e', '', ''],
    ]);
  });

  it('read HTML cell text as a browser shows it', () => {
    const html = `<table><thead><tr><th>Code</th><th>Explanation</th></tr></thead>
<tbody><tr><td>1</td><td>Fails <b>hard</b>.<br>Really &amp; truly.</td></tr></tbody></table>`;
    const r = runImport('text.html', html, ['--retry', 'No handling=may']);
    expect(r.code, r.stderr).toBe(0);
    expect(r.spec?.errors[0]?.causes?.[0]?.explanation).toEqual({ en: 'Fails hard. Really & truly.' });
  });

  it('flattened by a CSV export come back with --fill-down, and import suggests it', () => {
    const csv = 'Code;Explanation;Advice;HTTP\n1;One.;Retry later.;503\n2;Two.;;\n';
    const plain = runImport('flat.csv', csv);
    expect(plain.stderr).toContain('hint: 1 empty advice cells, 1 empty http cells: if they are merged cells an export flattened, pass --fill-down advice,http');
    const filled = runImport('flat.csv', csv, ['--fill-down', 'advice,http']);
    expect(filled.spec?.errors.map((e) => e.http)).toEqual([503, 503]);
    expect(Object.keys(filled.spec?.classifications ?? {})).toHaveLength(1);
  });
});

describe('problems of the table, at its line and column', () => {
  it('no code column: table-columns at the header, exit 1, nothing printed to stdout', () => {
    const r = runImport('nocode.html', '<table>\n  <tr><th>Message</th><th>Scene</th></tr>\n  <tr><td>x</td><td>y</td></tr>\n</table>\n');
    expect(r.code).toBe(1);
    expect(r.stdout).toBe('');
    expect(r.stderr).toMatch(/^nocode\.html:2:7 {2}error {2}No column looks like the code column \(columns: "Message", "Scene"\) {2}\(table-columns\)$/m);
    expect(r.stderr).toContain('  hint: name it with --columns code="…"');
  });

  it('a code that is no integer, a bad HTTP status, an empty explanation: one table-cell error each, at its cell', () => {
    const table = `| Code | Explanation | HTTP |
|---|---|---|
| 1 | One. | 500 |
| E2 | Two. | 500 |
| 3 | Three. | 5xx |
| 4 |  | 500 |
`;
    const r = runImport('bad.md', table, ['--codes', 'integer']);
    expect(r.code).toBe(1);
    const lines = r.stderr.split('\n').filter((l) => /^bad\.md:\d+:\d+ /.test(l));
    expect(lines).toEqual([
      'bad.md:4:3  error  Code "E2" is not a whole number, but the codes are integers  (table-cell)',
      'bad.md:5:16  error  "5xx" is not an HTTP status (100–599)  (table-cell)',
      'bad.md:6:3  error  This row has no explanation, so it is no cause  (table-cell)',
    ]);
    expect(r.stderr).toContain('  hint: pass --codes string to keep every code as a string');
    expect(r.stderr).toContain('  hint: fill the cell or delete the row');
  });

  it('rows of one code with two HTTP statuses: the code takes the first, the other row\'s cause answers its own', () => {
    const r = runImport('conflict.md', '| Code | Explanation | HTTP |\n|---|---|---|\n| 7 | A. | 400 |\n| 7 | B. | 409 |\n| 7 | C. | 400 |\n');
    expect(r.code, r.stderr).toBe(0);
    expect(r.stderr).not.toContain('table-conflict');
    expect(r.spec?.errors[0]?.http).toBe(400);
    expect(r.spec?.errors[0]?.causes?.map((c) => (c as { http?: number }).http)).toEqual([undefined, 409, undefined]);
    expect(loadSpecSource({ path: 'conflict.yaml', text: r.stdout }).model?.codes[0]?.statuses).toEqual([400, 409]);
  });

  it('rows of one code with two names: a table-conflict warning at the second, the first kept', () => {
    const r = runImport('names.md', '| Code | Name | Explanation |\n|---|---|---|\n| 7 | STORE_UNKNOWN | A. |\n| 7 | NO_STORE | B. |\n');
    expect(r.code).toBe(0);
    expect(r.stderr).toMatch(/^names\.md:4:7 {2}warning {2}Code 7 has name "STORE_UNKNOWN" in an earlier row; a code has one name, so "NO_STORE" is ignored {2}\(table-conflict\)$/m);
    expect(r.spec?.errors[0]?.name).toBe('STORE_UNKNOWN');
  });

  it('a table without an HTTP column: http: false, nothing made up; some statuses missing: defaults.http, said to be made up', () => {
    const none = runImport('nohttp.md', '| Code | Explanation |\n|---|---|\n| 1 | A. |\n| 2 | B. |\n');
    expect(none.code, none.stderr).toBe(0);
    expect((none.spec as unknown as { http?: unknown }).http).toBe(false);
    expect(none.spec?.errors.map((e) => e.http)).toEqual([undefined, undefined]);
    expect(none.stderr).not.toMatch(/HTTP/);
    expect(loadSpecSource({ path: 'nohttp.yaml', text: none.stdout }).diagnostics).toEqual([]);
    const some = runImport('somehttp.md', '| Code | Explanation | HTTP |\n|---|---|---|\n| 1 | A. | 404 |\n| 2 | B. |  |\n');
    expect(some.code, some.stderr).toBe(0);
    expect((some.spec as unknown as { defaults?: unknown }).defaults).toEqual({ http: 500 });
    expect(some.spec?.errors.map((e) => e.http)).toEqual([404, undefined]);
    expect(some.stderr).toMatch(/defaults\.http +500, for the 1 code\(s\) the table gives no HTTP status/);
    expect(loadSpecSource({ path: 'somehttp.yaml', text: some.stdout }).model?.codes.map((c) => c.http)).toEqual([404, 500]);
  });

  it('keeps lowercase snake_case names as written', () => {
    const r = runImport('snake.md', '| Code | Name | Explanation | HTTP |\n|---|---|---|---|\n| card_declined | card_declined | The card was declined. | 402 |\n| expired | expired_card | The card expired. | 402 |\n', ['--codes', 'string']);
    expect(r.code, r.stderr).toBe(0);
    expect(r.spec?.codes.naming).toBe('snake_case');
    expect(r.spec?.errors.map((e) => e.name)).toEqual(['card_declined', 'expired_card']);
  });

  it('malformed CSV and a file without a table: table-format', () => {
    expect(runImport('broken.csv', 'Code,Explanation\n1,"unclosed\n').stderr).toMatch(/^broken\.csv {2}error {2}Not readable as CSV.*\(table-format\)$/m);
    const none = runImport('none.md', '# Errors\n\nNo table here.\n');
    expect(none.code).toBe(1);
    expect(none.stderr).toContain('none.md  error  The file holds no GFM table (a header row, then a |---| row)  (table-format)');
  });

  it('a --retry text no advice holds is a usage error naming the advice texts', () => {
    expect(() => runImport('codes.md', MD, ['--retry', 'try again=may'])).toThrow(/matches no advice text of the table/);
  });
});

describe('--out', () => {
  it('writes the spec, and never over an existing file', () => {
    const first = runImport('codes.md', MD, ['--out', 'spec/errors.yaml']);
    expect(first.code).toBe(0);
    expect(first.stdout).toBe('');
    const text = readFileSync(join(work, 'spec', 'errors.yaml'), 'utf8');
    expect(loadSpecSource({ path: 'spec/errors.yaml', text }).model?.codes).toHaveLength(2);
    expect(() => runImport('codes.md', MD, ['--out', 'spec/errors.yaml'])).toThrow(/spec\/errors\.yaml already exists; remove it or pass another --out/);
    expect(readFileSync(join(work, 'spec', 'errors.yaml'), 'utf8')).toBe(text);
  });
});
