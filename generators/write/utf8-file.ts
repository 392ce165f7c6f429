// Writes text as UTF-8 through one reused buffer. `Buffer.from` on a 20 MB string
// allocates 20–60 MB of fresh memory per file, and on this kind of VM touching fresh
// pages costs more than the encoding: 10× the time of encoding into a warm buffer.
import { closeSync, openSync, writeSync } from 'node:fs';

const encoder = new TextEncoder();
let chunk: Uint8Array | undefined;

export function writeUtf8File(path: string, text: string): void {
  chunk ??= new Uint8Array(1 << 20);
  const fd = openSync(path, 'w');
  try {
    // encodeInto stops before a character that does not fit, so a surrogate pair is never split.
    for (let at = 0; at < text.length; ) {
      const { read, written } = encoder.encodeInto(at === 0 ? text : text.slice(at), chunk);
      for (let off = 0; off < written; ) off += writeSync(fd, chunk, off, written - off);
      at += read;
    }
  } finally {
    closeSync(fd);
  }
}
