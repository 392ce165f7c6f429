// Reading a templates folder (the toolkit's own, or a user's `--templates DIR`).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { MarkdownTemplates } from '../emit/markdown/index.js';
import { ToolError } from '../diagnostics/tool-error.js';
import { packageRoot } from '../util/package-root.js';

export const defaultTemplatesDir = (): string => join(packageRoot(), 'templates');

export function readMarkdownTemplates(dir: string = defaultTemplatesDir()): MarkdownTemplates {
  const read = (name: string): string => {
    const path = join(dir, 'markdown', name);
    try {
      return readFileSync(path, 'utf8');
    } catch (error) {
      throw new ToolError('io', `cannot read template ${path} (${(error as NodeJS.ErrnoException).code ?? String(error)})`);
    }
  };
  const page = read('page.md.hbs');
  let labels: MarkdownTemplates['labels'];
  try {
    labels = JSON.parse(read('labels.json')) as MarkdownTemplates['labels'];
  } catch (error) {
    if (error instanceof ToolError) throw error;
    throw new ToolError('io', `${join(dir, 'markdown', 'labels.json')}: not valid JSON (${(error as Error).message})`);
  }
  return { page, labels };
}
