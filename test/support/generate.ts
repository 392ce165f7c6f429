// Generating in memory through the real pipeline (load, validate, model, generators).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { runGenerators } from '../../generators/pipeline/generate.js';
import { loadSpecSource } from '../../generators/pipeline/load-spec.js';
import { readMarkdownTemplates } from '../../generators/load/templates.js';
import { formatDiagnostic } from '../../generators/diagnostics/format.js';
import type { ErrorModel, GeneratedFile } from '../../generators/model/types.js';
import { repoRoot } from './cli.js';

export function loadModel(specPath: string, text?: string): ErrorModel {
  const source = text ?? readFileSync(join(repoRoot, specPath), 'utf8');
  const result = loadSpecSource({ path: specPath, text: source });
  if (!result.model) throw new Error(result.diagnostics.map((d) => formatDiagnostic(d)).join('\n'));
  return result.model;
}

export async function generateFiles(specPath: string, text?: string): Promise<GeneratedFile[]> {
  return runGenerators(loadModel(specPath, text), { command: 'npm run generate' }, {}, () => readMarkdownTemplates());
}
