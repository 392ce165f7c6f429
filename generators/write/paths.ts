// The paths one run produces: each safe, each once, never the manifest's own name.
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { compareCodePoints } from '../util/stable-json.js';
import { isSafeRelative, MANIFEST, parseManifest } from './manifest.js';
import { readIfExists } from './on-disk.js';

export class ProducedPaths {
  private readonly seen = new Set<string>();

  add(path: string): void {
    if (!isSafeRelative(path) || path === MANIFEST) throw new Error(`generator produced an unsafe path: ${JSON.stringify(path)}`);
    if (this.seen.has(path)) throw new Error(`two generators produced ${path}`);
    this.seen.add(path);
  }

  list(): string[] {
    return [...this.seen];
  }

  /** Files the previous run wrote into `outDir` (its manifest says) that nothing produces now. */
  orphansIn(outDir: string): string[] {
    const previous = parseManifest(readIfExists(join(outDir, MANIFEST)));
    return previous.filter((p) => !this.seen.has(p) && existsSync(join(outDir, p))).sort(compareCodePoints);
  }
}
