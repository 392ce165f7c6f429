// What the consumer does at run time, checked from the base package's files against
// the head's: every i18n key of the base looked up with i18next in every base locale,
// every message key formatted, every OpenAPI component and example `$ref`ed, every
// catalog.json field read.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import i18next from 'i18next';

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

const readJson = (path: string): Json => JSON.parse(readFileSync(path, 'utf8')) as Json;
const isObject = (v: Json | undefined): v is { [key: string]: Json } => typeof v === 'object' && v !== null && !Array.isArray(v);

/** Dotted leaf keys of an i18n file. */
function leafKeys(tree: Json, prefix = ''): string[] {
  if (!isObject(tree)) return [prefix];
  return Object.entries(tree).flatMap(([k, v]) => leafKeys(v, prefix === '' ? k : `${prefix}.${k}`));
}

const localesOf = (dir: string): string[] =>
  Object.keys((readJson(join(dir, 'package.json')) as { exports: object }).exports).flatMap((s) => /^\.\/i18n\/(.+)\.json$/.exec(s)?.[1] ?? []);

async function i18nProblems(base: string, head: string): Promise<string[]> {
  const problems: string[] = [];
  const headLocales = localesOf(head);
  const i18n = i18next.createInstance();
  await i18n.init({
    fallbackLng: false,
    resources: Object.fromEntries(headLocales.map((l) => [l, { translation: readJson(join(head, 'i18n', `${l}.json`)) as object }])),
  });
  for (const locale of localesOf(base)) {
    if (!headLocales.includes(locale)) {
      problems.push(`i18n: locale ${locale} is gone`);
      continue;
    }
    for (const key of leafKeys(readJson(join(base, 'i18n', `${locale}.json`)))) {
      if (i18n.t(key, { lng: locale }) === key) problems.push(`i18n: ${locale} ${key} returns the key`);
    }
  }
  return problems;
}

/** Every message key of the base (from its i18n file), formatted by the head's `formatMessage` in every locale. */
async function messageProblems(base: string, head: string): Promise<string[]> {
  const catalog = (await import(pathToFileURL(join(head, 'ts', 'catalog.js')).href)) as {
    formatMessage(key: string, params?: object, locale?: string): string;
  };
  const problems: string[] = [];
  const locales = localesOf(base);
  // Every locale file has the same keys (the generator guarantees it).
  const keys = locales[0] === undefined ? [] : leafKeys(readJson(join(base, 'i18n', `${locales[0]}.json`)));
  for (const locale of locales) {
    for (const key of keys) {
      try {
        catalog.formatMessage(key, {}, locale);
      } catch (e) {
        problems.push(`formatMessage: ${locale} ${key}: ${(e as Error).message}`);
      }
    }
  }
  return problems;
}

/** RFC 6901 pointer resolution; undefined when a segment is missing. */
function resolvePointer(doc: Json, pointer: string): Json | undefined {
  let node: Json | undefined = doc;
  for (const raw of pointer.replace(/^#\//, '').split('/')) {
    const segment = raw.replace(/~1/g, '/').replace(/~0/g, '~');
    node = Array.isArray(node) ? node[Number(segment)] : isObject(node) ? node[segment] : undefined;
    if (node === undefined) return undefined;
  }
  return node;
}

const escapeSegment = (s: string): string => s.replace(/~/g, '~0').replace(/\//g, '~1');

/** Every pointer a `$ref` may name in the base: components, and the examples in the responses. */
function componentPointers(doc: Json): string[] {
  const components = isObject(doc) ? doc['components'] : undefined;
  if (!isObject(components)) return [];
  const out: string[] = [];
  for (const section of ['schemas', 'responses']) {
    const group = components[section];
    if (!isObject(group)) continue;
    for (const [name, component] of Object.entries(group)) {
      const at = `#/components/${section}/${escapeSegment(name)}`;
      out.push(at);
      const content = isObject(component) ? component['content'] : undefined;
      if (!isObject(content)) continue;
      for (const [media, body] of Object.entries(content)) {
        const examples = isObject(body) ? body['examples'] : undefined;
        if (isObject(examples)) for (const e of Object.keys(examples)) out.push(`${at}/content/${escapeSegment(media)}/examples/${escapeSegment(e)}`);
      }
    }
  }
  return out;
}

function openApiProblems(base: string, head: string): string[] {
  const path = join('openapi', 'errors.json');
  const headDoc = readJson(join(head, path));
  return componentPointers(readJson(join(base, path))).flatMap((p) => (resolvePointer(headDoc, p) === undefined ? [`$ref ${path}${p} does not resolve`] : []));
}

/** Field names of catalog.json: top level, and of each array's items. */
function fields(doc: Json, prefix = ''): string[] {
  if (Array.isArray(doc)) return [...new Set(doc.flatMap((item) => fields(item, `${prefix}[]`)))];
  if (!isObject(doc)) return [];
  return Object.entries(doc).flatMap(([k, v]) => [`${prefix}.${k}`, ...(Array.isArray(v) ? fields(v, `${prefix}.${k}`) : [])]);
}

function catalogProblems(base: string, head: string): string[] {
  const headFields = new Set(fields(readJson(join(head, 'catalog.json'))));
  return fields(readJson(join(base, 'catalog.json'))).filter((f) => !headFields.has(f)).map((f) => `catalog.json: field ${f} is gone`);
}

/** Everything the base package's consumer would find missing at run time in the head. */
export async function lookupProblems(base: string, head: string): Promise<string[]> {
  if (!existsSync(join(head, 'package.json'))) return ['the head package is missing'];
  return [...(await i18nProblems(base, head)), ...(await messageProblems(base, head)), ...openApiProblems(base, head), ...catalogProblems(base, head)];
}
