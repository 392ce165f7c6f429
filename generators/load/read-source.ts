// Reading a spec from disk: size bound, strict UTF-8, BOM and CRLF accepted.
import { readFileSync, statSync } from 'node:fs';
import type { SourceFile } from './source-file.js';
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
      throw new ToolError(
        'file-too-large',
        `${displayPath}: the file is ${size} bytes, over the limit of ${maxBytes} bytes (raise it with --max-bytes)`,
      );
    }
    bytes = readFileSync(path);
  } catch (error) {
    if (error instanceof ToolError) throw error;
    throw new ToolError('io', `${displayPath}: cannot read the file (${(error as NodeJS.ErrnoException).code ?? String(error)})`);
  }
  return decodeSource(bytes, displayPath);
}

export function decodeSource(bytes: Uint8Array, displayPath: string): SourceFile {
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(bytes);
  } catch {
    throw new ToolError('invalid-utf8', `${displayPath}: not valid UTF-8 at byte offset ${firstInvalidUtf8(bytes)}`, 1);
  }
  // Offsets index the normalized text; line:column are the same as in the original.
  return { path: displayPath, text: text.includes('\r') ? text.replace(/\r\n?/g, '\n') : text };
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
