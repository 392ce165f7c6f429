// The artifact package of one spec version, generated in-process into a folder laid
// out as it would be installed (`node_modules/<name>/`): no npm pack, no install.
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { outputSettings } from '../../../generators/cli/settings.js';
import { readMarkdownTemplates } from '../../../generators/load/templates.js';
import { runGenerators } from '../../../generators/pipeline/generate.js';
import { model } from '../support.js';

export const PACKAGE = 'harness-errors';

// Markdown is left out: nothing compiles or resolves against it, and it is the slowest output.
const outputs = outputSettings({
  outputs: { typescript: { forms: ['enum', 'const'], js: true }, openapi: { formats: ['json'] }, markdown: false, i18n: true, catalog: true },
  package: { name: PACKAGE, version: '1.0.0' },
});

/** Writes the package of `specText` into `dir` (created). */
export async function writePackage(specText: string, dir: string): Promise<void> {
  const files = await runGenerators(model(specText), { command: 'npm run generate' }, outputs, () => readMarkdownTemplates());
  // What `npm pack` would ship: the TypeScript sources stay out (they are not in `files`,
  // and a consumer resolving `./core.js` would otherwise compile `core.ts`).
  for (const file of files.filter((f) => !(f.path.endsWith('.ts') && !f.path.endsWith('.d.ts')))) {
    const path = join(dir, file.path);
    mkdirSync(dirname(path), { recursive: true });
    writeFileSync(path, file.contents);
  }
}
