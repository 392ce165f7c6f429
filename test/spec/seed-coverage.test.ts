// The seed table (test/fixtures/seed/, as received) against spec/errors.yaml: every
// row of the source is in the spec exactly once, with nothing extra, and the spec
// validates against spec/schema.json.
import { readFileSync } from 'node:fs';
import Ajv2020 from 'ajv/dist/2020.js';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { seedRowKey, seedRows, seedTable, specCauses, specRowKeys, type Spec, type Text } from '../support/seed-table.js';

const root = new URL('../../', import.meta.url);
const read = (path: string): string => readFileSync(new URL(path, root), 'utf8');

const seedFile = { path: 'test/fixtures/seed/000_dbdbfec54324fbab.txt', text: read('test/fixtures/seed/000_dbdbfec54324fbab.txt') };
const specText = read('spec/errors.yaml');
const schema: unknown = JSON.parse(read('spec/schema.json'));
const seed = { rows: seedRows(seedFile, seedTable(seedFile)) };
const groups = new Set(seed.rows.map((r) => r.advice));
const specData: unknown = parse(specText);
const spec = specData as Spec;
const causes = specCauses(spec);

describe('seed table', () => {
  it('has 56 rows, 55 with a code, 21 distinct codes, in 4 groups', () => {
    expect(groups.size).toBe(4);
    expect(seed.rows).toHaveLength(56);
    expect(seed.rows.filter((r) => r.code !== null)).toHaveLength(55);
    expect(new Set(seed.rows.map((r) => r.code).filter((c) => c !== null)).size).toBe(21);
    expect(new Set(seed.rows.map((r) => r.scene))).toEqual(
      new Set(['Scan or enter the code', 'Input code', 'Scan the QR code', 'Write-off']),
    );
    expect(new Set(seed.rows.map((r) => r.http))).toEqual(new Set([500]));
  });

  it('has no two identical rows (so "exactly once" is well defined)', () => {
    const keys = seed.rows.map(seedRowKey);
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
    const seedKeys = seed.rows.map(seedRowKey);
    const specKeys = specRowKeys(spec);
    for (const key of seedKeys) {
      expect(specKeys.filter((k) => k === key), key).toHaveLength(1);
    }
    expect([...specKeys].sort()).toEqual([...seedKeys].sort());
    expect(causes).toHaveLength(56);
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
    expect(Object.keys(spec.classifications)).toHaveLength(groups.size);
  });

  it('gives exactly the "(not an error)" causes severity info', () => {
    const info = causes.filter(({ severity }) => severity === 'info');
    expect(info.length).toBe(2);
    for (const { code, cause, severity } of causes) {
      const says = (cause.explanation['en'] ?? '').includes('(not an error)');
      expect(severity === 'info', `${String(code)} ${cause.id}`).toBe(says);
    }
  });

  it('notes the three oddities of the source', () => {
    const uncoded = spec.uncoded ?? [];
    expect(uncoded).toHaveLength(1);
    expect(uncoded[0]?.note).toBeDefined();

    const image = causes.filter(({ cause }) => cause.explanation['en'] === 'Query the URL of the product image.');
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
