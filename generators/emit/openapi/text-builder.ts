// A large string from millions of small pieces. V8 copes badly with both obvious
// ways: one string grown by `+=` is a rope of millions of nodes for the garbage
// collector to trace, and one join over millions of pieces is slower still.
// Joining every few thousand pieces into a flat chunk, then the chunks, is not.
const CHUNK = 4096;

export class TextBuilder {
  private pieces: string[] = [];
  private readonly chunks: string[] = [];

  add(piece: string): void {
    this.pieces.push(piece);
    if (this.pieces.length === CHUNK) {
      this.chunks.push(this.pieces.join(''));
      this.pieces = [];
    }
  }

  /** One flat string: a rope would be flattened, copied once more, by whoever encodes it. */
  text(): string {
    return [...this.chunks, this.pieces.join('')].join('');
  }
}
