// Reading a spec from disk: size bound, strict UTF-8, BOM and CRLF accepted.
// Problems of the file itself (too large, not UTF-8) are diagnostics of the spec (exit 1),
// carried on the SourceFile; only a file that cannot be read at all is a ToolError (exit 2).
import { readFileSync, statSync } from 'node:fs';
import type { SourceFile } from './source-file.js';
import { diagnostic } from '../diagnostics/diagnostic.js';
import { ToolError } from '../diagnostics/tool-error.js';

/** Default bound on a spec's size; `--max-bytes` raises it. */
export const DEFAULT_MAX_BYTES = 32 * 1024 * 1024;

export interface ReadOptions {
  readonly maxBytes?: number;
}

export function readSource(path: string, displayPath: string, options: ReadOptions = {}): SourceFile {
  const maxBytes = options.maxBytes ?? DEFAULT_MAX_BYTES;
  let bytes: Buffer;
  try {
    const size = statSync(path).size;
    if (size > maxBytes) {
      // Checked before reading, so a huge file costs nothing.
      const file: SourceFile = { path: displayPath, text: '' };
      return { ...file, problems: [diagnostic(file, undefined, { rule: 'file-too-large', format: { size, limit: maxBytes } })] };
    }
    bytes = readFileSync(path);
  } catch (error) {
    throw new ToolError('io', `${displayPath}: cannot read the file (${(error as NodeJS.ErrnoException).code ?? String(error)})`);
  }
  return decodeSource(bytes, displayPath);
}

const normalize = (text: string): string => (text.includes('\r') ? text.replace(/\r\n?/g, '\n') : text);

export function decodeSource(bytes: Uint8Array, displayPath: string): SourceFile {
  try {
    // Offsets index the normalized text; line:column are the same as in the original.
    return { path: displayPath, text: normalize(new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(bytes)) };
  } catch {
    const at = firstInvalidUtf8(bytes);
    // The text with U+FFFD in place of bad bytes, only so the code frame can show the line.
    const file: SourceFile = { path: displayPath, text: normalize(new TextDecoder('utf-8').decode(bytes)) };
    const start = normalize(new TextDecoder('utf-8').decode(bytes.subarray(0, at))).length;
    const utf16 = (bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff);
    const hex = (bytes[at] ?? 0).toString(16).padStart(2, '0');
    const problem = utf16
      ? diagnostic(file, { start, end: start + 1 }, { rule: 'invalid-utf8', messageId: 'utf16' })
      : diagnostic(file, { start, end: start + 1 }, { rule: 'invalid-utf8', format: { byte: hex, offset: at } });
    return { ...file, problems: [problem] };
  }
}

/** Byte offset of the first byte that does not start or continue a valid UTF-8 sequence. */
export function firstInvalidUtf8(bytes: Uint8Array): number {
  let i = 0;
  while (i < bytes.length) {
    const b = bytes[i] ?? 0;
    const len = b < 0x80 ? 1 : b >= 0xc2 && b < 0xe0 ? 2 : b >= 0xe0 && b < 0xf0 ? 3 : b >= 0xf0 && b < 0xf5 ? 4 : 0;
    if (len === 0 || i + len > bytes.length) return i;
    try {
      new TextDecoder('utf-8', { fatal: true }).decode(bytes.subarray(i, i + len));
    } catch {
      return i;
    }
    i += len;
  }
  return bytes.length;
}
