// Room for the vectors of learned papers (views into a shared block, not arrays of their own) and the 4-gram
// ids of learned words (places in a block, not even views). An array buffer costs microseconds to allocate
// and garbage-collector work to free, more than reading a short paper; a cold start would allocate a
// thousand of them for the papers, thousands more for the words. A block is freed once every paper in it is forgotten;
// papers are forgotten only when their last tag goes, so dead ones hold little space. Query vectors do not
// come from here (they are short-lived: they would fill blocks that learned papers keep alive).

/** Bytes per block: some ten papers with long abstracts. */
const BLOCK = 1 << 16;

export interface Room {
  ids: Int32Array;
  values: Float64Array;
}

/** Room for n terms in a buffer of its own: values first, so that they are 8-byte aligned. */
export function ownRoom(n: number): Room {
  const buffer = new ArrayBuffer(n * 12);
  return { values: new Float64Array(buffer, 0, n), ids: new Int32Array(buffer, n * 8, n) };
}

export class VectorStore {
  private block = new ArrayBuffer(BLOCK);
  /** The block as ints, for `copyIds`. */
  private ints = new Int32Array(this.block);
  /** Bytes of the block handed out (a multiple of 8). */
  private used = 0;
  /** Where the last `copyIds` put its ids: this array (a block, or one of their own), from `copiedAt`. */
  copied: Int32Array = this.ints;
  copiedAt = 0;

  room(n: number): Room {
    const at = this.take(n * 12);
    if (at < 0) return ownRoom(n);
    return { values: new Float64Array(this.block, at, n), ids: new Int32Array(this.block, at + n * 8, n) };
  }

  /** Copies the first n ids of `source` to `copied` from `copiedAt`. Where, not a view: a cold start learns
   * thousands of words, and a view made for each was an object more to allocate and collect. */
  copyIds(source: Int32Array, n: number): void {
    const at = this.take(n * 4);
    this.copied = at < 0 ? new Int32Array(n) : this.ints;
    this.copiedAt = at < 0 ? 0 : at >> 2;
    for (let i = 0; i < n; i++) this.copied[this.copiedAt + i] = source[i] as number;
  }

  /** Where `bytes` more start in the block (a multiple of 8, so that doubles are aligned), or -1 for more
   * than a quarter of a block (those get a buffer of their own). */
  private take(bytes: number): number {
    const size = bytes + (bytes & 7);
    if (size > BLOCK / 4) return -1;
    if (this.used + size > BLOCK) {
      this.block = new ArrayBuffer(BLOCK);
      this.ints = new Int32Array(this.block);
      this.used = 0;
    }
    const at = this.used;
    this.used += size;
    return at;
  }
}
