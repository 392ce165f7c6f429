// The first line of a spec or config that `init` or `import` writes: it points
// yaml-language-server at errspec's JSON Schema, for completion and hover docs in editors.
import { existsSync } from 'node:fs';
import { dirname, join, relative, sep } from 'node:path';
import { packageRoot } from '../util/package-root.js';

/**
 * `# yaml-language-server: $schema=…` for a file in `dir`: the schema of the errspec
 * installed in the project (`<cwd>/node_modules/errspec`), else of the running toolkit.
 */
export function schemaLine(schema: 'spec/schema.json' | 'spec/config.schema.json', file: string, cwd: string): string {
  const installed = join(cwd, 'node_modules', 'errspec', schema);
  const target = existsSync(installed) ? installed : join(packageRoot(), schema);
  const rel = relative(dirname(file), target).split(sep).join('/');
  return `# yaml-language-server: $schema=${rel.startsWith('.') ? rel : `./${rel}`}`;
}
