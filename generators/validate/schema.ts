// The JSON Schema check (ajv, strict, allErrors), with ajv's errors turned into
// diagnostics at the offending key or value, in words that name the code and cause and
// suggest the field or value a typo meant.
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import type { ErrorObject, Options, ValidateFunction } from 'ajv/dist/2020.js';
import { report, type AnyReport } from '../diagnostics/diagnostic.js';
import type { PathSegment } from '../load/locate.js';
import { suggest } from '../util/suggest.js';
import { escapeNonAscii, lookalikeHint } from './ascii.js';
import { asArray, isRecord, own, type RuleContext } from './context.js';
import { packageRoot } from '../util/package-root.js';
import { PRECOMPILED } from './precompiled.js';

export const AJV_OPTIONS = { allErrors: true, strict: true, verbose: true, allowUnionTypes: true } as const satisfies Options;

export const sha256 = (text: string): string => createHash('sha256').update(text).digest('hex');

const compiled = new Map<string, ValidateFunction>();
const require = createRequire(import.meta.url);

/**
 * The validator of one of the toolkit's schemas. The precompiled standalone code when it
 * was made from this very file (no compile, no ajv compiler import: 0.1–0.3 s of every
 * cold run); otherwise ajv compiles it here, loaded only then.
 */
export function schemaValidator(schemaFile: string): ValidateFunction {
  let validate = compiled.get(schemaFile);
  if (!validate) {
    const text = readFileSync(join(packageRoot(), schemaFile), 'utf8');
    const pre = (PRECOMPILED as Record<string, { sha256: string; validate: unknown } | undefined>)[schemaFile];
    if (pre && pre.sha256 === sha256(text)) {
      validate = pre.validate as ValidateFunction;
    } else {
      const { Ajv2020 } = require('ajv/dist/2020.js') as typeof import('ajv/dist/2020.js');
      validate = new Ajv2020(AJV_OPTIONS).compile(JSON.parse(text) as object);
    }
    compiled.set(schemaFile, validate);
  }
  return validate;
}

type SchemaRule = 'schema' | 'config-invalid';

interface Described {
  readonly path: PathSegment[];
  readonly part: 'key' | 'value';
  readonly report: AnyReport;
  /** A required field this problem accounts for: an unknown field that misspells it. */
  readonly misspells?: string;
}

export function checkSchema(ctx: RuleContext, validate: ValidateFunction, rule: SchemaRule = 'schema'): boolean {
  if (validate(ctx.data)) return true;
  // A key refused by `propertyNames` comes with the inner error (say, `pattern`) too,
  // pointed at the object: the propertyNames one, at the key, says it all.
  const errors = (validate.errors ?? []).filter((e) => e.propertyName === undefined || e.keyword === 'propertyNames');
  const described = errors.map((e) => describe(ctx, e, rule));
  // `htpt` for `http` is one mistake: an unknown field, not also a missing one.
  const misspelled = new Set(described.filter((d) => d.misspells !== undefined).map((d) => `${d.path.slice(0, -1).join('/')}|${d.misspells}`));
  const seen = new Set<string>();
  errors.forEach((error, i) => {
    const d = described[i] as Described;
    if (error.keyword === 'required' && misspelled.has(`${d.path.join('/')}|${String(error.params['missingProperty'])}`)) return;
    const key = `${d.path.join('/')}|${d.part}|${JSON.stringify(d.report)}`;
    if (seen.has(key)) return;
    seen.add(key);
    ctx.add(d.path, d.report, d.part);
  });
  return false;
}

function pathOf(ctx: RuleContext, pointer: string): PathSegment[] {
  const path: PathSegment[] = [];
  let node: unknown = ctx.data;
  for (const raw of pointer.split('/').slice(1)) {
    const segment = raw.replace(/~1/g, '/').replace(/~0/g, '~');
    const s: PathSegment = Array.isArray(node) ? Number(segment) : segment;
    path.push(s);
    node = node !== null && typeof node === 'object' ? (node as Record<PathSegment, unknown>)[s] : undefined;
  }
  return path;
}

const LOCALE_REF = '#/$defs/locale';

interface SchemaNode {
  readonly description?: string;
  readonly propertyNames?: { readonly $ref?: string };
  readonly properties?: Readonly<Record<string, unknown>>;
  readonly minimum?: number;
  readonly maximum?: number;
}

/** The locales a spec declares: what a text's keys should be. */
function declaredLocales(data: Record<string, unknown>): string[] {
  const locales = own(data, 'locales');
  return [own(locales, 'source'), ...asArray(own(locales, 'targets'))].filter((l): l is string => typeof l === 'string');
}

function describe(ctx: RuleContext, error: ErrorObject, rule: SchemaRule): Described {
  const path = pathOf(ctx, error.instancePath);
  const where = ctx.where(path);
  const params = error.params as Record<string, unknown>;
  const parent = (error.parentSchema ?? {}) as SchemaNode;
  const value = (x: unknown) => escapeNonAscii(JSON.stringify(x) ?? String(x));
  const at = (r: AnyReport, part: 'key' | 'value' = 'value', to = path): Described => ({ path: to, part, report: r });
  switch (error.keyword) {
    case 'required': {
      const field = String(params['missingProperty']);
      return at(report({ rule, messageId: 'required', format: { field, where } }));
    }
    case 'additionalProperties': {
      const field = String(params['additionalProperty']);
      const allowed = Object.keys(parent.properties ?? {});
      const suggestion = suggest(field, allowed);
      const object = valueAt(ctx.data, path);
      const missing = suggestion !== undefined && isRecord(object) && !Object.hasOwn(object, suggestion);
      const shown = escapeNonAscii(field);
      const r = suggestion !== undefined
        ? report({ rule, messageId: 'unknownField', hint: 'suggest', format: { field: shown, where, suggestion } })
        : allowed.length > 0
          ? report({ rule, messageId: 'unknownField', format: { field: shown, where, allowed: allowed.join(', ') } })
          : report({ rule, messageId: 'unknownField', hint: 'default', format: { field: shown, where } });
      return { ...at(r, 'key', [...path, field]), ...(missing ? { misspells: suggestion } : {}) };
    }
    case 'propertyNames': {
      const key = String(params['propertyName']);
      // Keys that are locales (a text's): the declared ones are what a typo meant.
      const suggestion = parent.propertyNames?.$ref === LOCALE_REF ? suggest(key, declaredLocales(ctx.data)) : undefined;
      const format = { key: escapeNonAscii(key), where, description: parent.description ?? '' };
      const r = suggestion !== undefined
        ? report({ rule, messageId: 'badKey', hint: 'suggest', format: { ...format, suggestion } })
        : report({ rule, messageId: 'badKey', format });
      return at(r, 'key', [...path, key]);
    }
    case 'enum': {
      const allowed = (params['allowedValues'] as unknown[]).map(String);
      const suggestion = typeof error.data === 'string' ? suggest(error.data, allowed) : undefined;
      const format = { where, allowed: allowed.join(', '), value: value(error.data) };
      return at(suggestion !== undefined
        ? report({ rule, messageId: 'enum', hint: 'suggest', format: { ...format, suggestion } })
        : report({ rule, messageId: 'enum', format }));
    }
    case 'const':
      return at(report({ rule, messageId: 'const', format: { where, value: JSON.stringify(params['allowedValue']) } }));
    case 'type':
      return at(report({ rule, messageId: 'type', format: { where, type: String(params['type']).replace(',', ' or '), actual: kindOf(error.data) } }));
    case 'minimum':
    case 'maximum':
      if (parent.minimum !== undefined && parent.maximum !== undefined) {
        return at(report({ rule, messageId: 'range', format: { where, value: value(error.data), min: parent.minimum, max: parent.maximum } }));
      }
      break;
    case 'pattern': {
      const format = { value: value(error.data), where, description: parent.description ?? '' };
      const looks = typeof error.data === 'string' ? lookalikeHint(error.data) : undefined;
      return at(looks
        ? report({ rule, messageId: 'pattern', hint: 'lookalike', format: { ...format, ...looks } })
        : report({ rule, messageId: 'pattern', format }));
    }
    case 'minLength':
    case 'minProperties':
      return at(report({ rule, messageId: 'empty', format: { where } }));
    case 'uniqueItems':
      return at(report({ rule, messageId: 'duplicateItem', format: { where, value: value(asArray(error.data)[Number(params['j'])]) } }));
  }
  return at(report({ rule, format: { where, text: error.message ?? 'is invalid' } }));
}

function valueAt(data: unknown, path: readonly PathSegment[]): unknown {
  let node = data;
  for (const s of path) node = node !== null && typeof node === 'object' ? (node as Record<PathSegment, unknown>)[s] : undefined;
  return node;
}

function kindOf(x: unknown): string {
  if (x === null) return 'null';
  if (Array.isArray(x)) return 'a list';
  if (typeof x === 'object') return 'a mapping';
  if (typeof x === 'number') return Number.isInteger(x) ? `the integer ${x}` : `the number ${x}`;
  return `${typeof x} ${escapeNonAscii(JSON.stringify(x))}`;
}
