// The example specs the package ships (examples/specs/): each validates with no
// diagnostic, generates, and is named in the README.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadSpec } from '../../generators/api/index.js';
import { repoRoot } from '../support/cli.js';
import { generateFiles } from '../support/generate.js';

const specs = readdirSync(join(repoRoot, 'examples', 'specs')).filter((f) => f.endsWith('.yaml')).sort();

describe('examples/specs', () => {
  it('holds the integer and the string code examples', () => {
    expect(specs).toEqual(expect.arrayContaining(['integer-codes.yaml', 'problem-details.yaml', 'string-codes.yaml']));
  });

  it.each(specs)('%s validates with no diagnostic, generates, and the README names it', async (name) => {
    const path = `examples/specs/${name}`;
    const loaded = loadSpec({ cwd: repoRoot, spec: path });
    expect(loaded.diagnostics.map((d) => d.message)).toEqual([]);
    expect(loaded.model?.codeType).toBe(name.startsWith('integer') ? 'integer' : 'string');
    expect((await generateFiles(path)).length).toBeGreaterThan(10);
    expect(readFileSync(join(repoRoot, 'README.md'), 'utf8')).toContain(name);
  });
});
