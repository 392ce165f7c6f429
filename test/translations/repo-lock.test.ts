// The repository's own spec keeps a translation lock: it must record every translation
// as the spec has it, the way generated/ must be fresh. After editing texts by hand,
// run: node bin/errspec.js translations lock
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { formatDiagnostic } from '../../generators/diagnostics/format.js';
import { loadSpecFile } from '../../generators/pipeline/load-spec.js';
import { translationDiagnostics } from '../../generators/translations/warnings.js';
import { repoRoot } from '../support/cli.js';

describe('spec/errors.translations.lock.json', () => {
  it('is valid and records every translation of spec/errors.yaml as it is', () => {
    const spec = join(repoRoot, 'spec/errors.yaml');
    const model = loadSpecFile(spec, 'spec/errors.yaml').model!;
    const problems = translationDiagnostics(model, spec, (p) => p.slice(repoRoot.length)).filter((d) => d.rule !== 'translation-stale');
    expect(problems.map((d) => formatDiagnostic(d, { frame: false }))).toEqual([]);
  });
});
