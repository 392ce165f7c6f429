// The fixed runtime is written once, as TypeScript in generators/emit/typescript/runtime/;
// its .js and .d.ts are compiled ahead of time into runtime-files.ts. Stale texts there
// would ship a runtime that differs from its source.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { RUNTIME_FILES_MODULE, runtimeFilesModule, runtimeTexts } from '../../../scripts/runtime-texts.js';
import { generateTypeScript } from '../../../generators/emit/typescript/index.js';
import { sampleModel } from '../../support/sample-model.js';
import { repoRoot } from '../../support/cli.js';
import { options } from './support.js';

describe('the compiled runtime', { timeout: 60_000 }, () => {
  const texts = runtimeTexts(repoRoot);

  it('is up to date with its TypeScript source (regenerate: npm run build:runtime)', () => {
    expect(readFileSync(join(repoRoot, RUNTIME_FILES_MODULE), 'utf8')).toBe(runtimeFilesModule(texts));
  });

  it('ships each runtime source verbatim under ts/runtime/, headed by the notice', () => {
    const files = new Map(generateTypeScript(sampleModel, options).map((f) => [f.path, f.contents]));
    for (const t of texts) {
      for (const [ext, text] of [['ts', t.ts], ['js', t.js], ['d.ts', t.dts]] as const) {
        const file = files.get(`ts/runtime/${t.name}.${ext}`);
        expect(file, `${t.name}.${ext}`).toBeDefined();
        const body = file!.slice(file!.indexOf('\n') + 1).replace(/^\n/, '');
        expect(body).toBe(text.endsWith('\n') ? text : `${text}\n`);
      }
    }
  });
});
