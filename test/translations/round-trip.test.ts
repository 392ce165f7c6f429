// Translators' round trips through the CLI, in a copy of the fixture spec: export,
// translate, import; refusals with the XLIFF file's line; and a translation going
// stale when its English changes, seen by validate, status and export, until a new
// translation is imported (or the old one confirmed, or edited in the spec).
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DOMParser, XMLSerializer } from '@xmldom/xmldom';
import { afterAll, describe, expect, it } from 'vitest';
import { repoRoot, runCli } from '../support/cli.js';

const root = mkdtempSync(join(tmpdir(), 'errspec-translations-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));

const SUMMARY_EN = '      en: "The item is out of stock."';
const SUMMARY_ZH = '      zh-CN: "商品缺货。"';

/** A folder with a copy of the fixture spec, and the CLI run against it. */
function workspace(name: string) {
  const dir = join(root, name);
  mkdirSync(dir);
  const spec = join(dir, 'errors.yaml');
  cpSync(join(repoRoot, 'test/translations/fixtures/shop.yaml'), spec);
  const file = (f: string) => join(dir, f);
  return {
    spec,
    lock: file('errors.translations.lock.json'),
    file,
    read: (f = spec) => readFileSync(f, 'utf8'),
    write: (f: string, text: string) => writeFileSync(f.startsWith('/') ? f : file(f), text),
    cli: (...args: string[]) => runCli([...args, '--spec', spec]),
    editSpec(from: string, to: string) {
      const text = readFileSync(spec, 'utf8');
      if (!text.includes(from)) throw new Error(`spec lacks ${from}`);
      writeFileSync(spec, text.replace(from, to));
    },
    async export(locale = 'zh-CN', ...more: string[]): Promise<string> {
      const r = await runCli(['translations', 'export', '--spec', spec, '--locale', locale, ...more]);
      expect(r.code, r.stderr).toBe(0);
      return `${r.stdout}\n`;
    },
  };
}

/** Lines of `after` that differ from `before` (same line count), as [before, after] pairs. */
function changedLines(before: string, after: string): Array<[string, string]> {
  const a = before.split('\n');
  const b = after.split('\n');
  expect(b).toHaveLength(a.length);
  return a.flatMap((line, i) => (line === b[i] ? [] : [[line, b[i] as string] as [string, string]]));
}

const lineOf = (text: string, needle: string): number => text.slice(0, text.indexOf(needle)).split('\n').length;

describe('export, translate one unit, import', () => {
  it('changes exactly that text, records it, and a second export is the translated file', async () => {
    const ws = workspace('one');
    const before = ws.read();
    const translated = (await ws.export()).replace('<target state="translated">商品缺货。</target>', '<target state="translated">商品暂时缺货。</target>');
    ws.write('zh-CN.xlf', translated);
    const r = await ws.cli('translations', 'import', ws.file('zh-CN.xlf'));
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).toContain('errors.NO_STOCK.summary (zh-CN): "商品缺货。" -> "商品暂时缺货。"');
    expect(changedLines(before, ws.read())).toEqual([[SUMMARY_ZH, '      zh-CN: "商品暂时缺货。"']]);
    const lock = JSON.parse(ws.read(ws.lock)) as { translations: Record<string, Record<string, { source: string }>> };
    expect(lock.translations['zh-CN']?.['errors.NO_STOCK.summary']?.source).toBe('The item is out of stock.');
    expect(await ws.export()).toBe(translated);
    expect((await ws.cli('validate')).stderr).toBe('');
  });

  it('with no edits changes nothing: no file is written', async () => {
    const ws = workspace('noop');
    ws.write('zh-CN.xlf', await ws.export());
    const mtime = statSync(ws.spec).mtimeMs;
    const r = await ws.cli('translations', 'import', ws.file('zh-CN.xlf'));
    expect(r.code).toBe(0);
    expect(r.stdout).toBe(`No changes: the 7 units of ${ws.file('zh-CN.xlf')} match ${ws.spec}`);
    expect(statSync(ws.spec).mtimeMs).toBe(mtime);
    expect(existsSync(ws.lock)).toBe(false);
  });

  it('reads a file a tool serialized again, keeping the placeholder tags and the spec line’s comment', async () => {
    const ws = workspace('reserialized');
    const doc = new DOMParser().parseFromString(await ws.export(), 'text/xml');
    const unit = Array.from(doc.getElementsByTagName('trans-unit')).find((u) => u.getAttribute('id') === 'errors.STORE_CLOSED.summary')!;
    const first = unit.getElementsByTagName('target')[0]!.firstChild!;
    first.nodeValue = '商店 ';
    ws.write('zh-CN.xlf', new XMLSerializer().serializeToString(doc));
    const before = ws.read();
    const r = await ws.cli('translations', 'import', ws.file('zh-CN.xlf'));
    expect(r.code, r.stderr).toBe(0);
    expect(changedLines(before, ws.read())).toEqual([
      ['      zh-CN: 门店 {{storeId}} 已关闭 <今天> & "明天"   # keep the quotes', '      zh-CN: 商店 {{storeId}} 已关闭 <今天> & "明天"   # keep the quotes'],
    ]);
  });

  it('adds a translation the locale lacked, in block and flow maps alike', async () => {
    const ws = workspace('missing');
    const xml = (await ws.export('zh-TW', '--untranslated'))
      .replace('<source>Shop API</source>', '<source>Shop API</source><target>商店介面</target>')
      .replace('<source>The item is out of stock.</source>', '<source>The item is out of stock.</source><target state="translated">商品缺貨。</target>');
    ws.write('zh-TW.xlf', xml);
    const r = await ws.cli('translations', 'import', ws.file('zh-TW.xlf'));
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).toContain('errors.NO_STOCK.summary (zh-TW): (none) -> "商品缺貨。"');
    const spec = ws.read();
    expect(spec).toContain('title: { en: Shop API, zh-CN: 商店接口, zh-TW: 商店介面 }   # zh-TW falls back to zh-CN\n');
    expect(spec).toContain(`${SUMMARY_EN}\n${SUMMARY_ZH}\n      zh-TW: 商品缺貨。\n`);
    const status = await ws.cli('translations', 'status');
    expect(status.stdout).toContain('  zh-TW: 3 translated, 0 stale, 4 missing (of 7 texts)');
  });
});

describe('import refuses', () => {
  it('a unit whose placeholders differ from its source, at its line, writing nothing', async () => {
    const ws = workspace('placeholders');
    const xml = (await ws.export()).replace('<target state="translated">门店 <ph id="1">{{storeId}}</ph>', '<target state="translated">门店 {{shopId}}');
    ws.write('zh-CN.xlf', xml);
    const before = ws.read();
    const r = await ws.cli('translations', 'import', ws.file('zh-CN.xlf'));
    expect(r.code).toBe(1);
    const line = lineOf(xml, '<target state="translated">门店 {{shopId}}');
    expect(r.stderr).toContain(
      `${ws.file('zh-CN.xlf')}:${line}:9  error  Unit errors.STORE_CLOSED.summary: the zh-CN target uses {{shopId}} but the source uses {{storeId}}  (xliff-placeholder-mismatch)`,
    );
    expect(r.stderr).toContain('  hint: keep exactly the placeholders of the source');
    expect(r.stderr).toContain(`errspec: nothing imported: ${ws.file('zh-CN.xlf')} has problems`);
    expect(ws.read()).toBe(before);
    expect(existsSync(ws.lock)).toBe(false);
  });

  it('an unknown id and a malformed file, each at its line', async () => {
    const ws = workspace('unknown');
    const xml = await ws.export();
    ws.write('renamed.xlf', xml.replace('id="errors.NO_STOCK.summary"', 'id="errors.OUT_OF_STOCK.summary"'));
    const unknown = await ws.cli('translations', 'import', ws.file('renamed.xlf'));
    expect(unknown.code).toBe(1);
    expect(unknown.stderr).toContain(`${ws.file('renamed.xlf')}:${lineOf(xml, 'id="errors.NO_STOCK.summary"')}:7  error  No text of the spec has the id "errors.OUT_OF_STOCK.summary"`);
    expect(unknown.stderr).toContain('(xliff-unknown-unit)');
    ws.write('broken.xlf', xml.replace('</note>\n      </trans-unit>\n      <trans-unit id="errors.STORE_CLOSED.causes', '</note>\n      <trans-unit id="errors.STORE_CLOSED.causes'));
    const broken = await ws.cli('translations', 'import', ws.file('broken.xlf'));
    expect(broken.code).toBe(1);
    expect(broken.stderr).toMatch(new RegExp(`${ws.file('broken.xlf')}:\\d+:\\d+  error  Not well-formed XML: .*\\(xliff-syntax\\)`));
  });
});

describe('import refuses targets the spec cannot take', () => {
  it('a target that would make the spec invalid, shown as the spec would read', async () => {
    const ws = workspace('icu');
    ws.write('zh-CN.xlf', (await ws.export()).replace('<target state="translated">商品缺货。</target>', '<target state="translated">商品{x, number}缺货。</target>'));
    const before = ws.read();
    const r = await ws.cli('translations', 'import', ws.file('zh-CN.xlf'));
    expect(r.code).toBe(1);
    expect(r.stderr).toContain(`${ws.spec} (after import):${lineOf(before, SUMMARY_ZH)}:17  error  {x, number} is an ICU MessageFormat argument`);
    expect(r.stderr).toContain(`errspec: nothing imported: ${ws.spec} would be invalid with these translations`);
    expect(ws.read()).toBe(before);
  });

  it('a text the spec shares with another through a YAML alias', async () => {
    const ws = workspace('alias');
    ws.editSpec(SUMMARY_ZH, '      zh-CN: &zh "商品缺货。"');
    ws.editSpec('zh-CN: 商品已售罄。 }', 'zh-CN: *zh }');
    const xml = await ws.export();
    const unit = xml.indexOf('id="errors.NO_STOCK.summary"');
    ws.write('zh-CN.xlf', xml.slice(0, unit) + xml.slice(unit).replace('商品缺货。</target>', '商品没货。</target>'));
    const before = ws.read();
    const r = await ws.cli('translations', 'import', ws.file('zh-CN.xlf'));
    expect(r.code).toBe(1);
    expect(r.stderr).toBe('errspec: writing the targets would also change errors.NO_STOCK.causes.sold-out (zh-CN) to "商品没货。"; nothing was imported (does the spec share the text through a YAML alias? then edit it by hand)');
    expect(ws.read()).toBe(before);
  });
});

describe('import refuses, each with its rule and line', () => {
  const unitStart = '      <trans-unit id="errors.NO_STOCK.summary" xml:space="preserve">';
  const line = (xml: string, at: number) => xml.slice(0, at).split('\n').length;
  // [case, edit of the exported file, the line the refusal points at, its message]
  const cases: Array<[string, (xml: string) => string, (xml: string) => number, string]> = [
    ['another language', (x) => x.replace('target-language="zh-CN"', 'target-language="fr"'), (x) => line(x, x.indexOf('<file ')), 'its target-language fr is not a target locale of the spec (zh-CN, zh-TW)  (xliff-locale)'],
    ['a unit twice', (x) => x.replace('    </body>', `${x.slice(x.indexOf(unitStart), x.indexOf('</trans-unit>', x.indexOf(unitStart)))}</trans-unit>\n    </body>`), (x) => line(x, x.lastIndexOf(unitStart)), `appears twice for zh-CN (first on line`],
    ['an inline element it cannot read', (x) => x.replace('<target state="translated">商品缺货。</target>', '<target state="translated"><bpt id="1">[</bpt>商品缺货。</target>'), (x) => line(x, x.indexOf('<bpt')), '<bpt> cannot be turned back into text  (xliff-inline-element)'],
    ['a document that is not XLIFF 1.2', (x) => x.replace('<xliff version="1.2"', '<xliff version="2.0"'), (x) => line(x, x.indexOf('<xliff')), 'Expected an XLIFF 1.2 document'],
  ];
  const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  it.each(cases)('%s', async (name, edit, at, message) => {
    const ws = workspace(`refuse-${name.replace(/\W+/g, '-')}`);
    const xml = edit(await ws.export());
    ws.write('in.xlf', xml);
    const r = await ws.cli('translations', 'import', ws.file('in.xlf'));
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(new RegExp(`^${escape(ws.file('in.xlf'))}:${at(xml)}:\\d+  error  .*${escape(message)}`, 'm'));
    expect(existsSync(ws.lock)).toBe(false);
  });
});

describe('a translation whose source changed', () => {
  async function staleWorkspace(name: string) {
    const ws = workspace(name);
    expect((await ws.cli('translations', 'lock')).stdout).toBe(`Wrote ${ws.lock}: 8 translations recorded, 0 stale`);
    ws.editSpec(SUMMARY_EN, '      en: "The item is sold out."');
    return ws;
  }

  it('is reported by validate with its location and both sources, counted by status, and marked in the export', async () => {
    const ws = await staleWorkspace('stale');
    const v = await ws.cli('validate');
    expect(v.code).toBe(0);
    const line = lineOf(ws.read(), SUMMARY_ZH);
    expect(v.stderr).toContain(
      `${ws.spec}:${line}:14  warning  The zh-CN translation of errors.NO_STOCK.summary is stale: its en source changed from "The item is out of stock." to "The item is sold out." since it was translated  (translation-stale)`,
    );
    expect(v.stderr).toContain('  hint: translate it again (errspec translations export --locale zh-CN --untranslated, then import), or confirm it by importing it with state "translated"');
    const status = await ws.cli('translations', 'status');
    expect(status.stdout).toContain('  zh-CN: 6 translated, 1 stale, 0 missing (of 7 texts)\n    stale: errors.NO_STOCK.summary');
    const json = JSON.parse((await ws.cli('translations', 'status', '--format', 'json')).stdout) as { locales: Array<Record<string, unknown>> };
    expect(json.locales[0]).toMatchObject({ locale: 'zh-CN', total: 7, translated: 6, stale: 1, missing: 0, staleKeys: ['errors.NO_STOCK.summary'] });
    const xml = await ws.export('zh-CN', '--untranslated');
    expect(xml).toContain('<source>The item is sold out.</source>\n        <target state="needs-review-translation">商品缺货。</target>');
    expect(xml).toContain('The translation was made for: The item is out of stock.');
  });

  it('is cleared by importing a new translation', async () => {
    const ws = await staleWorkspace('retranslated');
    ws.write('zh-CN.xlf', (await ws.export('zh-CN', '--untranslated')).replace('<target state="needs-review-translation">商品缺货。</target>', '<target state="translated">商品已售完。</target>'));
    const r = await ws.cli('translations', 'import', ws.file('zh-CN.xlf'));
    expect(r.code, r.stderr).toBe(0);
    expect((await ws.cli('validate')).stderr).toBe('');
    expect((await ws.cli('translations', 'status')).stdout).toContain('  zh-CN: 7 translated, 0 stale, 0 missing');
  });

  it('is cleared by confirming the old translation (state translated, same text), which leaves the spec as it is', async () => {
    const ws = await staleWorkspace('confirmed');
    ws.write('zh-CN.xlf', (await ws.export('zh-CN', '--untranslated')).replace('state="needs-review-translation"', 'state="translated"'));
    const before = ws.read();
    const r = await ws.cli('translations', 'import', ws.file('zh-CN.xlf'));
    expect(r.stdout).toContain('errors.NO_STOCK.summary (zh-CN): confirmed for the current en text');
    expect(ws.read()).toBe(before);
    expect((await ws.cli('validate')).stderr).toBe('');
  });

  it('is cleared by editing the translation in the spec; the lock then asks to be updated', async () => {
    const ws = await staleWorkspace('edited');
    ws.editSpec(SUMMARY_ZH, '      zh-CN: "商品已售完。"');
    const v = await ws.cli('validate');
    expect(v.stderr).not.toContain('translation-stale');
    expect(v.stderr).toContain(`${ws.lock}  warning  1 new or edited translation is not recorded (zh-CN errors.NO_STOCK.summary)  (translation-lock-outdated)`);
    expect(v.stderr).toContain('  hint: run errspec translations lock to record them');
    expect((await ws.cli('translations', 'lock')).code).toBe(0);
    expect((await ws.cli('validate')).stderr).toBe('');
  });

  it('stays stale when the imported translation was made from the older source', async () => {
    const ws = workspace('outdated');
    await ws.cli('translations', 'lock');
    const xml = (await ws.export()).replace('<target state="translated">商品缺货。</target>', '<target state="translated">商品暂无库存。</target>');
    ws.editSpec(SUMMARY_EN, '      en: "The item is sold out."');
    ws.write('zh-CN.xlf', xml);
    const r = await ws.cli('translations', 'import', ws.file('zh-CN.xlf'));
    expect(r.code).toBe(0);
    expect(r.stderr).toContain('Unit errors.NO_STOCK.summary was translated from an older en text ("The item is out of stock."); the spec now says "The item is sold out."');
    expect(r.stderr).toContain('(xliff-outdated-source)');
    expect(ws.read()).toContain('      zh-CN: "商品暂无库存。"');
    expect((await ws.cli('validate')).stderr).toContain('(translation-stale)');
  });

  it('is still listed by diff, which compares specs and never reads the lock', async () => {
    const ws = await staleWorkspace('diff');
    const base = ws.file('base.yaml');
    cpSync(join(repoRoot, 'test/translations/fixtures/shop.yaml'), base);
    const r = await runCli(['diff', '--base', base, '--head', ws.spec, '--format', 'json']);
    const report = JSON.parse(r.stdout) as { staleTranslations: unknown[]; changes: Array<{ rule: string }> };
    expect(report.staleTranslations).toEqual([{ locale: 'zh-CN', key: 'errors.NO_STOCK.summary' }]);
    expect(report.changes.map((c) => c.rule)).toEqual(['text-changed']);
  });

  it('cannot be judged from a broken lock file: validate says so and exits 1', async () => {
    const ws = workspace('broken-lock');
    ws.write(ws.lock, '{ "version": 1, "translations": ');
    const v = await ws.cli('validate');
    expect(v.code).toBe(1);
    expect(v.stderr).toMatch(/errors\.translations\.lock\.json {2}error {2}Not valid JSON \(.*\) {2}\(translation-lock-invalid\)\n {2}hint: fix it, or delete the file and run errspec translations lock$/m);
  });
});
