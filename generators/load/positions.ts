// Where each value of the parsed data came from, as offsets. Kept outside the data
// (so the data stays plain JSON for ajv) and compact (flat arrays, no per-key objects),
// because a 50k-code spec has millions of values.

import type { Span } from '../diagnostics/diagnostic.js';

export type PathSegment = string | number;

export class Positions {
  // Entry e: nums[5e..5e+4] = keyStart, keyEnd, valueStart, valueEnd, and the index of
  // its key in names. A container's first entry is its header: [count, 0, start, end, 0].
  // Numbers go to a typed array grown by doubling: pushing millions of them to a
  // number[] (or strings to a string[] twice, to reserve then fill) costs several times
  // more. Offsets fit in 32 bits (a JS string is far below 2^31 characters).
  private nums = new Int32Array(5 * 1024);
  private entries = 0;
  /** Keys in the order they were filled. */
  private readonly names: string[] = [];
  private readonly firstEntry = new Map<object, number>();

  /**
   * Reserves a container's header and its `count` entries, each to be written once with
   * `fill`, and its span with `close`; returns the container's index. Entries stay right
   * after their header while loaders learn a container's end only after its children.
   */
  reserve(container: object, count: number): number {
    const e = this.entries;
    this.entries += count + 1;
    if (5 * this.entries > this.nums.length) {
      let size = this.nums.length * 2;
      while (size < 5 * this.entries) size *= 2;
      const grown = new Int32Array(size);
      grown.set(this.nums);
      this.nums = grown;
    }
    this.firstEntry.set(container, e);
    this.nums[5 * e] = count;
    return e;
  }

  /** Writes entry `i` (0-based) of the container reserved at `e`. */
  fill(e: number, i: number, name: string, keyStart: number, keyEnd: number, valueStart: number, valueEnd: number): void {
    const at = 5 * (e + 1 + i);
    this.nums[at] = keyStart;
    this.nums[at + 1] = keyEnd;
    this.nums[at + 2] = valueStart;
    this.nums[at + 3] = valueEnd;
    this.nums[at + 4] = this.names.length;
    this.names.push(name);
  }

  /** Writes the span of the container reserved at `e`. */
  close(e: number, start: number, end: number): void {
    this.nums[5 * e + 2] = start;
    this.nums[5 * e + 3] = end;
  }

  /** The span of the container itself. */
  of(container: object): Span | undefined {
    const e = this.firstEntry.get(container);
    if (e === undefined) return undefined;
    return { start: this.nums[5 * e + 2] ?? 0, end: this.nums[5 * e + 3] ?? 0 };
  }

  private entry(container: object, segment: PathSegment): number | undefined {
    const e = this.firstEntry.get(container);
    if (e === undefined) return undefined;
    const count = this.nums[5 * e] ?? 0;
    if (typeof segment === 'number') return segment < count ? e + 1 + segment : undefined;
    for (let i = e + 1; i <= e + count; i++) if (this.names[this.nums[5 * i + 4] ?? -1] === segment) return i;
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
      span = { start: this.nums[5 * e + k] ?? 0, end: this.nums[5 * e + k + 1] ?? 0 };
      node = Object.hasOwn(node, segment) ? (node as Record<PathSegment, unknown>)[segment] : undefined;
    }
    return span;
  }
}
