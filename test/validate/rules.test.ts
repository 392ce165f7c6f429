// Every rule of the diagnostics catalog has a fixture spec that breaks it and nothing
// else (test/fixtures/invalid/<rule>.yaml); each is checked for its rule id, severity,
// message, hint and the line:column the user sees, and for the exact number of
// diagnostics.
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
  /** The hint, exactly. */
  readonly hint: string;
  /** `line:column` of each diagnostic, as formatDiagnostic prints it: as many as there are. */
  readonly at: readonly string[];
  readonly maxBytes?: number;
}

const CASES: readonly Case[] = [
  { rule: 'file-too-large', message: 'The file is 732 bytes, over the limit of 100 bytes', hint: 'raise the limit with --max-bytes 732', at: [''], maxBytes: 100 },
  { rule: 'invalid-utf8', message: 'Not valid UTF-8: byte 0xe9 at byte offset 675', hint: 'save the file as UTF-8', at: ['35:40'] },
  { rule: 'yaml-syntax', message: 'Flow sequence in block collection must be sufficiently indented and end with a ]', hint: 'check the quotes, brackets and indentation of this line and the one before', at: ['12:1'] },
  { rule: 'yaml-indentation', message: "'http' starts at column 6, but the keys beside it start at column 5 ('name' on line 25)", hint: 'start the line at column 5 (4 spaces)', at: ['26:6'] },
  { rule: 'yaml-duplicate-key', message: "Key 'http' is already set on line 26 of this mapping", hint: 'keep one of the two', at: ['27:5'] },
  { rule: 'yaml-version', message: '%YAML 1.1 is not supported: a spec is YAML 1.2', hint: 'remove the directive', at: ['2:1'] },
  { rule: 'yaml-tag', message: 'Tag !!binary is not allowed: a spec holds plain data', hint: 'remove the tag', at: ['28:11'] },
  { rule: 'yaml-merge-key', message: 'Merge keys (<<) are not supported', hint: 'write the keys out', at: ['26:7'] },
  { rule: 'yaml-alias-limit', message: 'Aliases expand to more than 10000 nodes', hint: 'write the data out instead', at: ['41:38'] },
  { rule: 'yaml-depth', message: 'Nesting is deeper than 64 levels', hint: 'a spec nests a few levels deep: flatten the data', at: ['16:77'] },
  { rule: 'yaml-key-type', message: 'Mapping keys must be plain strings', hint: 'write the key as a plain string', at: ['13:5'] },
  { rule: 'empty-file', message: 'The file is empty or holds only comments', hint: 'a spec starts with errspec: 1, then id, title, codes, locales, scenes, classifications and errors', at: [''] },
  { rule: 'schema', message: 'http of code 1001 INVALID_STORE is 700, outside the range 100–599', hint: 'give a whole number from 100 to 599', at: ['26:11'] },
  { rule: 'code-type', message: "Code '1002' is a string but codes.type is integer", hint: 'write it without quotes, or declare codes.type: string', at: ['37:11'] },
  { rule: 'code-format', message: 'Code 1e3 must be a plain decimal integer', hint: 'write it in decimal digits, with a leading - if negative', at: ['37:11'] },
  { rule: 'duplicate-code', message: 'Code 1001 is already used by INVALID_STORE (line 24)', hint: 'give this entry a value never used before', at: ['37:11'] },
  { rule: 'duplicate-name', message: 'Name INVALID_STORE is already used by code 1001 INVALID_STORE (line 25)', hint: 'pick another name (a renamed code keeps its old name in its own aliases)', at: ['38:11'] },
  { rule: 'name-case-collision', message: 'Name StoreID differs from StoreId only by case', hint: 'make the names differ by more than case: generated files and anchors may land on case-insensitive systems', at: ['39:11'] },
  { rule: 'name-convention', message: 'Name invalidStore does not follow SCREAMING_SNAKE_CASE', hint: 'write it like STORE_CLOSED', at: ['25:11'] },
  { rule: 'name-not-ascii', message: 'Name INVALID_STOR\\u0415 holds U+0415, outside ASCII', hint: '\\u0415 looks like the ASCII letter E but is not: retype it as INVALID_STORE', at: ['25:11'] },
  { rule: 'name-reserved', message: 'Name delete is a reserved word', hint: 'pick another name', at: ['26:11'] },
  { rule: 'reserved-id', message: "Id 'constructor' is a reserved property name", hint: 'pick another id', at: ['13:3'] },
  { rule: 'duplicate-cause-id', message: "Cause id 'unknown-store' is used twice in code 1001 INVALID_STORE", hint: 'rename one: cause ids are unique within their code', at: ['37:13'] },
  { rule: 'undeclared-scene', message: "Scene 'payment' is not declared under scenes (declared: checkout)", hint: 'declare it under scenes, or use a declared one', at: ['45:16'] },
  { rule: 'undeclared-classification', message: "Classification 'transient' is not declared", hint: 'declare it under classifications, or use a declared one', at: ['46:25'] },
  { rule: 'scene-required', message: 'code 1001 INVALID_STORE, cause unknown-store names no scene, but the spec declares scenes (checkout)', hint: 'add scene: with one of them; only a spec that declares no scenes leaves causes without one', at: ['37:9'] },
  { rule: 'summary-required', message: 'code 1001 INVALID_STORE has no summary and 2 causes', hint: 'write a summary: only a code with exactly one cause may leave it out (its explanation serves)', at: ['25:11'] },
  { rule: 'unused-scene', message: "Scene 'refund' is declared but no cause uses it", hint: 'remove it, or refer to it from a cause', at: ['17:3'] },
  { rule: 'unused-classification', message: "Classification 'transient' is declared but no cause uses it", hint: 'remove it, or refer to it from a cause', at: ['23:3'] },
  { rule: 'unknown-locale', message: "Locale 'fr' is not declared (declared: en, zh-CN)", hint: 'add it to locales.targets, or remove this text', at: ['30:7'] },
  { rule: 'missing-translation', message: "summary of code 1001 INVALID_STORE has no 'zh-CN' text", hint: "write the text in 'zh-CN', or let the locale fall back (locales.fallback)", at: ['27:5'] },
  { rule: 'fallback-locale', message: "'zh-CN' falls back to 'fr', which is not a declared locale", hint: 'declare the locale under locales, or remove the fallback', at: ['13:12'] },
  // One mistake, made in both locales' texts: reported where each is.
  { rule: 'undeclared-placeholder', message: 'Placeholder {{lookup}} is not declared in params', hint: 'declare it in params, or reword the text', at: ['35:35', '36:26'] },
  { rule: 'placeholder-mismatch', message: "'zh-CN' uses none but 'en' uses {{storeId}}", hint: 'use the same placeholders in every locale', at: ['37:18'] },
  { rule: 'invalid-param', message: `The example of param 'storeId' is "S-1", not of type integer`, hint: 'give an example of type integer, or change the type', at: ['37:22'] },
  { rule: 'retired-since-format', message: 'retired.since "banana" of code 1001 INVALID_STORE is neither a semver version nor an ISO date', hint: 'write the version (2.1.0) or the date (2024-05-31) from which the API no longer returns the code', at: ['31:14'] },
  { rule: 'envelope-invalid', message: 'fallbackCode 9999 is not a code of this catalog', hint: 'name a code of the catalog', at: ['14:17'] },
  { rule: 'unused-param', message: "Param 'storeId' is declared but no text uses {{storeId}}", hint: 'remove it from params, or use it in the texts', at: ['34:17'] },
  { rule: 'text-control-character', message: 'holds U+202E RIGHT-TO-LEFT OVERRIDE, a bidi override or embedding', hint: 'to set a run of the other direction apart, wrap it in the isolates U+2068 FIRST STRONG ISOLATE … U+2069 POP DIRECTIONAL ISOLATE (or use the marks U+200E/U+200F)', at: ['35:37'] },
  { rule: 'bidi-isolate-unbalanced', message: 'The text explanation.ar of code 1001 INVALID_STORE, cause unknown-store opens U+2068 FIRST STRONG ISOLATE that no U+2069 POP DIRECTIONAL ISOLATE closes on its line', hint: 'close it with U+2069 where the isolated run ends, so its direction does not leak into the text around it', at: ['39:38'] },
  { rule: 'i18n-syntax', message: '{count, plural, one … is an ICU MessageFormat argument', hint: 'i18next prints ICU syntax as written: use a {{name}} placeholder naming a declared param, or reword', at: ['36:16'] },
  // One mistake in each locale's text.
  { rule: 'single-brace-placeholder', message: "{storeId} is printed as written, but 'storeId' is a param of this text", hint: 'write {{storeId}}', at: ['37:35', '38:26'] },
  { rule: 'http-status-not-error', message: 'code 1001 INVALID_STORE is an error but answers HTTP 200, a success status', hint: 'use a 4xx or 5xx status, or give it severity: warning or severity: info if it is not an error', at: ['26:11'] },
  { rule: 'http-missing', message: 'code 1001 INVALID_STORE has no HTTP status', hint: 'give it http: 500, declare defaults: { http: 500 } for every code that gives none, or write http: false at the top if the catalog has no HTTP mapping', at: ['25:11'] },
  { rule: 'http-without-mapping', message: 'code 1001 INVALID_STORE gives an HTTP status, but the catalog says http: false', hint: 'remove it, or remove http: false if the catalog maps codes to HTTP statuses', at: ['27:5'] },
  { rule: 'informational-deprecated', message: 'informational: true of code 1001 INVALID_STORE, cause unknown-store is the old spelling of severity: info', hint: 'write severity: info instead', at: ['34:9'] },
  { rule: 'severity-conflict', message: "code 1001 INVALID_STORE, cause unknown-store says severity: error, but its classification 'permanent' has retry not-an-error", hint: 'classify it in a classification whose retry is never or may, or give it severity: warning or info', at: ['34:19'] },
  { rule: 'range-kind', message: "Range 'cards' gives a prefix, but codes.type is integer", hint: 'write from: and to:, the lowest and the highest value of the range (inclusive)', at: ['18:5'] },
  { rule: 'range-bounds', message: "Range 'stores' runs from 1999 to 1000, but from must not be greater than to", hint: 'swap them: from 1000 to 1999 (for negative codes, from is the one further from zero)', at: ['14:11'] },
  { rule: 'range-overlap', message: "Range 'payments' (1500..2999) overlaps range 'stores' (1000..1999, line 13): both hold 1500..1999", hint: 'make the ranges disjoint: each value belongs to exactly one range, and so to one owner', at: ['17:3'] },
  { rule: 'code-outside-ranges', message: 'Code 1002 STORE_CLOSED falls in none of the ranges', hint: 'give it a value in one of the ranges (stores: 1000..1001, payments: 2000..2999), or declare a range that holds it', at: ['46:11'] },
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

  it('says what is wrong, and how to fix it', () => {
    for (const d of diagnostics) expect(d.message).toContain(c.message);
    for (const d of diagnostics) expect(d.hint).toBe(c.hint);
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
