// The toolkit's own folder (where spec/schema.json and templates/ live), found from
// this module's location so it works from sources (vitest) and from dist/ alike.
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

let cached: string | undefined;

export function packageRoot(): string {
  if (cached) return cached;
  let dir = dirname(fileURLToPath(import.meta.url));
  while (!existsSync(join(dir, 'spec', 'schema.json'))) {
    const parent = dirname(dir);
    if (parent === dir) throw new Error('errspec: cannot find its own spec/schema.json');
    dir = parent;
  }
  cached = dir;
  return dir;
}
