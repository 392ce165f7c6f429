// docs/diff-rules.md documents every rule of the catalog, in its severity's table, with
// the catalog's own reason and example: the two cannot drift apart.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { diffRules } from '../../generators/diff/rules.js';
import { repoRoot } from '../support/cli.js';

const doc = readFileSync(join(repoRoot, 'docs/diff-rules.md'), 'utf8');
const section = (title: string): string => doc.split(`\n## ${title}\n`)[1]?.split('\n## ')[0] ?? '';

describe('docs/diff-rules.md', () => {
  it.each(Object.entries(diffRules))('documents %s', (id, rule) => {
    const title = rule.severity[0]!.toUpperCase() + rule.severity.slice(1);
    expect(section(title)).toContain(`| \`${id}\` | ${rule.semver} | ${rule.reason} | ${rule.example} | ${rule.relies} |`);
  });

  it('documents the JSON shape and the exit codes', () => {
    for (const field of ['version', 'verdict', 'semver', 'counts', 'changes', 'staleTranslations']) expect(doc).toContain(`| \`${field}\``);
    expect(section('Exit codes')).toContain('| 2 |');
  });
});
