// The catalog, the code and docs/bad-inputs.md hold the same rules: a rule the code
// reports is in the catalog (the compiler sees to it: a report names a RuleId), every
// rule of the catalog is reported somewhere and documented, and every rule the docs
// list is one of the catalog.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { rules, type RuleId } from '../../generators/diagnostics/catalog.js';
import { diagnostic, render } from '../../generators/diagnostics/diagnostic.js';
import { paramMessage } from '../../generators/diagnostics/message.js';
import { repoRoot } from '../support/cli.js';

const ids = Object.keys(rules).sort() as RuleId[];

/** The rule ids in the `rule` column of docs/bad-inputs.md's tables. */
function documented(): string[] {
  const docs = readFileSync(join(repoRoot, 'docs/bad-inputs.md'), 'utf8');
  const found = new Set<string>();
  for (const line of docs.split('\n')) {
    const cells = line.split('|');
    if (!line.startsWith('|') || cells.length < 5) continue;
    for (const m of (cells[2] ?? '').matchAll(/`([a-z0-9-]+)`/g)) found.add(m[1] as string);
  }
  return [...found].sort();
}

/** The toolkit's sources, but the catalog itself. */
function sources(dir = join(repoRoot, 'generators')): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const path = join(dir, e.name);
    if (e.isDirectory()) return sources(path);
    return e.name.endsWith('.ts') && !path.endsWith(join('diagnostics', 'catalog.ts')) ? [readFileSync(path, 'utf8')] : [];
  });
}

describe('the rule catalog', () => {
  it('documents every rule in docs/bad-inputs.md, and documents no other', () => {
    expect(documented()).toEqual(ids);
  });

  it('has no rule the code never reports', () => {
    const code = sources().join('\n');
    expect(ids.filter((id) => !code.includes(`'${id}'`))).toEqual([]);
  });

  it('gives every rule a default message and a default hint', () => {
    for (const id of ids) {
      expect(typeof rules[id].messages.default, id).toBe('function');
      expect(typeof rules[id].hints.default, id).toBe('function');
    }
  });
});

describe('paramMessage', () => {
  it('fills the values in order, and lists the names it takes', () => {
    const m = paramMessage`Scene '${'ref'}' is not one of ${'declared'} (${'ref'})`;
    expect(m.keys).toEqual(['ref', 'declared', 'ref']);
    expect(m({ ref: 'writeoff', declared: 'a, b' })).toBe("Scene 'writeoff' is not one of a, b (writeoff)");
  });

  it('takes no values when it has none', () => {
    const m = paramMessage`Merge keys (<<) are not supported`;
    expect(m.keys).toEqual([]);
    expect(m({})).toBe('Merge keys (<<) are not supported');
  });
});

describe('a report', () => {
  const file = { path: 'spec.yaml', text: 'scene: writeoff\n' };

  it('takes its wording from the catalog: the message, and the hint of the same id or the one it names', () => {
    const d = diagnostic(file, { start: 7, end: 15 }, { rule: 'undeclared-scene', hint: 'suggest', format: { ref: 'writeoff', declared: 'write-off', suggestion: 'write-off' } });
    expect([d.rule, d.severity, d.message, d.hint]).toEqual(['undeclared-scene', 'error', "Scene 'writeoff' is not declared under scenes (declared: write-off)", "did you mean 'write-off'?"]);
    const tab = diagnostic(file, undefined, { rule: 'yaml-syntax', messageId: 'tab' });
    expect([tab.message, tab.hint]).toEqual(['Tabs are not allowed as indentation', 'indent with spaces']);
  });

  it('never carries an invisible character from the values into the words', () => {
    const d = render(file, undefined, { rule: 'unused-scene', format: { id: 'check\u202Eout' } });
    expect(d.message).toBe("Scene 'check\\u{202E}out' is declared but no cause uses it");
  });
});

// Checked by `npm run typecheck` (never run): the compiler refuses a report that lacks a
// value its wording needs or names a wording the catalog does not have.
export function compilerChecksReports(file: { path: string; text: string }): void {
  // @ts-expect-error `declared` is missing
  diagnostic(file, undefined, { rule: 'undeclared-scene', format: { ref: 'a' } });
  // @ts-expect-error the suggestion hint needs `suggestion`
  diagnostic(file, undefined, { rule: 'undeclared-scene', hint: 'suggest', format: { ref: 'a', declared: 'b' } });
  // @ts-expect-error yaml-syntax has no such message
  diagnostic(file, undefined, { rule: 'yaml-syntax', messageId: 'nope' });
  // @ts-expect-error no such rule
  diagnostic(file, undefined, { rule: 'no-such-rule' });
}
