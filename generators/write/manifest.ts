// The list of files the writer owns in an output folder, so it can delete the ones no
// generator produces any more without touching anything else there.
export const MANIFEST = '.errspec-manifest.json';

export function manifestContents(paths: readonly string[]): string {
  return `${JSON.stringify({ generatedBy: 'errspec', files: [...paths].sort() }, null, 2)}\n`;
}

export function parseManifest(text: string | undefined): string[] {
  if (text === undefined) return [];
  try {
    const parsed = JSON.parse(text) as { files?: unknown };
    return Array.isArray(parsed.files) ? parsed.files.filter((f): f is string => typeof f === 'string' && isSafeRelative(f)) : [];
  } catch {
    return [];
  }
}

/** A relative path with `/` separators that cannot leave the output folder. */
export function isSafeRelative(path: string): boolean {
  return (
    path.length > 0 &&
    !path.startsWith('/') &&
    !/^[A-Za-z]:/.test(path) &&
    !path.includes('\\') &&
    !path.includes('\0') &&
    path.split('/').every((s) => s !== '' && s !== '.' && s !== '..')
  );
}
