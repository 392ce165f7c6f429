// Severity and HTTP beyond the one-fixture-per-rule table: each way a spec can say two
// things at once, where each is reported, and what stays valid (a success answering 200,
// a default status, a cause with its own).
import { describe, expect, it } from 'vitest';
import { loadSpecSource } from '../../generators/pipeline/load-spec.js';
import { edit, posOf, rows, SPEC, validText } from './support.js';

const brief = (text: string) => rows(text).map((r) => [r.rule, r.at, r.message]);

describe('severity', () => {
  it('is valid on a code and on a cause, and a success may answer 200', () => {
    const text = edit(edit(validText, '    http: 400\n', '    http: 200\n    severity: info\n'), '        classification: permanent\n        explanation:\n          en: The store does not', '        classification: permanent\n        severity: warning\n        explanation:\n          en: The store does not');
    expect(brief(text)).toEqual([]);
    const model = loadSpecSource({ path: SPEC, text }).model;
    expect(model?.codes.map((c) => [c.severity, c.retry, c.causes.map((k) => k.severity)])).toEqual([
      ['info', 'not-an-error', ['info']],
      // A code's severity defaults to its most serious cause's.
      ['warning', 'not-an-error', ['warning']],
    ]);
    expect(model?.severities).toEqual(['warning', 'info']);
  });

  it('refuses a cause more serious than the severity its code declares', () => {
    const text = edit(edit(validText, '    http: 400\n', '    http: 400\n    severity: warning\n'), '        classification: permanent\n        explanation:\n          en: No store', '        classification: permanent\n        severity: error\n        explanation:\n          en: No store');
    expect(brief(text)).toEqual([['severity-conflict', posOf(text, 'error\n'), "code 1001 INVALID_STORE, cause unknown-store is error, more serious than its code's severity: warning"]]);
  });

  it('refuses informational: true beside another severity, and warns on informational: false', () => {
    const both = edit(validText, '        classification: permanent\n        explanation:\n          en: No store', '        classification: permanent\n        informational: true\n        severity: warning\n        explanation:\n          en: No store');
    expect(brief(both)).toEqual([['severity-conflict', posOf(both, 'warning\n'), 'code 1001 INVALID_STORE, cause unknown-store says informational: true (severity info) and severity: warning']]);
    const no = edit(validText, '        classification: permanent\n        explanation:\n          en: No store', '        classification: permanent\n        informational: false\n        explanation:\n          en: No store');
    expect(rows(no).map((r) => [r.rule, r.severity, r.at, r.hint])).toEqual([['informational-deprecated', 'warning', posOf(no, 'informational'), 'remove it']]);
  });

  it('refuses severity: error on a code whose cause is classified not-an-error', () => {
    const text = edit(edit(validText, '    retry: never', '    retry: not-an-error'), '    http: 400\n', '    http: 400\n    severity: error\n');
    expect(brief(text)).toEqual([
      ['severity-conflict', posOf(text, 'error\n', 1), "code 1001 INVALID_STORE says severity: error, which its cause unknown-store takes, but that cause's classification 'permanent' has retry not-an-error"],
    ]);
  });
});

describe('HTTP', () => {
  it('takes defaults.http for a code without its own, and a cause may answer another status', () => {
    const text = edit(edit(edit(validText, 'scenes:', 'defaults:\n  http: 503\nscenes:'), '    http: 400\n', ''), '        classification: permanent\n        explanation:\n          en: The store does not', '        classification: permanent\n        http: 423\n        explanation:\n          en: The store does not');
    expect(brief(text)).toEqual([]);
    const model = loadSpecSource({ path: SPEC, text }).model;
    expect(model?.codes.map((c) => [c.http, c.statuses, c.causes.map((k) => k.http)])).toEqual([
      [503, [503], [503]],
      [409, [409, 423], [423]],
    ]);
  });

  it('reports an error answering 2xx where its status is written: the cause, the code or defaults', () => {
    const viaDefaults = edit(edit(validText, 'scenes:', 'defaults:\n  http: 202\nscenes:'), '    http: 400\n', '');
    expect(brief(viaDefaults)).toEqual([['http-status-not-error', posOf(viaDefaults, '202'), 'code 1001 INVALID_STORE is an error but answers HTTP 202, a success status']]);
    const viaCause = edit(validText, '        classification: permanent\n        explanation:\n          en: The store does not', '        classification: permanent\n        http: 303\n        explanation:\n          en: The store does not');
    expect(brief(viaCause)).toEqual([['http-status-not-error', posOf(viaCause, '303'), 'code 1002 STORE_CLOSED, cause closed-today is an error but answers HTTP 303, a redirection status']]);
  });

  it('refuses every status in a catalog that says http: false: defaults, codes, causes, uncoded causes', () => {
    const text = `${edit(edit(validText, 'scenes:', 'http: false\ndefaults:\n  http: 500\nscenes:'), '        classification: permanent\n        explanation:\n          en: The store does not', '        classification: permanent\n        http: 423\n        explanation:\n          en: The store does not')}uncoded:\n  - { id: mystery, scene: checkout, classification: permanent, http: 500, explanation: { en: Odd., zh-CN: 奇怪。 } }\n`;
    expect(brief(text).map(([rule, at]) => [rule, at])).toEqual([
      ['http-without-mapping', posOf(text, 'http: 500')],
      ['http-without-mapping', posOf(text, 'http: 400')],
      ['http-without-mapping', posOf(text, 'http: 409')],
      ['http-without-mapping', posOf(text, 'http: 423')],
      ['http-without-mapping', posOf(text, 'http: 500', 1)],
    ]);
  });
});
