// The words of ASCII text as written, found by the hash of their lower-case letters without making a string.
// Reading a paper looks one up per word, and the cost of that is memory latency, not arithmetic: a chain of
// objects (entry, string, id array) is a cache miss at each link. So each spelling is one record in one
// Int32Array, read in order: its length, its word id, its letters (a hit is mostly one cache line) and then,
// only for the first words of a paper, its 4-gram ids. Letters are kept four to an int, as a DataView reads
// them from the text: a word is checked in two or three comparisons, not one a letter.
import { grown } from './grow';
import { IntTable } from './int-table';

/** Offsets inside a record: length, word id (-1 for a word left out), 4-gram count, then the letters (lower
 * case, four to a slot: chunkAt), then the 4-gram ids. */
const LENGTH = 0;
const ID = 1;
const GRAMS = 2;
const HEADER = 3;
/** Spellings kept before the table starts over (bounds memory on a long-lived model). */
const LIMIT = 200_000;

/** The word id of the record at r (-1 for a word left out). */
export const wordIdAt = (records: Int32Array, r: number) => records[r + ID] as number;
/** Where the 4-gram ids of the record at r start, and how many there are. */
export const gramsAt = (records: Int32Array, r: number) => r + HEADER + chunks(records[r + LENGTH] as number);
const chunks = (length: number) => (length + 3) >> 2;

/** Keeps the bytes of the last 1, 2 or 3 letters of a chunk. */
const TAIL = [0, 0xff, 0xffff, 0xffffff];

/** Letters [at, min(at + 4, end)) of `bytes` (ASCII letters and digits), lower case (setting bit 5 lowers a
 * letter and leaves a digit as it is), packed little-endian into an int; 0 bytes past `end`. */
function chunkAt(view: DataView, at: number, end: number): number {
  const left = end - at;
  if (left >= 4) return view.getInt32(at, true) | 0x20202020;
  if (at + 4 <= view.byteLength) return (view.getInt32(at, true) | 0x20202020) & (TAIL[left] as number);
  let chunk = 0;
  for (let k = 0; k < left; k++) chunk |= (view.getUint8(at + k) | 0x20) << (8 * k);
  return chunk;
}
export const gramCountAt = (records: Int32Array, r: number) => records[r + GRAMS] as number;

export class Spellings {
  /** Hash → offset of its record in `records`. */
  private index = new IntTable(14);
  records = new Int32Array(1 << 16);
  private end = 0;
  /** A view of the last text read (the reader reuses one buffer). */
  private view: DataView<ArrayBufferLike> = new DataView(new ArrayBuffer(0));
  private viewOf: Uint8Array | null = null;

  private viewOfBytes(bytes: Uint8Array): DataView {
    if (bytes !== this.viewOf) {
      this.view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
      this.viewOf = bytes;
    }
    return this.view;
  }

  /** The record of bytes[start, end) (ASCII letters and digits, any case) with this hash, or -1. */
  find(bytes: Uint8Array, start: number, end: number, hash: number): number {
    const r = this.index.get(hash === 0 ? 1 : hash);
    if (r < 0) return -1;
    const records = this.records;
    if (records[r + LENGTH] !== end - start) return -1;
    const view = this.viewOfBytes(bytes);
    for (let at = start, k = r + HEADER; at < end; at += 4, k++) if (chunkAt(view, at, end) !== records[k]) return -1;
    return r;
  }

  /** Keeps bytes[start, end) as a word with this id (-1: left out) and 4-grams (`count` of `grams` from
   * `from`), unless its hash is taken (by another word: `find` came first): such a word goes the slow way every
   * time (hashes rarely collide). */
  add(
    bytes: Uint8Array,
    start: number,
    end: number,
    hash: number,
    id: number,
    grams: Int32Array,
    from = 0,
    count = grams.length,
  ): void {
    const key = hash === 0 ? 1 : hash;
    if (this.index.size >= LIMIT) this.clear();
    else if (this.index.get(key) >= 0) return;
    const length = end - start;
    const r = this.end;
    const size = HEADER + chunks(length) + count;
    if (r + size > this.records.length) this.records = grown(this.records, r + size, r);
    const records = this.records;
    records[r + LENGTH] = length;
    records[r + ID] = id;
    records[r + GRAMS] = count;
    const view = this.viewOfBytes(bytes);
    for (let at = start, k = r + HEADER; at < end; at += 4, k++) records[k] = chunkAt(view, at, end);
    for (let i = 0, k = gramsAt(records, r); i < count; i++, k++) records[k] = grams[from + i] as number;
    this.end = r + size;
    this.index.set(key, r);
  }

  private clear(): void {
    this.index.clear();
    this.end = 0;
  }
}
