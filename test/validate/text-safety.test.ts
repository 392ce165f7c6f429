// What names, ids and texts may hold (issue 6, item 3; issue 14, item 7): invisible,
// control and bidi characters (text-control-character, bidi-isolate-unbalanced) and i18n
// syntax beyond `{{name}}` (i18n-syntax, single-brace-placeholder), each pointed at where
// it is written.
import { describe, expect, it } from 'vitest';
import { scanBraces, unbalancedIsolates } from '../../generators/validate/rules/text-safety.js';
import { runCli } from '../support/cli.js';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { edit, loads, posOf, rows, validText } from './support.js';

const hex = (c: string) => (c.codePointAt(0) ?? 0).toString(16).toUpperCase().padStart(4, '0');
/** The YAML double-quoted escape of a BMP character. */
const esc = (c: string) => `\\u${hex(c)}`;

const OVERRIDES = ['\u202A', '\u202B', '\u202C', '\u202D', '\u202E'];
const ISOLATES = ['\u2066', '\u2067', '\u2068', '\u2069'];
const BIDI = [...OVERRIDES, ...ISOLATES];
const ZERO_WIDTH = ['\u200B', '\u200C', '\u200D', '\uFEFF', '\u2060'];
const MARKS = ['\u200E', '\u200F'];
const CONTROLS = ['\u0000', '\u0007', '\u0008', '\u000B', '\u000C', '\u000D', '\u001B', '\u007F', '\u0085', '\u009B'];

const TEXT = '          en: The store does not open today.';
/** The hint for an override or embedding: the isolates, which do what it was meant for. */
const ISOLATES_INSTEAD = 'to set a run of the other direction apart, wrap it in the isolates U+2068 FIRST STRONG ISOLATE … U+2069 POP DIRECTIONAL ISOLATE (or use the marks U+200E/U+200F)';
const withText = (value: string) => edit(validText, TEXT, `          en: ${value}`);

describe('names and ids: no invisible or control character', () => {
  it.each([...BIDI, ...ZERO_WIDTH, ...MARKS, ...CONTROLS].map((c) => [`U+${hex(c)}`, c]))('%s in a name, escaped', (_n, c) => {
    const text = edit(validText, '    name: STORE_CLOSED', `    name: "STORE${esc(c)}_CLOSED"`);
    const found = rows(text).filter((r) => r.rule === 'text-control-character');
    expect(found.map((r) => r.at)).toEqual([posOf(text, esc(c))]);
    expect(found[0]?.message).toMatch(new RegExp(`^name of code 1002 "STORE\\\\.+_CLOSED" holds U\\+${hex(c)}`));
    expect(found[0]?.message).not.toContain(c);
    expect(found[0]?.hint).toBe('names, ids and keys must be plain visible text: remove it');
  });

  it.each([...BIDI, ...ZERO_WIDTH, ...MARKS].map((c) => [`U+${hex(c)}`, c]))('%s in a name, written raw', (_n, c) => {
    const text = edit(validText, '    name: STORE_CLOSED', `    name: STORE${c}_CLOSED`);
    expect(rows(text).filter((r) => r.rule === 'text-control-character').map((r) => r.at)).toEqual([posOf(text, c)]);
  });

  it('in a cause id', () => {
    const text = edit(validText, '      - id: closed-today', '      - id: "closed\\u200Btoday"');
    expect(rows(text).filter((r) => r.rule === 'text-control-character').map((r) => [r.at, r.message])).toEqual([
      [posOf(text, '\\u200B'), 'id of code 1002 STORE_CLOSED, cause 1 "closed\\u{200B}today" holds U+200B ZERO WIDTH SPACE, an invisible character'],
    ]);
  });

  it('in a scene id written as a key', () => {
    const text = edit(validText, '  checkout:\n', '  checkout:\n    title: {en: a, zh-CN: b}\n  "check\\u202Eout":\n');
    expect(rows(text).filter((r) => r.rule === 'text-control-character').map((r) => [r.at, r.message])).toEqual([
      [posOf(text, '\\u202E'), 'Key "check\\u{202E}out" in scenes holds U+202E RIGHT-TO-LEFT OVERRIDE, a bidi override or embedding, which makes the line display differently from what it says'],
    ]);
  });

  it('in a reference to a scene', () => {
    const text = edit(validText, '        scene: checkout\n        classification: permanent\n        explanation:\n          en: The store does',
      '        scene: "checkout\\u2066"\n        classification: permanent\n        explanation:\n          en: The store does');
    expect(rows(text).filter((r) => r.rule === 'text-control-character').map((r) => r.at)).toEqual([posOf(text, '\\u2066')]);
  });

  it('in a locale key of a text', () => {
    const text = edit(validText, '  en: Shop API', '  "en\\u200D": Shop API\n  en: Shop API');
    expect(rows(text).filter((r) => r.rule === 'text-control-character').map((r) => r.at)).toEqual([posOf(text, '\\u200D')]);
  });

  it('in a string code value', () => {
    const text = edit(edit(validText, '  type: integer', '  type: string'), '  - code: 1001', '  - code: "E1001\\u202D"').replace('  - code: 1002', "  - code: 'E1002'");
    expect(rows(text).map((r) => [r.rule, r.at])).toEqual([['text-control-character', posOf(text, '\\u202D')]]);
  });
});

describe('texts', () => {
  it.each(OVERRIDES.map((c) => [`U+${hex(c)}`, c]))('%s (bidi override or embedding) is refused, the isolates suggested', (_n, c) => {
    const text = withText(`"Closed ${esc(c)}today"`);
    expect(rows(text)).toEqual([{
      rule: 'text-control-character',
      severity: 'error',
      at: posOf(text, esc(c)),
      message: expect.stringContaining(`The text explanation.en of code 1002 STORE_CLOSED, cause closed-today holds U+${hex(c)}`) as unknown as string,
      hint: ISOLATES_INSTEAD,
    }]);
  });

  it('a raw U+202E in a plain scalar, at its line:column, with the words of the issue', () => {
    const text = withText('Closed \u202Etoday');
    expect(rows(text)).toEqual([{
      rule: 'text-control-character',
      severity: 'error',
      at: '48:22',
      message: 'The text explanation.en of code 1002 STORE_CLOSED, cause closed-today holds U+202E RIGHT-TO-LEFT OVERRIDE, a bidi override or embedding, which makes the line display differently from what it says',
      hint: ISOLATES_INSTEAD,
    }]);
    expect(posOf(text, '\u202E')).toBe('48:22');
  });

  it.each(CONTROLS.map((c) => [`U+${hex(c)}`, c]))('%s (a control character) is refused', (_n, c) => {
    const text = withText(`"Closed ${esc(c)}today"`);
    const found = rows(text);
    expect(found.map((r) => [r.rule, r.at])).toEqual([['text-control-character', posOf(text, esc(c))]]);
    expect(found[0]?.message).toContain(`holds U+${hex(c)}`);
  });

  it('a raw NUL in a plain scalar, pointed at itself', () => {
    const text = withText('Closed \u0000today');
    expect(rows(text).map((r) => [r.rule, r.at])).toEqual([['text-control-character', posOf(text, '\u0000')]]);
  });

  it('a raw override inside a block scalar, pointed at itself', () => {
    const text = withText('|\n            Closed\n            to\u202Eday');
    expect(rows(text).map((r) => [r.rule, r.at])).toEqual([['text-control-character', posOf(text, '\u202E')]]);
  });

  it('an unpaired surrogate is refused', () => {
    const text = withText('"Closed \\uD800 today"');
    expect(rows(text).map((r) => [r.rule, r.at, r.message])).toEqual([
      ['text-control-character', posOf(text, '\\uD800'), 'The text explanation.en of code 1002 STORE_CLOSED, cause closed-today holds U+D800, an unpaired surrogate, which no UTF-8 output can hold'],
    ]);
  });

  it('each distinct character once, at its first occurrence', () => {
    const text = withText('"a\\u202Eb\\u202Ec\\u0007d"');
    expect(rows(text).map((r) => [r.rule, r.at])).toEqual([
      ['text-control-character', posOf(text, '\\u202E')],
      ['text-control-character', posOf(text, '\\u0007')],
    ]);
  });

  it.each([
    ['newline', '"Closed\\ntoday"'],
    ['tab', '"Closed\\ttoday"'],
    ['LRM and RLM', '"\\u200Fمغلق\\u200E 2024"'],
    ['zero-width joiner in an emoji', '"Closed 👩\\u200D💻 today"'],
    ['zero-width non-joiner (Persian)', '"می\\u200Cخواهم"'],
    ['zero-width space (Thai)', '"ร้าน\\u200Bปิด"'],
    ['line separator', '"Closed\\u2028today"'],
    ['Arabic letter mark', '"\\u061Cمغلق"'],
    ['non-ASCII text', '"Geschlossen – 今日は休業です ✓"'],
    ['a block scalar with several lines', '|\n            Closed.\n            Today.'],
  ])('%s is allowed', (_name, value) => {
    expect(rows(withText(value))).toEqual([]);
  });

  it.each([
    ['an Arabic sentence with a Latin name in FSI … PDI, raw', 'لا يوجد متجر باسم \u2068Acme Store\u2069 اليوم.'],
    ['the same, escaped', '"لا يوجد متجر باسم \\u2068Acme Store\\u2069 اليوم."'],
    ['LRI … PDI and RLI … PDI, nested', '"a \\u2066b \\u2067c\\u2069 d\\u2069 e"'],
    ['an isolate on each line', '|\n            \u2068one\u2069\n            \u2068two\u2069'],
  ])('isolates: %s is allowed', (_name, value) => {
    expect(rows(withText(value))).toEqual([]);
  });

  it.each(ISOLATES.slice(0, 3).map((c) => [`U+${hex(c)}`, c]))('%s never closed is bidi-isolate-unbalanced, at the isolate', (_n, c) => {
    const text = withText(`"Closed ${esc(c)}today"`);
    expect(rows(text)).toEqual([{
      rule: 'bidi-isolate-unbalanced',
      severity: 'error',
      at: posOf(text, esc(c)),
      message: expect.stringMatching(new RegExp(`^The text explanation\\.en of code 1002 STORE_CLOSED, cause closed-today opens U\\+${hex(c)} .* that no U\\+2069 POP DIRECTIONAL ISOLATE closes on its line$`)) as unknown as string,
      hint: 'close it with U+2069 where the isolated run ends, so its direction does not leak into the text around it',
    }]);
  });

  it('a stray U+2069 is bidi-isolate-unbalanced, at itself', () => {
    const text = withText('Closed \u2068a\u2069 b\u2069 today');
    expect(rows(text)).toEqual([{
      rule: 'bidi-isolate-unbalanced',
      severity: 'error',
      at: posOf(text, '\u2069', 1),
      message: 'The text explanation.en of code 1002 STORE_CLOSED, cause closed-today holds a U+2069 POP DIRECTIONAL ISOLATE that closes no isolate',
      hint: 'remove it, or open the isolate it should close (U+2068 FIRST STRONG ISOLATE)',
    }]);
  });

  it('a stray escaped U+2069 is pointed at its own escape, not the first one', () => {
    const text = withText('"Closed \\u2068a\\u2069 b\\u2069 today"');
    expect(rows(text).map((r) => [r.rule, r.at])).toEqual([['bidi-isolate-unbalanced', posOf(text, '\\u2069', 1)]]);
  });

  it('a line end closes every isolate: one opened on a line and closed on the next is two mistakes', () => {
    const text = withText('|\n            \u2068one\n            two\u2069');
    expect(rows(text).map((r) => [r.rule, r.at])).toEqual([
      ['bidi-isolate-unbalanced', posOf(text, '\u2068')],
      ['bidi-isolate-unbalanced', posOf(text, '\u2069')],
    ]);
  });

  it('finds unbalanced isolates by index', () => {
    expect(unbalancedIsolates('plain')).toEqual([]);
    expect(unbalancedIsolates('\u2068a\u2069')).toEqual([]);
    expect(unbalancedIsolates('\u2069\u2068a')).toEqual([0, 1]);
    expect(unbalancedIsolates('\u2066\u2067x\u2069')).toEqual([0]);
    expect(unbalancedIsolates('\u2068a\nb\u2069')).toEqual([0, 4]);
    expect(unbalancedIsolates('\u2068a\u2029b\u2069 \u2028')).toEqual([0, 4]);
  });

  it('messages and code frames never carry the character to the terminal', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'errspec-bidi-'));
    try {
      const path = join(dir, 'spec.yaml');
      writeFileSync(path, withText('Access granted \u202E \u2066// admin\u2069 \u2067'));
      const r = await runCli(['validate', '--spec', path]);
      expect(r.code).toBe(1);
      expect(r.stderr).not.toMatch(/[\u202A-\u202E\u2066-\u2069]/);
      expect(r.stderr).toContain('holds U+202E RIGHT-TO-LEFT OVERRIDE');
      // The frame shows U+FFFD in their place, one for one, so the caret still lines up.
      expect(r.stderr).toContain('| ' + '          en: Access granted \uFFFD \uFFFD// admin\uFFFD \uFFFD\n');
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('i18n-syntax: a placeholder is {{name}}, and nothing else is syntax', () => {
  const withParam = (value: string) =>
    edit(validText, '        explanation:\n          en: The store does not open today.\n          zh-CN: 门店今天不营业。',
      `        params: [storeId]\n        explanation:\n          en: ${value}\n          zh-CN: 门店 {{storeId}} 今天不营业。`);

  it.each([
    ['i18next nesting', '"Closed: $t(errors.other) {{storeId}}"', '$t(', '`$t(` is i18next nesting'],
    ['unescaped interpolation', '"Store {{- storeId}} {{storeId}}"', '{{- storeId}}', "{{- storeId}} is i18next's unescaped interpolation"],
    ['formatting', '"Store {{storeId, uppercase}} {{storeId}}"', '{{storeId, uppercase}}', '{{storeId, uppercase}} is i18next formatting'],
    ['spaces inside', '"Store {{ storeId }}"', '{{ storeId }}', '{{ storeId }} has spaces inside the braces, which i18next ignores but other consumers do not'],
    ['a nested lookup', '"Store {{store.id}} {{storeId}}"', '{{store.id}}', '{{store.id}} is an i18next nested-object lookup'],
    ['an unclosed placeholder', '"Store {{storeId}} {{storeId"', '{{storeId"', '`{{` is never closed by `}}`'],
    ['triple braces', '"Store {{{storeId}}}"', '{{{storeId}}', '{{{storeId}} is not a placeholder'],
    ['an ICU plural', '"{count, plural, one {# store} other {# stores}} {{storeId}}"', '{count', '{count, plural, one … is an ICU MessageFormat argument, which ICU would interpolate and i18next would print as is'],
    ['an ICU number', '"Store {n, number} {{storeId}}"', '{n,', '{n, number} is an ICU MessageFormat argument'],
    ['a numbered ICU number', '"Store {0, number} {{storeId}}"', '{0,', '{0, number} is an ICU MessageFormat argument'],
    ['an ICU date', '"Since {d, date, short} {{storeId}}"', '{d,', '{d, date, short} is an ICU MessageFormat argument'],
    ['an ICU time', '"At {t, time} {{storeId}}"', '{t,', '{t, time} is an ICU MessageFormat argument'],
    ['an ICU select', '"{g, select, female {She} other {They}} {{storeId}}"', '{g,', '{g, select, female {She} other {They}} is an ICU MessageFormat argument'],
    ['an ICU selectordinal', '"{x, selectordinal, one {#st} other {#th}} {{storeId}}"', '{x,', 'is an ICU MessageFormat argument'],
    ['an ICU argument inside a template literal', '"Store ${n, number} {{storeId}}"', '{n,', '{n, number} is an ICU MessageFormat argument'],
  ])('%s is refused at its line:column', (_name, value, needle, message) => {
    const text = withParam(value);
    const found = rows(text).filter((r) => r.rule === 'i18n-syntax');
    expect(found.map((r) => r.at)).toEqual([posOf(text, needle)]);
    expect(found[0]?.message).toContain(message);
    expect(found[0]?.severity).toBe('error');
  });

  it('an ICU argument is one problem: its branches are not read again', () => {
    const text = withParam('"{storeId, select, a {{{storeId}}} other {{storeId}}} {{storeId}}"');
    expect(rows(text).map((r) => [r.rule, r.at, r.hint])).toEqual([
      ['i18n-syntax', posOf(text, '{storeId,'), 'i18next prints ICU syntax as written: use a {{name}} placeholder naming a declared param, or reword'],
    ]);
  });

  it.each([
    ['the hostile explanation of issue 6', '"*/ }); process.exit(1); /* | --- | <script>alert(1)</script> `code` {{storeId}}"'],
    ['a lone closing brace', '"a } b {{storeId}}"'],
    ['a lone opening brace', '"a { b {{storeId}}"'],
    ['empty braces', '"{} and { } {{storeId}}"'],
    ['a JSON example', '"Body {\\"store\\": 1} {{storeId}}"'],
    ['a dollar sign', '"Costs $5 {{storeId}}"'],
    ['a placeholder twice', '"{{storeId}} / {{storeId}}"'],
    ['a path template', '"DELETE /v1/wallets/{id}: {{storeId}}"'],
    ['a numbered argument without a format', '"Store {0} {{storeId}}"'],
    ['a template literal naming no param', '"Store ${id} {{storeId}}"'],
    ['a word in braces with spaces', '"{ storeId } {{storeId}}"'],
  ])('%s is fine', (_name, value) => {
    expect(rows(withParam(value))).toEqual([]);
  });

  it('an undeclared {{lookup}} in the hostile explanation is undeclared-placeholder at its line:column', () => {
    const text = withParam('"*/ }); process.exit(1); /* | --- | <script>alert(1)</script> `code` {{storeId}} {{lookup}}"');
    // (zh-CN lacks it too: placeholder-mismatch, not the point here.)
    expect(rows(text).filter((r) => r.rule !== 'placeholder-mismatch').map((r) => [r.rule, r.at, r.message])).toEqual([
      ['undeclared-placeholder', posOf(text, '{{lookup}}'), 'Placeholder {{lookup}} is not declared in params (declared: storeId)'],
    ]);
  });

  it('an i18n-syntax problem is not also an undeclared placeholder', () => {
    const text = withParam('"Store {{- storeId}} {{storeId}}"');
    expect(rows(text).map((r) => r.rule)).toEqual(['i18n-syntax']);
  });

  it('applies to every text: titles, advice, notes, summaries', () => {
    const text = edit(edit(validText, 'en: Shop API', 'en: "Shop {api, select, other {API}}"'), 'en: Do not retry.', 'en: Do not $t(retry).');
    expect(rows(text).map((r) => [r.rule, r.at])).toEqual([
      ['i18n-syntax', posOf(text, '{api')],
      ['i18n-syntax', posOf(text, '$t(')],
    ]);
  });

  it('finds placeholders the way i18next and formatMessage do', () => {
    expect(scanBraces('{{a}}{{b}} {{c_1}} x{{D}}').placeholders.map((p) => p.name)).toEqual(['a', 'b', 'c_1', 'D']);
    expect(scanBraces('{{a}}').problems).toEqual([]);
  });

  it('the valid spec still loads', () => {
    expect(loads(validText)).toBe(true);
  });
});

describe('single-brace-placeholder: {name} where name is a param of the text', () => {
  const withTexts = (en: string, zh: string) =>
    edit(validText, '        explanation:\n          en: The store does not open today.\n          zh-CN: 门店今天不营业。',
      `        params: [storeId]\n        explanation:\n          en: ${en}\n          zh-CN: ${zh}`);
  const WARNING = { rule: 'single-brace-placeholder', severity: 'warning', message: "{storeId} is printed as written, but 'storeId' is a param of this text", hint: 'write {{storeId}}' };

  it('warns at the braces in each locale, and the param is not also unused', () => {
    const text = withTexts('Store {storeId} is closed.', '门店 {storeId} 今天不营业。');
    expect(rows(text)).toEqual([
      { ...WARNING, at: posOf(text, '{storeId}') },
      { ...WARNING, at: posOf(text, '{storeId}', 1) },
    ]);
    expect(loads(text)).toBe(true);
  });

  it('finds the single braces beside a real placeholder of the same name', () => {
    const text = withTexts('"{{storeId}}: GET /stores/{storeId}"', '"{{storeId}}：GET /stores/{storeId}"');
    expect(rows(text).map((r) => [r.rule, r.at])).toEqual([
      ['single-brace-placeholder', posOf(text, '{storeId}"')],
      ['single-brace-placeholder', posOf(text, '{storeId}"', 1)],
    ]);
  });

  it('also in a template literal', () => {
    const text = withTexts('"Store ${storeId}"', '"门店 ${storeId}"');
    expect(rows(text).map((r) => [r.rule, r.at])).toEqual([
      ['single-brace-placeholder', posOf(text, '{storeId}')],
      ['single-brace-placeholder', posOf(text, '{storeId}', 1)],
    ]);
  });

  it('is one report when it makes the locales differ: the mismatch, with the fix as its hint', () => {
    const text = withTexts('Store {{storeId}} is closed.', '门店 {storeId} 今天不营业。');
    expect(rows(text)).toEqual([{
      rule: 'placeholder-mismatch',
      severity: 'error',
      at: posOf(text, '门店 {storeId}'),
      message: "'zh-CN' uses none but 'en' uses {{storeId}}",
      hint: '{storeId} with single braces is printed as written: write {{storeId}}',
    }]);
  });

  it('the same when the source locale has the single braces', () => {
    const text = withTexts('Store {storeId} is closed.', '门店 {{storeId}} 今天不营业。');
    expect(rows(text).map((r) => [r.rule, r.at, r.hint])).toEqual([
      ['placeholder-mismatch', posOf(text, '门店 {{storeId}}'), '{storeId} with single braces is printed as written: write {{storeId}}'],
    ]);
  });

  it('a {word} naming no param of its own text is literal, even if another text declares it', () => {
    const text = edit(withTexts('Store {{storeId}} is closed.', '门店 {{storeId}} 今天不营业。'), 'en: The store is closed.', 'en: Store {storeId} is closed.');
    expect(rows(text)).toEqual([]);
  });
});
