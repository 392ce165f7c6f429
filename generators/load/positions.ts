// Where each value of the parsed data came from, as offsets. Kept outside the data
// (so the data stays plain JSON for ajv) and compact (flat arrays, no per-key objects),
// because a 50k-code spec has millions of values.

import type { Span } from '../diagnostics/diagnostic.js';

export type PathSegment = string | number;

export class Positions {
  // Entry e: nums[4e..4e+3] = keyStart, keyEnd, valueStart, valueEnd; names[e] = key.
  // A container's first entry is its header: nums = [count, 0, start, end].
  private readonly nums: number[] = [];
  private readonly names: string[] = [];
  private readonly firstEntry = new Map<object, number>();

  /** Reserves a header for a container and returns the index to fill entries after. */
  open(container: object, start: number, end: number, count: number): number {
    const e = this.names.length;
    this.firstEntry.set(container, e);
    this.nums.push(count, 0, start, end);
    this.names.push('');
    return e;
  }

  add(name: string, keyStart: number, keyEnd: number, valueStart: number, valueEnd: number): void {
    this.nums.push(keyStart, keyEnd, valueStart, valueEnd);
    this.names.push(name);
  }

  /** The span of the container itself. */
  of(container: object): Span | undefined {
    const e = this.firstEntry.get(container);
    if (e === undefined) return undefined;
    return { start: this.nums[4 * e + 2] ?? 0, end: this.nums[4 * e + 3] ?? 0 };
  }

  private entry(container: object, segment: PathSegment): number | undefined {
    const e = this.firstEntry.get(container);
    if (e === undefined) return undefined;
    const count = this.nums[4 * e] ?? 0;
    if (typeof segment === 'number') return segment < count ? e + 1 + segment : undefined;
    for (let i = e + 1; i <= e + count; i++) if (this.names[i] === segment) return i;
    return undefined;
  }

  /**
   * The span of the value (or key) at `path` under `root`. A path that goes missing
   * resolves to the deepest container that exists, so "required property" problems
   * point at the object that lacks it.
   */
  locate(root: unknown, path: readonly PathSegment[], part: 'key' | 'value' = 'value'): Span | undefined {
    let node: unknown = root;
    let span = node !== null && typeof node === 'object' ? this.of(node) : undefined;
    for (let i = 0; i < path.length; i++) {
      if (node === null || typeof node !== 'object') break;
      const segment = path[i] as PathSegment;
      const e = this.entry(node, segment);
      if (e === undefined) break;
      const last = i === path.length - 1;
      const k = last && part === 'key' && typeof segment === 'string' ? 0 : 2;
      span = { start: this.nums[4 * e + k] ?? 0, end: this.nums[4 * e + k + 1] ?? 0 };
      node = Object.hasOwn(node, segment) ? (node as Record<PathSegment, unknown>)[segment] : undefined;
    }
    return span;
  }
}
