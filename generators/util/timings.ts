// Per-stage wall times, collected only when asked for (`--timings`, used by the bench).
export type Timings = Map<string, number>;

export function timed<T>(timings: Timings | undefined, stage: string, run: () => T): T {
  if (!timings) return run();
  const start = performance.now();
  try {
    return run();
  } finally {
    timings.set(stage, (timings.get(stage) ?? 0) + performance.now() - start);
  }
}

export async function timedAsync<T>(timings: Timings | undefined, stage: string, run: () => Promise<T>): Promise<T> {
  if (!timings) return run();
  const start = performance.now();
  try {
    return await run();
  } finally {
    timings.set(stage, (timings.get(stage) ?? 0) + performance.now() - start);
  }
}
