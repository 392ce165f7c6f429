// Named import: under NodeNext the default import of this CJS module types as the
// module namespace (not constructable); the named export is the same class.
import { Ajv2020 } from 'ajv/dist/2020.js';
import { describe, expect, it } from 'vitest';
import { generateCatalog } from '../../../generators/emit/catalog/index.js';
import { catalogSchema } from '../../../generators/emit/catalog/schema.js';
import type { ErrorModel, GeneratedFile } from '../../../generators/model/types.js';
import { stableJson } from '../../../generators/util/stable-json.js';
import { sampleModel } from '../../support/sample-model.js';

const options = { command: 'npm run generate' } as const;

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
type JsonObject = { [key: string]: Json };

function file(files: readonly GeneratedFile[], path: string): string {
  const found = files.find((f) => f.path === path);
  if (!found) throw new Error(`no ${path}`);
  return found.contents;
}

function compile(schemaText: string) {
  const ajv = new Ajv2020({ strict: true, allErrors: true });
  return ajv.compile(JSON.parse(schemaText) as object);
}

function objectAt(value: Json | undefined): JsonObject {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) throw new Error('not an object');
  return value;
}

function arrayAt(value: Json | undefined): Json[] {
  if (!Array.isArray(value)) throw new Error('not an array');
  return value;
}

describe('generateCatalog', () => {
  const files = generateCatalog(sampleModel, options);
  const catalogText = file(files, 'catalog.json');
  const schemaText = file(files, 'catalog.schema.json');
  const catalog = JSON.parse(catalogText) as JsonObject;
  const validate = compile(schemaText);

  it('writes catalog.json and catalog.schema.json', () => {
    expect(files.map((f) => f.path)).toEqual(['catalog.json', 'catalog.schema.json']);
    expect(schemaText).toBe(stableJson(catalogSchema));
  });

  it('validates against its schema (ajv 2020, strict)', () => {
    const ok = validate(catalog);
    expect(validate.errors ?? []).toEqual([]);
    expect(ok).toBe(true);
  });

  it('carries the header fields and no coverage', () => {
    expect(catalog['$schema']).toBe('./catalog.schema.json');
    expect(catalog['generatedBy']).toBe('errspec');
    expect(catalog['source']).toBe(sampleModel.specPath);
    expect(catalog).not.toHaveProperty('coverage');
    expect(catalog).not.toHaveProperty('specPath');
  });

  it('round-trips: the catalog holds the model, texts and derived fields included', () => {
    const { $schema, generatedBy, source, ...rest } = catalog;
    const { specPath, coverage, ...model } = sampleModel;
    expect([$schema, generatedBy, source]).toEqual(['./catalog.schema.json', 'errspec', specPath]);
    expect(coverage.length).toBeGreaterThan(0);
    expect(rest).toEqual(model);
    // toEqual ignores undefined-valued keys; make sure absent options are absent, not null.
    expect(catalogText).not.toContain('null');
  });

  it('keeps codes and causes in model order', () => {
    const codes = arrayAt(catalog['codes']).map(objectAt);
    expect(codes.map((c) => c['name'])).toEqual(sampleModel.codes.map((c) => c.name));
    expect(arrayAt(codes[0]!['causes']).map((c) => objectAt(c)['id'])).toEqual(['bad-store', 'parse-failed']);
    expect(codes[0]!['scenes']).toEqual(['scan', 'checkout']);
  });

  it('keeps hostile text byte for byte', () => {
    const code = objectAt(arrayAt(catalog['codes'])[0]);
    const cause = objectAt(arrayAt(code['causes'])[1]);
    expect(objectAt(cause['explanation'])['en']).toBe(sampleModel.codes[0]!.causes[1]!.explanation.en);
  });

  it('validates a string-coded catalog and keeps codes like "00000" strings', () => {
    const model: ErrorModel = {
      ...sampleModel,
      codeType: 'string',
      codes: sampleModel.codes.map((c, i) => ({ ...c, code: i === 0 ? '00000' : `E${i}` })),
    };
    const parsed = JSON.parse(file(generateCatalog(model, options), 'catalog.json')) as JsonObject;
    expect(validate(parsed)).toBe(true);
    expect(objectAt(arrayAt(parsed['codes'])[0])['code']).toBe('00000');
  });

  describe('the schema rejects', () => {
    const broken = (edit: (copy: JsonObject) => void): boolean => {
      const copy = JSON.parse(catalogText) as JsonObject;
      edit(copy);
      return validate(copy) as boolean;
    };
    const firstCode = (c: JsonObject) => objectAt(arrayAt(c['codes'])[0]);

    it('a code missing its name', () => {
      expect(broken((c) => delete firstCode(c)['name'])).toBe(false);
      expect(validate.errors).toContainEqual(
        expect.objectContaining({ instancePath: '/codes/0', keyword: 'required', params: { missingProperty: 'name' } }),
      );
    });
    it('a string code in an integer catalog', () => {
      expect(broken((c) => (firstCode(c)['code'] = '-1001'))).toBe(false);
    });
    it('an integer code in a string catalog', () => {
      expect(broken((c) => (c['codeType'] = 'string'))).toBe(false);
    });
    it('an unknown property', () => {
      expect(broken((c) => (firstCode(c)['extra'] = true))).toBe(false);
      expect(broken((c) => (c['coverage'] = []))).toBe(false);
    });
    it('a wrong derived retry verdict or a null note', () => {
      expect(broken((c) => (firstCode(c)['retry'] = 'sometimes'))).toBe(false);
      expect(broken((c) => (firstCode(c)['note'] = null))).toBe(false);
    });
    it('a wrong $schema or generatedBy', () => {
      expect(broken((c) => (c['generatedBy'] = 'someone'))).toBe(false);
      expect(broken((c) => (c['$schema'] = 'https://example.com/x.json'))).toBe(false);
    });
  });

  it('describes every property of the schema', () => {
    const missing: string[] = [];
    const walk = (node: unknown, path: string): void => {
      if (Array.isArray(node)) return node.forEach((n, i) => walk(n, `${path}/${i}`));
      if (node === null || typeof node !== 'object') return;
      const obj = node as Record<string, unknown>;
      const props = obj['properties'];
      if (props && typeof props === 'object') {
        for (const [name, sub] of Object.entries(props)) {
          if (typeof (sub as Record<string, unknown>)['description'] !== 'string') missing.push(`${path}/properties/${name}`);
        }
      }
      for (const [k, v] of Object.entries(obj)) walk(v, `${path}/${k}`);
    };
    walk(JSON.parse(schemaText), '#');
    const defs = Object.entries(catalogSchema.$defs).filter(([, d]) => typeof d.description !== 'string');
    expect(missing).toEqual([]);
    expect(defs).toEqual([]);
    expect(catalogSchema.$schema).toBe('https://json-schema.org/draft/2020-12/schema');
  });

  it('refuses a model that is not fallback-filled', () => {
    const model: ErrorModel = { ...sampleModel, title: { en: 'Sample API' } };
    expect(() => generateCatalog(model, options)).toThrow(/title lacks locale zh-CN/);
  });

  it('is deterministic, LF only, with one final newline and no trailing spaces', () => {
    expect(generateCatalog(sampleModel, options)).toEqual(files);
    for (const { contents } of files) {
      expect(contents).not.toContain('\r');
      expect(contents.endsWith('}\n')).toBe(true);
      expect(contents.endsWith('\n\n')).toBe(false);
      expect(contents).not.toMatch(/[ \t]$/m);
    }
  });
});
