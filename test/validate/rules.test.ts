// Every rule of the diagnostics catalog has a fixture spec that breaks it and nothing
// else (test/fixtures/invalid/<rule>.yaml); each is checked for its rule id, severity,
// message and the line:column the user sees.
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { rules, type RuleId } from '../../generators/diagnostics/catalog.js';
import type { Diagnostic } from '../../generators/diagnostics/diagnostic.js';
import { formatDiagnostic } from '../../generators/diagnostics/format.js';
import { loadSpecFile } from '../../generators/pipeline/load-spec.js';
import { repoRoot } from '../support/cli.js';

const FIXTURES = 'test/fixtures/invalid';

interface Case {
  readonly rule: RuleId;
  /** A stable part of the message. */
  readonly message: string;
  /** `line:column` of each diagnostic, as formatDiagnostic prints it. */
  readonly at: readonly string[];
  readonly maxBytes?: number;
}

const CASES: readonly Case[] = [
  { rule: 'file-too-large', message: 'The file is 732 bytes, over the limit of 100 bytes; raise it with --max-bytes 732', at: [''], maxBytes: 100 },
  { rule: 'invalid-utf8', message: 'Not valid UTF-8: byte 0xe9 at byte offset 675', at: ['35:40'] },
  { rule: 'yaml-syntax', message: 'Flow sequence in block collection must be sufficiently indented and end with a ]', at: ['12:1'] },
  { rule: 'yaml-duplicate-key', message: "Key 'http' is already set on line 26 of this mapping", at: ['27:5'] },
  { rule: 'yaml-version', message: '%YAML 1.1 is not supported: a spec is YAML 1.2', at: ['2:1'] },
  { rule: 'yaml-tag', message: 'Tag !!binary is not allowed', at: ['28:11'] },
  { rule: 'yaml-merge-key', message: 'Merge keys (<<) are not supported', at: ['26:7'] },
  { rule: 'yaml-alias-limit', message: 'Aliases expand to more than 10000 nodes', at: ['41:38'] },
  { rule: 'yaml-depth', message: 'Nesting is deeper than 64 levels', at: ['16:77'] },
  { rule: 'yaml-key-type', message: 'Mapping keys must be plain strings', at: ['13:5'] },
  { rule: 'empty-file', message: 'The file is empty or holds only comments', at: [''] },
  { rule: 'schema', message: 'errors.0.http must be <= 599', at: ['26:11'] },
  { rule: 'code-type', message: "Code '1002' is a string but codes.type is integer", at: ['37:11'] },
  { rule: 'code-format', message: 'Code 1e3 must be a plain decimal integer', at: ['37:11'] },
  { rule: 'duplicate-code', message: 'Code 1001 is already used by INVALID_STORE (line 24)', at: ['37:11'] },
  { rule: 'duplicate-name', message: 'Name INVALID_STORE is already used by the code at errors/0', at: ['38:11'] },
  { rule: 'name-case-collision', message: 'Name StoreID differs from StoreId only by case', at: ['39:11'] },
  { rule: 'name-convention', message: 'Name invalidStore does not follow SCREAMING_SNAKE_CASE', at: ['25:11'] },
  { rule: 'name-reserved', message: 'Name delete is a reserved word', at: ['26:11'] },
  { rule: 'reserved-id', message: "Id 'constructor' is a reserved property name", at: ['13:3'] },
  { rule: 'duplicate-cause-id', message: "Cause id 'unknown-store' is used twice", at: ['37:13'] },
  { rule: 'undeclared-scene', message: "Scene 'payment' is not declared under scenes (declared: checkout)", at: ['45:16'] },
  { rule: 'undeclared-classification', message: "Classification 'transient' is not declared", at: ['46:25'] },
  { rule: 'unused-scene', message: "Scene 'refund' is declared but no cause uses it", at: ['17:3'] },
  { rule: 'unused-classification', message: "Classification 'transient' is declared but no cause uses it", at: ['23:3'] },
  { rule: 'unknown-locale', message: "Locale 'fr' is not declared (declared: en, zh-CN)", at: ['30:7'] },
  { rule: 'missing-translation', message: "summary has no 'zh-CN' text", at: ['27:5'] },
  { rule: 'fallback-locale', message: "'zh-CN' falls back to 'fr', which is not a declared locale", at: ['13:12'] },
  // One mistake, made in both locales' texts: reported where each is.
  { rule: 'undeclared-placeholder', message: 'Placeholder {{lookup}} is not declared in params', at: ['35:35', '36:26'] },
  { rule: 'placeholder-mismatch', message: "'zh-CN' uses none but 'en' uses {{storeId}}", at: ['37:18'] },
  { rule: 'invalid-param', message: `The example of param 'storeId' is "S-1", not of type integer`, at: ['37:22'] },
  { rule: 'retired-since-format', message: 'retired.since "banana" is neither a semver version (2.1.0) nor an ISO date (2024-05-31)', at: ['31:14'] },
  { rule: 'envelope-invalid', message: 'fallbackCode 9999 is not a code of this catalog', at: ['14:17'] },
  { rule: 'unused-param', message: "Param 'storeId' is declared but no text uses {{storeId}}", at: ['34:17'] },
  { rule: 'text-control-character', message: 'holds U+202E RIGHT-TO-LEFT OVERRIDE, a bidi override', at: ['35:37'] },
  { rule: 'i18n-syntax', message: '{storeId} is an ICU MessageFormat argument', at: ['35:35'] },
];

/** Rules a spec cannot break: the config file's own (tested with the config), the translation lock's and XLIFF's (test/translations/), import's (test/import/). */
const NOT_SPEC_RULES: ReadonlySet<RuleId> = new Set([
  'config-invalid',
  'translation-stale',
  'translation-lock-outdated',
  'translation-lock-invalid',
  'xliff-syntax',
  'xliff-format',
  'xliff-locale',
  'xliff-unknown-unit',
  'xliff-duplicate-unit',
  'xliff-placeholder-mismatch',
  'xliff-inline-element',
  'xliff-outdated-source',
  'table-format',
  'table-columns',
  'table-cell',
  'table-conflict',
]);

function load(c: Case): readonly Diagnostic[] {
  const shown = `${FIXTURES}/${c.rule}.yaml`;
  return loadSpecFile(join(repoRoot, shown), shown, c.maxBytes === undefined ? {} : { maxBytes: c.maxBytes }).diagnostics;
}

/** `file:line:col`, or just `file` for whole-file problems: the head of the printed line. */
const where = (d: Diagnostic): string => formatDiagnostic(d, { frame: false }).split('  ')[0] ?? '';

describe('every rule has a fixture', () => {
  it('covers each rule of the catalog, and each fixture is in the table', () => {
    const covered = CASES.map((c) => c.rule).sort();
    const expected = (Object.keys(rules) as RuleId[]).filter((r) => !NOT_SPEC_RULES.has(r)).sort();
    expect(covered).toEqual(expected);
    const files = readdirSync(join(repoRoot, FIXTURES)).filter((f) => f.endsWith('.yaml')).map((f) => f.slice(0, -5)).sort();
    expect(files).toEqual(expected);
  });
});

describe.each(CASES)('$rule', (c) => {
  const diagnostics = load(c);

  it('is the only rule the fixture breaks', () => {
    expect(diagnostics.map((d) => d.rule)).toEqual(c.at.map(() => c.rule));
  });

  it('has the catalog severity', () => {
    for (const d of diagnostics) expect(d.severity).toBe(rules[c.rule].severity);
  });

  it('says what is wrong', () => {
    for (const d of diagnostics) expect(d.message).toContain(c.message);
  });

  it('points at the line and column', () => {
    const file = `${FIXTURES}/${c.rule}.yaml`;
    expect(diagnostics.map(where)).toEqual(c.at.map((at) => (at ? `${file}:${at}` : file)));
  });

  it('stops the model only when it is an error', () => {
    const shown = `${FIXTURES}/${c.rule}.yaml`;
    const model = loadSpecFile(join(repoRoot, shown), shown, c.maxBytes === undefined ? {} : { maxBytes: c.maxBytes }).model;
    expect(model === undefined).toBe(rules[c.rule].severity === 'error');
  });
});
