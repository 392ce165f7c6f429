// The three formats: markdown that GFM parses into tables with their columns intact
// (whatever the code values hold), the documented JSON shape, and deterministic text.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Nodes, Table } from 'mdast';
import { fromMarkdown } from 'mdast-util-from-markdown';
import { gfmFromMarkdown } from 'mdast-util-gfm';
import { gfm } from 'micromark-extension-gfm';
import { describe, expect, it } from 'vitest';
import { codeAnchor } from '../../generators/emit/markdown/escape.js';
import { formatJson } from '../../generators/diff/format-json.js';
import { formatMarkdown } from '../../generators/diff/format-markdown.js';
import { formatText } from '../../generators/diff/format-text.js';
import { diffModels, type DiffReport } from '../../generators/diff/report.js';
import { diffRules } from '../../generators/diff/rules.js';
import { runCli } from '../support/cli.js';
import { MINI, edited, model } from './support.js';

const parse = (markdown: string) => fromMarkdown(markdown, { extensions: [gfm()], mdastExtensions: [gfmFromMarkdown()] });

function collect<T extends Nodes['type']>(node: Nodes, type: T): Extract<Nodes, { type: T }>[] {
  const found: Nodes[] = node.type === type ? [node] : [];
  if ('children' in node) for (const child of node.children) found.push(...collect(child, type));
  return found as Extract<Nodes, { type: T }>[];
}

const plain = (node: Nodes): string =>
  node.type === 'text' || node.type === 'inlineCode' ? node.value : 'children' in node ? node.children.map(plain).join('') : '';

// String codes may hold anything markdown cares about.
const HOSTILE: readonly [string, string, string, string, string] = ['pipe|code', 'tick`code', 'link](javascript:alert(1))', '<b>html</b>', '*em* _u_ \\'];

const stringCoded = (): string =>
  edited(MINI, (d) => {
    d.setIn(['codes', 'type'], 'string');
    HOSTILE.slice(0, 4).forEach((code, i) => d.setIn(['errors', i, 'code'], code));
  });

function hostileReport(): DiffReport {
  const base = stringCoded();
  const head = edited(base, (d) => {
    d.deleteIn(['errors', 0]); // removed: no link
    d.setIn(['errors', 0, 'http'], 504); // TIMEOUT, breaking
    d.setIn(['errors', 0, 'causes', 0, 'classification'], 'fatal'); // dangerous
    d.setIn(['errors', 1, 'summary', 'en'], 'Nothing | at *all*.'); // safe (text-changed) + stale
    d.addIn(['errors'], { code: HOSTILE[4], name: 'ADDED', http: 400, summary: { en: 'x', 'zh-CN': 'x' } });
  });
  return diffModels(model(base), model(head), { base: 'base`|.yaml', head: 'head.yaml' });
}

describe('markdown format', () => {
  const report = hostileReport();
  const markdown = formatMarkdown(report, { docsBase: 'generated/docs/' });
  const tree = parse(markdown);
  const tables = collect(tree, 'table');

  it('starts with a one-line verdict', () => {
    const [first] = markdown.split('\n');
    expect(first).toBe('**errspec diff:** Breaking changes (2 breaking, 1 dangerous, 2 safe): requires a major version bump.');
  });

  it('renders one table per severity plus the stale translations, every row with the columns of its header', () => {
    expect(collect(tree, 'heading').map(plain)).toEqual(['Breaking (2)', 'Dangerous (1)', 'Safe (2)', 'Possibly stale translations (1)']);
    expect(tables).toHaveLength(4);
    for (const table of tables) {
      const [header, ...rows] = table.children;
      expect(rows.length).toBeGreaterThan(0);
      for (const row of rows) expect(row.children).toHaveLength(header!.children.length);
    }
    expect(tables.slice(0, 3).map((t: Table) => t.children[0]!.children.map(plain))).toEqual([
      ['Rule', 'Code', 'Change'],
      ['Rule', 'Code', 'Change'],
      ['Rule', 'Code', 'Change'],
    ]);
  });

  it('shows every code value as itself, linked to its anchor in the docs unless it is gone', () => {
    const codeCells = tables.slice(0, 3).flatMap((t) => t.children.slice(1).map((row) => row.children[1]!));
    const values = codeCells.map((cell) => collect(cell, 'inlineCode')[0]?.value);
    expect(values).toEqual([HOSTILE[0], HOSTILE[1], HOSTILE[1], HOSTILE[2], HOSTILE[4]]);
    const links = collect(tree, 'link');
    expect(links.map((l) => l.url)).toEqual([HOSTILE[1], HOSTILE[1], HOSTILE[2], HOSTILE[4]].map((c) => `generated/docs/en.md#${codeAnchor(c)}`));
    expect(collect(codeCells[0]!, 'link')).toEqual([]);
    expect(collect(tree, 'html')).toEqual([]);
    expect(collect(tree, 'emphasis')).toEqual([]);
  });

  it('lists the possibly stale translations per locale with their keys', () => {
    const stale = tables[3]!;
    expect(stale.children.map((row) => row.children.map(plain))).toEqual([
      ['Locale', 'Key'],
      ['zh-CN', 'errors.NOTHING_FOUND.summary'],
    ]);
  });

  it('keeps the rule ids and messages readable', () => {
    const rows = tables[0]!.children.slice(1).map((row) => row.children.map(plain));
    expect(rows[0]).toEqual(['code-removed', `${HOSTILE[0]} BAD_INPUT`, `code ${HOSTILE[0]} BAD_INPUT removed without being retired`]);
    expect(rows[1]?.[2]).toBe(`${HOSTILE[1]} TIMEOUT: HTTP status 500 → 504`);
  });

  it('says so when nothing changed, and links nowhere without a docs folder', () => {
    const same = diffModels(model(MINI), model(MINI), { base: 'a', head: 'b' });
    expect(formatMarkdown(same, { docsBase: 'generated/docs/' }).split('\n')[0]).toBe('**errspec diff:** No changes to the error catalog.');
    expect(collect(parse(formatMarkdown(report)), 'link')).toEqual([]);
  });
});

describe('json format', () => {
  const report = hostileReport();
  const json = JSON.parse(formatJson(report)) as Record<string, unknown>;

  it('has the documented top-level shape', () => {
    expect(Object.keys(json).sort()).toEqual(['base', 'changes', 'counts', 'head', 'semver', 'sourceLocale', 'staleTranslations', 'verdict', 'version']);
    expect(json).toMatchObject({
      version: 1,
      base: 'base`|.yaml',
      head: 'head.yaml',
      verdict: 'breaking',
      semver: 'major',
      counts: { breaking: 2, dangerous: 1, safe: 2, staleTranslations: 1 },
      sourceLocale: 'en',
      staleTranslations: [{ locale: 'zh-CN', key: 'errors.NOTHING_FOUND.summary' }],
    });
  });

  it('gives each change its rule, severity, semver, message and only documented fields', () => {
    const allowed = ['rule', 'severity', 'semver', 'message', 'code', 'name', 'cause', 'scene', 'classification', 'locale', 'key', 'locales', 'before', 'after'];
    for (const c of json['changes'] as Record<string, unknown>[]) {
      expect(Object.keys(c).filter((k) => !allowed.includes(k))).toEqual([]);
      const rule = diffRules[c['rule'] as keyof typeof diffRules];
      expect(c).toMatchObject({ severity: rule.severity, semver: rule.semver });
      expect(typeof c['message']).toBe('string');
    }
  });

  it('maps the worst change to the semver bump', () => {
    const bump = (edit: Parameters<typeof edited>[1]) => JSON.parse(formatJson(diffModels(model(MINI), model(edited(MINI, edit)), { base: 'a', head: 'b' }))).semver;
    expect(bump(() => {})).toBe('none');
    expect(bump((d) => d.setIn(['errors', 1, 'summary', 'zh-CN'], '超时。'))).toBe('patch');
    expect(bump((d) => d.setIn(['scenes', 'refund'], { title: { en: 'Refund', 'zh-CN': '退款' } }))).toBe('minor');
    expect(bump((d) => d.setIn(['classifications', 'transient', 'retry'], 'never'))).toBe('minor');
    expect(bump((d) => d.setIn(['errors', 1, 'http'], 504))).toBe('major');
  });
});

describe('output is deterministic', () => {
  it('prints the same bytes for the same inputs', () => {
    const a = hostileReport();
    const b = hostileReport();
    expect(formatText(a)).toBe(formatText(b));
    expect(formatJson(a)).toBe(formatJson(b));
    expect(formatMarkdown(a)).toBe(formatMarkdown(b));
  });

  it('keeps control characters out of the terminal', () => {
    // Validation rejects them in codes today; the text format does not rely on it.
    const report = diffModels(model(MINI), model(edited(MINI, (d) => d.setIn(['errors', 1, 'http'], 504))), { base: 'a\u001b[2Jb', head: 'h' });
    const hostile = { ...report, changes: report.changes.map((c) => ({ ...c, message: `esc\u001b[31mred\u009b` })) };
    const text = formatText(hostile);
    expect(text).not.toMatch(/[\u001b\u009b]/);
    expect(text).toContain('esc\\u001b[31mred\\u009b');
    expect(text).toContain('a\\u001b[2Jb');
  });

  it('prints markdown through the CLI with links into the output folder', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'errspec-md-'));
    try {
      writeFileSync(join(dir, 'a.yaml'), MINI);
      writeFileSync(join(dir, 'b.yaml'), edited(MINI, (d) => d.setIn(['errors', 1, 'http'], 504)));
      const r = await runCli(['diff', '--base', join(dir, 'a.yaml'), '--head', join(dir, 'b.yaml'), '--format', 'markdown', '--out', 'generated']);
      expect(r.code).toBe(1);
      expect(r.stdout).toContain('[`200`](generated/docs/en.md#code-200) `TIMEOUT`');
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
