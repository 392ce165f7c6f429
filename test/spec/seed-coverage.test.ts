// The seed table (test/fixtures/seed/, as received) against spec/errors.yaml: every
// row of the source is in the spec exactly once, with nothing extra, and the spec
// validates against spec/schema.json.
import { readFileSync } from 'node:fs';
import Ajv2020 from 'ajv/dist/2020.js';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';

const root = new URL('../../', import.meta.url);
const read = (path: string): string => readFileSync(new URL(path, root), 'utf8');

// ---------------------------------------------------------------------------
// The seed: an HTML table flattened to text, merged cells lost (see its README).

interface SeedGroup {
  /** The merged first column: classification and handling suggestion. */
  readonly advice: string;
}

interface SeedRow {
  readonly group: number;
  readonly explanation: string;
  readonly scene: string;
  /** The merged HTTP status cell of the row's group. */
  readonly http: number;
  readonly code: number | null;
}

const HEADER = 'Error classification and handling suggestions | Error explanation |';

/** Cells of a line split on `|`, trimmed, trailing empty cells dropped. */
function cells(line: string): string[] {
  const all = line.split('|').map((c) => c.trim());
  while (all.length > 0 && all[all.length - 1] === '') all.pop();
  return all;
}

function parseCode(cell: string, line: string): number {
  if (!/^-?\d+$/.test(cell)) throw new Error(`not a code: ${JSON.stringify(cell)} in ${line}`);
  return Number(cell);
}

function parseSeed(text: string): { groups: SeedGroup[]; rows: SeedRow[] } {
  const lines = text.split('\n');
  const start = lines.findIndex((l) => l.startsWith(HEADER));
  if (start < 0) throw new Error('seed header line not found');
  const groups: SeedGroup[] = [];
  const rows: SeedRow[] = [];
  let http: number | undefined;
  for (let i = start + 1; i < lines.length; i++) {
    const line = lines[i] ?? '';
    if (line.trim() === '') continue;
    const next = lines[i + 1];
    if (line.startsWith('|')) throw new Error(`completion line without a group header: ${line}`);
    if (next !== undefined && next.startsWith('|')) {
      // Group header `advice | explanation |`, completed by `| scene | 500 | code |`.
      const head = cells(line);
      const tail = cells(next).slice(1); // drop the empty cell before the leading `|`
      const [advice, explanation] = head;
      const [scene, status, code] = tail;
      if (head.length !== 2 || advice === undefined || explanation === undefined) {
        throw new Error(`bad group header: ${line}`);
      }
      if (tail.length !== 3 || scene === undefined || status === undefined || code === undefined) {
        throw new Error(`bad completion line: ${next}`);
      }
      groups.push({ advice });
      http = parseCode(status, next);
      rows.push({ group: groups.length - 1, explanation, scene, http, code: parseCode(code, next) });
      i++;
      continue;
    }
    // Other rows: `explanation | scene | code | |||` (the code cell may be empty).
    const all = line.split('|').map((c) => c.trim());
    const [explanation, scene, code = ''] = all;
    if (explanation === undefined || explanation === '' || scene === undefined || scene === '') {
      throw new Error(`bad row: ${line}`);
    }
    if (all.slice(3).some((c) => c !== '')) throw new Error(`unexpected cells in row: ${line}`);
    if (http === undefined || groups.length === 0) throw new Error(`row before any group: ${line}`);
    rows.push({
      group: groups.length - 1,
      explanation,
      scene,
      http,
      code: code === '' ? null : parseCode(code, line),
    });
  }
  return { groups, rows };
}

// ---------------------------------------------------------------------------
// The spec, as far as this test reads it (shape guaranteed by the schema check).

type Text = Readonly<Record<string, string>>;

interface SpecCause {
  readonly id: string;
  readonly scene: string;
  readonly classification: string;
  readonly explanation: Text;
  readonly informational?: boolean;
  readonly note?: Text;
}

interface SpecError {
  readonly code: number | string;
  readonly name: string;
  readonly http: number;
  readonly summary: Text;
  readonly causes?: readonly SpecCause[];
}

interface Spec {
  readonly locales: { readonly source: string; readonly targets?: readonly string[] };
  readonly scenes: Readonly<Record<string, { readonly title: Text }>>;
  readonly classifications: Readonly<
    Record<string, { readonly retry: string; readonly advice: Text; readonly note?: Text }>
  >;
  readonly errors: readonly SpecError[];
  readonly uncoded?: readonly SpecCause[];
}

const seedText = read('test/fixtures/seed/000_dbdbfec54324fbab.txt');
const specText = read('spec/errors.yaml');
const schema: unknown = JSON.parse(read('spec/schema.json'));
const seed = parseSeed(seedText);
const specData: unknown = parse(specText);
const spec = specData as Spec;

/** Every cause of the spec with its code (`null` under `uncoded`). */
const specCauses: { code: number | string | null; cause: SpecCause }[] = [
  ...spec.errors.flatMap((e) => (e.causes ?? []).map((cause) => ({ code: e.code, cause }))),
  ...(spec.uncoded ?? []).map((cause) => ({ code: null, cause })),
];

function sceneTitle(id: string): string | undefined {
  return spec.scenes[id]?.title['en'];
}

function adviceOf(id: string): string | undefined {
  return spec.classifications[id]?.advice['en'];
}

const rowKey = (code: number | string | null, scene: string | undefined, explanation: string | undefined, advice: string | undefined): string =>
  JSON.stringify([code, scene, explanation, advice]);

function seedAdvice(row: SeedRow): string {
  const group = seed.groups[row.group];
  if (group === undefined) throw new Error(`no group ${row.group}`);
  return group.advice;
}

describe('seed table', () => {
  it('has 56 rows, 55 with a code, 21 distinct codes, in 4 groups', () => {
    expect(seed.groups).toHaveLength(4);
    expect(seed.rows).toHaveLength(56);
    expect(seed.rows.filter((r) => r.code !== null)).toHaveLength(55);
    expect(new Set(seed.rows.map((r) => r.code).filter((c) => c !== null)).size).toBe(21);
    expect(new Set(seed.rows.map((r) => r.scene))).toEqual(
      new Set(['Scan or enter the code', 'Input code', 'Scan the QR code', 'Write-off']),
    );
    expect(new Set(seed.rows.map((r) => r.http))).toEqual(new Set([500]));
  });

  it('has no two identical rows (so "exactly once" is well defined)', () => {
    const keys = seed.rows.map((r) => rowKey(r.code, r.scene, r.explanation, seedAdvice(r)));
    expect(new Set(keys).size).toBe(keys.length);
  });
});

describe('spec/errors.yaml', () => {
  it('starts with the yaml-language-server schema line', () => {
    expect(specText.split('\n')[0]).toBe('# yaml-language-server: $schema=./schema.json');
  });

  it('validates against spec/schema.json (ajv 2020, strict)', () => {
    // ajv is CommonJS: under NodeNext the default import is `module.exports`, typed as
    // the module, whose `default` is the class (at runtime both are the class).
    // `allowUnionTypes`: the schema types `error.code` as ["integer", "string"],
    // which strict mode (strictTypes) otherwise rejects.
    const ajv = new Ajv2020.default({ allErrors: true, strict: true, allowUnionTypes: true });
    const validate = ajv.compile(schema as object);
    const valid = validate(specData);
    expect(validate.errors ?? []).toEqual([]);
    expect(valid).toBe(true);
  });

  it('holds every seed row exactly once, and no other cause', () => {
    const seedKeys = seed.rows.map((r) => rowKey(r.code, r.scene, r.explanation, seedAdvice(r)));
    const specKeys = specCauses.map(({ code, cause }) =>
      rowKey(code, sceneTitle(cause.scene), cause.explanation['en'], adviceOf(cause.classification)),
    );
    for (const key of seedKeys) {
      expect(specKeys.filter((k) => k === key), key).toHaveLength(1);
    }
    expect([...specKeys].sort()).toEqual([...seedKeys].sort());
    expect(specCauses).toHaveLength(56);
  });

  it('puts the codeless row under `uncoded` and every coded row under its code', () => {
    const codeless = seed.rows.filter((r) => r.code === null);
    expect(codeless.map((r) => r.explanation)).toEqual([
      'Redemption interface failed (error in fulfill_core layer logic execution).',
    ]);
    expect((spec.uncoded ?? []).map((c) => c.explanation['en'])).toEqual(codeless.map((r) => r.explanation));
  });

  it('has one error per distinct code, in order of first appearance, with the seed HTTP status', () => {
    const firstSeen: number[] = [];
    for (const r of seed.rows) if (r.code !== null && !firstSeen.includes(r.code)) firstSeen.push(r.code);
    expect(spec.errors.map((e) => e.code)).toEqual(firstSeen);
    for (const r of seed.rows) {
      if (r.code === null) continue;
      expect(spec.errors.find((e) => e.code === r.code)?.http, String(r.code)).toBe(r.http);
    }
  });

  it('classifies retry as the group advice says', () => {
    for (const [id, c] of Object.entries(spec.classifications)) {
      const advice = c.advice['en'] ?? '';
      if (advice.includes('retry will not succeed')) expect(c.retry, id).toBe('never');
      else if (advice.startsWith('Retry probability is successful')) expect(c.retry, id).toBe('may');
      else throw new Error(`unexpected advice in ${id}: ${advice}`);
    }
    expect(Object.keys(spec.classifications)).toHaveLength(seed.groups.length);
  });

  it('marks exactly the "(not an error)" causes informational', () => {
    const informational = specCauses.filter(({ cause }) => cause.informational === true);
    expect(informational.length).toBe(2);
    for (const { code, cause } of specCauses) {
      const says = (cause.explanation['en'] ?? '').includes('(not an error)');
      expect(cause.informational === true, `${String(code)} ${cause.id}`).toBe(says);
    }
  });

  it('notes the three oddities of the source', () => {
    const uncoded = spec.uncoded ?? [];
    expect(uncoded).toHaveLength(1);
    expect(uncoded[0]?.note).toBeDefined();

    const image = specCauses.filter(({ cause }) => cause.explanation['en'] === 'Query the URL of the product image.');
    expect(image).toHaveLength(1);
    expect(image[0]?.cause.note).toBeDefined();

    const truncated = Object.values(spec.classifications).filter((c) =>
      (c.advice['en'] ?? '').endsWith('recheck the code verification process for'),
    );
    expect(truncated).toHaveLength(1);
    expect(truncated[0]?.note).toBeDefined();
  });

  it('gives every text in every locale (no fallback)', () => {
    const locales = [spec.locales.source, ...(spec.locales.targets ?? [])].sort();
    expect(locales).toEqual(['en', 'zh-CN']);
    const texts: { path: string; text: Text }[] = [];
    const textKeys = new Set(['title', 'summary', 'explanation', 'advice', 'note', 'reason']);
    const walk = (value: unknown, path: string): void => {
      if (Array.isArray(value)) value.forEach((v, i) => walk(v, `${path}[${i}]`));
      else if (value !== null && typeof value === 'object') {
        for (const [k, v] of Object.entries(value)) {
          if (textKeys.has(k)) texts.push({ path: `${path}.${k}`, text: v as Text });
          else walk(v, `${path}.${k}`);
        }
      }
    };
    walk(specData, '$');
    expect(texts.length).toBeGreaterThanOrEqual(56 + 21); // at least every explanation and summary
    for (const { path, text } of texts) {
      expect(Object.keys(text).sort(), path).toEqual(locales);
      for (const s of Object.values(text)) expect(s.trim(), path).not.toBe('');
    }
  });

  it('has unique, usable names and cause ids', () => {
    const reserved = new Set(
      ('break case catch class const continue debugger default delete do else enum export extends false finally ' +
        'for function if import in instanceof new null return super switch this throw true try typeof var void ' +
        'while with implements interface let package private protected public static yield await')
        .split(' '),
    );
    const names = spec.errors.map((e) => e.name);
    for (const name of names) {
      expect(name).toMatch(/^[A-Z][A-Z0-9]*(_[A-Z0-9]+)*$/);
      expect(reserved.has(name.toLowerCase()), name).toBe(false);
    }
    expect(new Set(names.map((n) => n.toLowerCase())).size).toBe(names.length);
    expect(new Set(spec.errors.map((e) => e.code)).size).toBe(spec.errors.length);

    const groupsOfCauses = [...spec.errors.map((e) => e.causes ?? []), spec.uncoded ?? []];
    for (const causes of groupsOfCauses) {
      const ids = causes.map((c) => c.id);
      expect(new Set(ids).size, ids.join(', ')).toBe(ids.length);
      for (const c of causes) {
        expect(spec.scenes[c.scene], c.scene).toBeDefined();
        expect(spec.classifications[c.classification], c.classification).toBeDefined();
      }
    }
  });
});
