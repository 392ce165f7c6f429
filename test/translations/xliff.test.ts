// `errspec translations export` as translation tools read it: well-formed XLIFF 1.2
// (checked element by element against what the 1.2 schema allows for the parts it
// uses), read back by the `xliff` package as a tool would, one unit per i18n key,
// placeholders as <ph> tags, states, notes; and byte for byte the golden file.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { DOMParser, type Element } from '@xmldom/xmldom';
import { describe, expect, it } from 'vitest';
import { xliff12ToJs, type XliffText } from 'xliff';
import { i18nEntries } from '../../generators/emit/i18n/index.js';
import { loadSpecFile } from '../../generators/pipeline/load-spec.js';
import { repoRoot, runCli } from '../support/cli.js';

const SPEC = 'test/translations/fixtures/shop.yaml';
const GOLDEN = 'test/translations/fixtures/shop.zh-CN.xlf';
const NS = 'urn:oasis:names:tc:xliff:document:1.2';
const STATES = ['new', 'needs-translation', 'needs-adaptation', 'needs-l10n', 'needs-review-adaptation', 'needs-review-l10n', 'needs-review-translation', 'translated', 'signed-off', 'final'];

async function exported(locale: string, ...more: string[]): Promise<string> {
  const r = await runCli(['translations', 'export', '--spec', SPEC, '--locale', locale, ...more]);
  expect(r.code, r.stderr).toBe(0);
  return `${r.stdout}\n`;
}

const elements = (e: Element): Element[] => Array.from(e.childNodes).filter((n): n is Element => n.nodeType === 1);

/** What the XLIFF 1.2 schema requires of the elements the export uses; throws on the first breach. */
function checkXliff12(xml: string): Element[] {
  const root = new DOMParser({ onError: (level, message) => { throw new Error(`${level}: ${message}`); } }).parseFromString(xml, 'text/xml').documentElement!;
  const fail = (e: Element, why: string) => {
    throw new Error(`<${e.tagName}> at line ${e.lineNumber}: ${why}`);
  };
  const attrs = (e: Element, allowed: string[], required: string[] = []) => {
    for (const a of Array.from(e.attributes)) if (!allowed.includes(a.name) && a.name !== 'xmlns') fail(e, `attribute ${a.name} is not allowed`);
    for (const a of required) if (!e.hasAttribute(a)) fail(e, `lacks ${a}`);
  };
  const all = (e: Element): Element[] => elements(e).flatMap((c) => [c, ...all(c)]);
  for (const e of [root, ...all(root)]) if (e.namespaceURI !== NS) fail(e, `is not in the XLIFF 1.2 namespace`);
  expect(root.localName).toBe('xliff');
  attrs(root, ['version'], ['version']);
  expect(root.getAttribute('version')).toBe('1.2');
  const units: Element[] = [];
  for (const file of elements(root)) {
    if (file.localName !== 'file') fail(file, 'only <file> may be in <xliff>');
    attrs(file, ['original', 'source-language', 'target-language', 'datatype', 'product-name'], ['original', 'source-language', 'datatype']);
    const [header, body, ...rest] = elements(file);
    if (header?.localName !== 'header' || body?.localName !== 'body' || rest.length) fail(file, 'must hold <header> then <body>');
    for (const h of elements(header!)) {
      if (h.localName === 'tool') attrs(h, ['tool-id', 'tool-name'], ['tool-id', 'tool-name']);
      else if (h.localName !== 'note') fail(h, 'not expected in <header>');
    }
    const ids = new Set<string>();
    for (const unit of elements(body!)) {
      if (unit.localName !== 'trans-unit') fail(unit, 'only <trans-unit> expected in <body>');
      attrs(unit, ['id', 'xml:space'], ['id']);
      const id = unit.getAttribute('id')!;
      if (ids.has(id)) fail(unit, `id ${id} is not unique in its <file>`);
      ids.add(id);
      const names = elements(unit).map((c) => c.localName).join(' ');
      if (!/^source( target)?( note)+$/.test(names)) fail(unit, `children ${names} are not source, target?, note+`);
      const phIds = new Set<string>();
      for (const c of elements(unit)) {
        if (c.localName === 'note') attrs(c, ['from', 'annotates'], []);
        if (c.localName === 'target') {
          attrs(c, ['state']);
          if (!STATES.includes(c.getAttribute('state') ?? '')) fail(c, `state ${c.getAttribute('state')} is not an XLIFF 1.2 state`);
        }
        if (c.localName === 'source' || c.localName === 'target') {
          for (const ph of elements(c)) {
            if (ph.localName !== 'ph') fail(ph, 'only <ph> is used inline');
            attrs(ph, ['id'], ['id']);
            if (c.localName === 'source') phIds.add(ph.getAttribute('id')!);
            else if (!phIds.has(ph.getAttribute('id')!)) fail(ph, 'a target <ph> must match a source <ph>');
          }
        }
      }
      units.push(unit);
    }
  }
  return units;
}

/** The text of an `xliff` package value, placeholders as their {{name}}. */
const plain = (v: XliffText | undefined): string | undefined =>
  v === undefined ? undefined : typeof v === 'string' ? v : Array.isArray(v) ? v.map((p) => plain(p as XliffText)).join('') : ((v as { Span?: { contents: string } }).Span?.contents ?? '');

describe('translations export', () => {
  const model = loadSpecFile(join(repoRoot, SPEC), SPEC).model!;

  it('is the golden file, byte for byte (UPDATE=1 rewrites it)', async () => {
    const xml = await exported('zh-CN');
    if (process.env['UPDATE']) writeFileSync(join(repoRoot, GOLDEN), xml);
    expect(xml).toBe(readFileSync(join(repoRoot, GOLDEN), 'utf8'));
  });

  it('is XLIFF 1.2 that the xliff package reads back: every text once, by its i18n key, with source, target and note', async () => {
    const xml = await exported('zh-CN');
    expect(checkXliff12(xml)).toHaveLength(i18nEntries(model).length);
    const js = await xliff12ToJs(xml);
    expect([js.sourceLanguage, js.targetLanguage]).toEqual(['en', 'zh-CN']);
    const units = js.resources[SPEC]!;
    expect(Object.keys(units)).toEqual(i18nEntries(model).map((e) => e.key));
    for (const e of i18nEntries(model)) {
      expect(plain(units[e.key]!.source)).toBe(e.text['en']);
      expect(plain(units[e.key]!.target)).toBe(e.text['zh-CN']);
    }
    // Placeholders are protected tags, XML's specials are text.
    expect(units['errors.STORE_CLOSED.summary']!.source).toEqual(['Store ', { Span: { id: '1', contents: '{{storeId}}' } }, ' is closed <today> & "tomorrow"']);
    const note = String(units['errors.STORE_CLOSED.causes.closed-today']!.note);
    for (const line of ['Code: 1001', 'Name: STORE_CLOSED', 'Cause: closed-today', 'Scene: checkout (Checkout)', 'Placeholder {{storeId}}:', 'Placeholder {{day}}:']) {
      expect(note).toContain(line);
    }
  });

  it('gives a locale without its own text no target, and --untranslated only those', async () => {
    const units = checkXliff12(await exported('zh-TW'));
    const withTarget = units.filter((u) => elements(u).some((c) => c.localName === 'target')).map((u) => u.getAttribute('id'));
    expect(withTarget).toEqual(['scenes.checkout.title']);
    const untranslated = checkXliff12(await exported('zh-TW', '--untranslated')).map((u) => u.getAttribute('id'));
    expect(untranslated).toEqual(i18nEntries(model).map((e) => e.key).filter((k) => k !== 'scenes.checkout.title'));
  });

  it('has a schema check that catches what the 1.2 schema forbids', async () => {
    const xml = await exported('zh-CN');
    expect(() => checkXliff12(xml.replace('state="translated"', 'state="done"'))).toThrow('is not an XLIFF 1.2 state');
    expect(() => checkXliff12(xml.replace('<target state="translated">门店 <ph id="1">', '<target state="translated">门店 <ph id="9">'))).toThrow('must match a source');
    expect(() => checkXliff12(xml.replace('</source>', '</source><context/>'))).toThrow('are not source, target?, note+');
  });

  it('refuses a locale the spec does not translate into', async () => {
    const r = await runCli(['translations', 'export', '--spec', SPEC, '--locale', 'fr']);
    expect(r.code).toBe(2);
    expect(r.stderr).toBe("errspec: --locale fr is not one of the spec's target locales: zh-CN, zh-TW");
  });
});
