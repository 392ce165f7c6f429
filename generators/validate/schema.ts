// The JSON Schema check (ajv, strict, allErrors), with ajv's errors turned into
// diagnostics at the offending key or value.
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import type { ErrorObject, Options, ValidateFunction } from 'ajv/dist/2020.js';
import type { RuleId } from '../diagnostics/catalog.js';
import type { PathSegment } from '../load/positions.js';
import { packageRoot } from '../util/package-root.js';
import type { RuleContext } from './context.js';
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

export function checkSchema(ctx: RuleContext, validate: ValidateFunction, rule: RuleId = 'schema'): boolean {
  if (validate(ctx.data)) return true;
  const seen = new Set<string>();
  for (const error of validate.errors ?? []) {
    // A key refused by `propertyNames` comes with the inner error (say, `pattern`) too,
    // pointed at the object: the propertyNames one, at the key, says it all.
    if (error.propertyName !== undefined && error.keyword !== 'propertyNames') continue;
    const { path, part, message } = describe(ctx, error);
    const key = `${path.join('/')}|${part}|${message}`;
    if (seen.has(key)) continue;
    seen.add(key);
    ctx.report(rule, path, message, part);
  }
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

function describe(ctx: RuleContext, error: ErrorObject): { path: PathSegment[]; part: 'key' | 'value'; message: string } {
  const path = pathOf(ctx, error.instancePath);
  const where = path.length ? path.join('.') : 'the file';
  const params = error.params as Record<string, unknown>;
  const described = (error.parentSchema as { description?: string } | undefined)?.description;
  switch (error.keyword) {
    case 'required':
      return { path, part: 'value', message: `${where} is missing required property '${String(params['missingProperty'])}'` };
    case 'additionalProperties':
      return {
        path: [...path, String(params['additionalProperty'])],
        part: 'key',
        message: `Unknown property '${String(params['additionalProperty'])}' in ${where}`,
      };
    case 'propertyNames':
      return { path: [...path, String(params['propertyName'])], part: 'key', message: `'${String(params['propertyName'])}' is not a valid key here${described ? `: ${described}` : ''}` };
    case 'enum':
      return { path, part: 'value', message: `${where} must be one of: ${(params['allowedValues'] as unknown[]).map(String).join(', ')}` };
    case 'const':
      return { path, part: 'value', message: `${where} must be ${JSON.stringify(params['allowedValue'])}` };
    case 'type':
      return { path, part: 'value', message: `${where} must be ${String(params['type']).replace(',', ' or ')}, not ${kindOf(error.data)}` };
    case 'pattern':
      return { path, part: 'value', message: `${JSON.stringify(error.data)} is not valid for ${where}${described ? `: ${described}` : ''}` };
    default:
      return { path, part: 'value', message: `${where} ${error.message ?? 'is invalid'}` };
  }
}

function kindOf(x: unknown): string {
  if (x === null) return 'null';
  if (Array.isArray(x)) return 'a list';
  if (typeof x === 'object') return 'a mapping';
  if (typeof x === 'number') return Number.isInteger(x) ? `the integer ${x}` : `the number ${x}`;
  return `${typeof x} ${JSON.stringify(x)}`;
}
