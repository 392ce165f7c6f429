// The paths one run produces: each safe, each once, never the manifest's own name.
import { isSafeRelative, MANIFEST } from './manifest.js';

export class ProducedPaths {
  private readonly seen = new Set<string>();

  add(path: string): void {
    if (!isSafeRelative(path) || path === MANIFEST) throw new Error(`generator produced an unsafe path: ${JSON.stringify(path)}`);
    if (this.seen.has(path)) throw new Error(`two generators produced ${path}`);
    this.seen.add(path);
  }

  has(path: string): boolean {
    return this.seen.has(path);
  }

  list(): string[] {
    return [...this.seen];
  }
}
