import { availableParallelism } from 'node:os';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    exclude: ['node_modules/**', 'test/consumer/**', 'test/fixtures/**'],
    testTimeout: 60_000,
    hookTimeout: 120_000,
    // Vitest's default (cores - 1) is one worker on a 2-core machine, while many test files
    // spend their time waiting on child processes (tsc, npm pack, servers): two keep both
    // cores busy (measured: vitest 178 s with one worker, 121 s with two, on 2 cores).
    maxWorkers: Math.max(2, availableParallelism() - 1),
  },
});
