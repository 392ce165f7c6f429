// The TypeScript compiler the tests check outputs with, as a consumer runs it: the native
// TypeScript 7 (`typescript-7`, fast). The `typescript` package (6.0) stays for the tests
// and tools that need the compiler API (the transpile oracle, ts-morph).
import { join } from 'node:path';
import { repoRoot } from './cli.js';

export const TSC = join(repoRoot, 'node_modules', 'typescript-7', 'bin', 'tsc');
