// The fixed runtime under `ts/runtime/`: written once as TypeScript in ./runtime/,
// compiled ahead of time by ts-morph (scripts/build-runtime.ts) into runtime-files.ts.
import { RUNTIME_FILES } from './runtime-files.js';
import { emitText, type Emit } from './source.js';

/** The runtime modules' names, e.g. `core` for `ts/runtime/core.ts`. */
export const runtimeModules: readonly string[] = RUNTIME_FILES.map((file) => file.name);

export function writeRuntime(emit: Emit, name: string): void {
  const file = RUNTIME_FILES.find((f) => f.name === name);
  if (file === undefined) throw new Error(`errspec: no runtime module ${name}`);
  // The compiler's output ends with a newline; the sinks add the last one.
  emitText(emit.ts, file.ts.replace(/\n$/, ''));
  emitText(emit.js, file.js.replace(/\n$/, ''));
  emitText(emit.dts, file.dts.replace(/\n$/, ''));
}
