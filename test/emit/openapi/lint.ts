// The real OpenAPI validator, @redocly/openapi-core, fully offline: rulesets come from an
// inline config object, refs resolve on the local disk.
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createConfig, lintFromString, type NormalizedProblem } from '@redocly/openapi-core';

// `spec`: the OpenAPI 3.1 structure rules only. Strict: `recommended` with every
// warning raised to an error, minus rules that cannot apply to a components-only
// library: it has no servers and no license of its own to state, and its components
// exist to be referenced from other documents.
export const specConfig = () => createConfig({ extends: ['spec'] });
export const strictLibraryConfig = () =>
  createConfig({
    extends: ['recommended-strict'],
    rules: { 'no-empty-servers': 'off', 'info-license': 'off', 'info-license-strict': 'off', 'no-unused-components': 'off' },
  });

export const describeProblems = (problems: readonly NormalizedProblem[]) =>
  problems.map((p) => `${p.severity} ${p.ruleId} at ${p.location[0]?.pointer ?? '?'}: ${p.message}`);

export async function lintText(source: string, name: string, config: Awaited<ReturnType<typeof createConfig>>) {
  return describeProblems(await lintFromString({ source, absoluteRef: join(tmpdir(), 'errspec-virtual', name), config }));
}
