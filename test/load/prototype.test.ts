// A spec full of `__proto__`, `constructor` and `prototype` (as keys at every level and as
// values) is loaded and validated: Object.prototype stays untouched, the keys stay data,
// and the user gets a clean list of errors, never a crash.
import { describe, expect, it } from 'vitest';
import { rules } from '../../generators/diagnostics/catalog.js';
import { parseYaml } from '../../generators/load/parse-yaml.js';
import { loadSpecSource } from '../../generators/pipeline/load-spec.js';
import { runCli } from '../support/cli.js';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const HOSTILE = `__proto__:
  polluted: from-the-top
constructor:
  prototype:
    polluted: via-constructor
errspec: 1
id: __proto__
title:
  en: Proto
  __proto__:
    polluted: from-a-text
codes:
  type: string
  __proto__: { type: integer }
locales:
  source: en
  __proto__: { targets: [fr] }
  fallback:
    __proto__: en
scenes:
  __proto__:
    title: { en: Proto scene }
  constructor:
    title: { en: Constructor scene, constructor: x }
classifications:
  prototype:
    retry: never
    advice: { en: Never }
    __proto__: { retry: may }
errors:
  - code: __proto__
    name: __proto__
    http: 500
    __proto__: { polluted: from-an-error }
    summary: { en: Proto, __proto__: x }
    params: [__proto__]
    causes:
      - id: __proto__
        scene: __proto__
        classification: __proto__
        explanation: { en: "{{__proto__}} {{constructor}}" }
        __proto__: { x: 1 }
  - code: constructor
    name: constructor
    aliases: [prototype, __proto__]
    http: 500
    summary: { en: Constructor }
    causes:
      - id: constructor
        scene: constructor
        classification: prototype
        explanation: { en: Constructor, constructor: y }
uncoded:
  - id: prototype
    scene: prototype
    classification: constructor
    explanation: { en: Prototype }
`;

const protoState = () => ({
  names: Object.getOwnPropertyNames(Object.prototype).sort(),
  proto: Object.getPrototypeOf({}),
  probe: ({} as Record<string, unknown>)['polluted'],
});

describe('a spec full of __proto__', () => {
  it('leaves Object.prototype untouched and keeps the keys as data', () => {
    const before = protoState();
    const parsed = parseYaml({ path: 'proto.yaml', text: HOSTILE });
    expect(parsed.diagnostics).toEqual([]);
    const data = parsed.data as Record<string, unknown>;
    // Own data properties, not prototypes.
    expect(Object.getPrototypeOf(data)).toBe(Object.prototype);
    expect(Object.getOwnPropertyDescriptor(data, '__proto__')?.value).toEqual({ polluted: 'from-the-top' });
    expect((data['title'] as Record<string, unknown>)['polluted']).toBeUndefined();
    expect(Object.keys(data['title'] as object)).toEqual(['en', '__proto__']);
    expect(protoState()).toEqual(before);
  });

  it('is reported as a clean list of errors, and Object.prototype stays untouched', () => {
    const before = protoState();
    const result = loadSpecSource({ path: 'proto.yaml', text: HOSTILE });
    expect(result.model).toBeUndefined();
    const found = new Set(result.diagnostics.map((d) => d.rule));
    for (const rule of ['reserved-id', 'name-reserved', 'schema'] as const) expect(found).toContain(rule);
    for (const d of result.diagnostics) expect(Object.keys(rules)).toContain(d.rule);
    expect(protoState()).toEqual(before);
  });

  it('reports each dangerous id where it is written', () => {
    const lines = HOSTILE.split('\n');
    const at = (d: { span?: { start: number } }) => (d.span ? HOSTILE.slice(0, d.span.start).split('\n').length : 0);
    const reserved = loadSpecSource({ path: 'proto.yaml', text: HOSTILE })
      .diagnostics.filter((d) => d.rule === 'reserved-id' || d.rule === 'name-reserved')
      .map((d) => `${at(d)}: ${lines[at(d) - 1]?.trim()}`);
    expect(reserved).toEqual([
      '10: __proto__:',
      '21: __proto__:',
      '23: constructor:',
      '24: title: { en: Constructor scene, constructor: x }',
      '26: prototype:',
      '31: - code: __proto__',
      '32: name: __proto__',
      '35: summary: { en: Proto, __proto__: x }',
      '38: - id: __proto__',
      '43: - code: constructor',
      '44: name: constructor',
      '45: aliases: [prototype, __proto__]',
      '45: aliases: [prototype, __proto__]',
      '49: - id: constructor',
      '52: explanation: { en: Constructor, constructor: y }',
      '54: - id: prototype',
    ]);
  });

  it('exits 1 from the CLI with diagnostics, not an internal error', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'errspec-proto-'));
    try {
      const path = join(dir, 'proto.yaml');
      writeFileSync(path, HOSTILE);
      const before = protoState();
      const r = await runCli(['validate', '--spec', path]);
      expect(r.code).toBe(1);
      expect(r.stderr).not.toContain('internal error');
      expect(r.stderr).toMatch(/\d+ errors, \d+ warnings?$/);
      expect(protoState()).toEqual(before);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
