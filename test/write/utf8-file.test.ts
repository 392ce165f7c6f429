// The chunked UTF-8 writer must give the bytes Buffer.from gives, whatever falls on a
// chunk boundary (the chunk is 1 MiB).
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { writeUtf8File } from '../../generators/write/utf8-file.js';

const dir = mkdtempSync(join(tmpdir(), 'errspec-utf8-'));

function roundTrip(text: string): void {
  const path = join(dir, 'f.txt');
  writeUtf8File(path, text);
  expect(readFileSync(path).equals(Buffer.from(text, 'utf8'))).toBe(true);
}

describe('writeUtf8File', () => {
  it('writes an empty file', () => roundTrip(''));

  it('keeps characters of 1 to 4 bytes whole across chunk boundaries', () => {
    // Every alignment of a 3-byte and a 4-byte character against the 1 MiB boundary.
    for (const pad of [0, 1, 2, 3]) {
      roundTrip(`${'a'.repeat((1 << 20) - 4 + pad)}中😀é${'b'.repeat(10)}`);
      roundTrip(`${'😀'.repeat((1 << 18) + pad)}x`);
    }
  });

  it('writes many chunks of mixed text', () => {
    roundTrip('Status 状态 ✓ 😀 \u2028 end\n'.repeat(200_000));
  });

  it('matches Buffer.from for arbitrary strings, lone surrogates included', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 200 }), fc.nat(3), (s, n) => roundTrip(s.repeat(n + 1))),
      { numRuns: 200 },
    );
  });
});
