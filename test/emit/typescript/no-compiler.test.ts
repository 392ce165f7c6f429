// The CLI must not load the TypeScript compiler (0.3-0.75 s per run, before any
// transpiling): no module under generators/ may import `typescript` or `ts-morph`.
// A scan of the import specifiers; the compiler only serves as the tests' oracle.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { repoRoot } from '../../support/cli.js';

// `from '…'`, `import '…'`, `import('…')` and `require('…')`, subpaths included.
const COMPILER_IMPORT = /\b(?:from|import|require)\s*\(?\s*['"](?:typescript|ts-morph|@ts-morph\/[^'"]*)(?:\/[^'"]*)?['"]/;

function sourcesUnder(dir: string): string[] {
  return readdirSync(join(repoRoot, dir), { recursive: true, encoding: 'utf8' })
    .filter((path) => path.endsWith('.ts'))
    .map((path) => join(dir, path));
}

describe('no compiler at run time', () => {
  it('the scan recognizes every form of import', () => {
    for (const line of [
      "import ts from 'typescript';",
      'import { Project } from "ts-morph";',
      "export { ts } from 'ts-morph';",
      "import 'typescript/lib/typescript.js';",
      "const m = await import ('typescript');",
      "const m = require('@ts-morph/common');",
    ]) {
      expect(line).toMatch(COMPILER_IMPORT);
    }
    expect("const OUTPUTS = ['typescript', 'openapi'];").not.toMatch(COMPILER_IMPORT);
    expect(readFileSync(join(repoRoot, 'test/emit/typescript/transpile-oracle.ts'), 'utf8')).toMatch(COMPILER_IMPORT);
  });

  it('no module under generators/ imports typescript or ts-morph', () => {
    const sources = sourcesUnder('generators');
    expect(sources.length).toBeGreaterThan(20);
    const offenders = sources.filter((path) => COMPILER_IMPORT.test(readFileSync(join(repoRoot, path), 'utf8')));
    expect(offenders).toEqual([]);
  });
});
