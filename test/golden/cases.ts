// The golden cases: every fixture folder with an `expected/` beside its spec.
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { repoRoot } from '../support/cli.js';

export const GOLDEN_CASES: readonly string[] = readdirSync(join(repoRoot, 'test/fixtures'))
  .filter((dir) => existsSync(join(repoRoot, 'test/fixtures', dir, 'expected')) && existsSync(join(repoRoot, 'test/fixtures', dir, 'spec.yaml')))
  .sort();
