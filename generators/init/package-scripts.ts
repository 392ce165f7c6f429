// The npm scripts `errspec init` adds to package.json, keeping the file's own layout.
import { ToolError } from '../diagnostics/tool-error.js';

export const SCRIPTS = { generate: 'errspec generate', validate: 'errspec validate' } as const;

/** The name the project's package.json gives, if any. */
export function packageName(text: string | undefined): string | undefined {
  if (text === undefined) return undefined;
  const name = (parse(text) as { name?: unknown }).name;
  return typeof name === 'string' && name !== '' ? name : undefined;
}

/**
 * package.json with the scripts added (created when there is none). A script of the
 * same name is never replaced: that is a conflict, named in `conflicts`.
 */
export function withScripts(text: string | undefined, fallbackName: string): { text: string; conflicts: string[] } {
  const pkg = (text === undefined ? { name: fallbackName, version: '0.0.0', private: true } : parse(text)) as Record<string, unknown>;
  const scripts = (pkg['scripts'] ?? {}) as Record<string, unknown>;
  if (typeof scripts !== 'object' || Array.isArray(scripts)) throw new ToolError('io', 'package.json: "scripts" is not an object');
  const conflicts = Object.keys(SCRIPTS).filter((name) => Object.hasOwn(scripts, name)).map((name) => `package.json scripts.${name}`);
  pkg['scripts'] = { ...scripts, ...SCRIPTS };
  const indent = text === undefined ? '  ' : (/^[ \t]+(?=")/m.exec(text)?.[0] ?? '  ');
  return { text: `${JSON.stringify(pkg, null, indent)}\n`, conflicts };
}

function parse(text: string): unknown {
  try {
    const value: unknown = JSON.parse(text);
    if (value === null || typeof value !== 'object' || Array.isArray(value)) throw new Error('not an object');
    return value;
  } catch (error) {
    throw new ToolError('io', `package.json is not a JSON object (${(error as Error).message})`);
  }
}
