// Hashes, shingles and MinHash. Shingles are 32-bit hashes of character k-grams (titles) or word k-grams
// (title + abstract); a MinHash signature estimates their Jaccard similarity, and LSH bands of it are the index
// keys that bring similar papers together in one look-up. Stored keys are made of these hashes: every value
// here must stay what it has always been (tests/unit/duplicates/signature.test.ts pins some).
import { base36 } from './base36';

const FNV_BASIS = 0x811c9dc5;
const FNV_PRIME = 0x01000193;
const SPACE = 32;

/** FNV-1a state after `text`, carried on from `state`. */
function fnv(state: number, text: string): number {
  let h = state;
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), FNV_PRIME);
  return h;
}

/** FNV-1a state after one more word of a space-separated list (no space before the first). */
const fnvWord = (state: number, word: string, first: boolean) =>
  fnv(first ? state : Math.imul(state ^ SPACE, FNV_PRIME), word);

/** 32-bit FNV-1a with a murmur finaliser. */
export function hash32(text: string, seed = 0): number {
  return fmix32(fnv((FNV_BASIS ^ seed) >>> 0, text));
}

/** `hash32(words.join(' '))`, without building the string. */
export function hashJoined(words: readonly string[]): number {
  let h = FNV_BASIS;
  for (let i = 0; i < words.length; i++) h = fnvWord(h, words[i] as string, i === 0);
  return fmix32(h);
}

/** For each word, `hash32` of the others joined by spaces (`words.toSpliced(i, 1).join(' ')`) without
 * building strings: FNV-1a runs left to right, so each carries on from the state of the words before it. */
export function hashesLeavingOneOut(words: readonly string[]): number[] {
  const hashes: number[] = [];
  let before = FNV_BASIS;
  for (let i = 0; i < words.length; i++) {
    let h = before;
    for (let j = i + 1; j < words.length; j++) h = fnvWord(h, words[j] as string, i === 0 && j === 1);
    hashes.push(fmix32(h));
    before = fnvWord(before, words[i] as string, i === 0);
  }
  return hashes;
}

function fmix32(value: number): number {
  let h = value;
  h = Math.imul(h ^ (h >>> 16), 0x85ebca6b);
  h = Math.imul(h ^ (h >>> 13), 0xc2b2ae35);
  return (h ^ (h >>> 16)) >>> 0;
}

/** Character k-grams of a string (the whole string when shorter). */
export function charShingles(text: string, k: number): Set<number> {
  const result = new Set<number>();
  if (text.length <= k) {
    if (text) result.add(hash32(text));
    return result;
  }
  for (let i = 0; i + k <= text.length; i++) result.add(hash32(text.slice(i, i + k)));
  return result;
}

/** Hashes of the word k-grams of a word list (the whole list when shorter), each word hashed once. In text
 * order with repeats kept: a MinHash does not mind them, and a set is only worth building for comparisons. */
export function wordGrams(words: readonly string[], k: number): Uint32Array {
  const hashes = words.map((word) => hash32(word));
  const span = Math.min(k, hashes.length);
  const grams = new Uint32Array(span > 0 ? hashes.length - span + 1 : 0);
  for (let i = 0; i < grams.length; i++) {
    let h = span;
    for (let j = i; j < i + span; j++) h = fmix32(Math.imul(h, 0x9e3779b1) ^ (hashes[j] as number));
    grams[i] = h;
  }
  return grams;
}

export function jaccard(a: ReadonlySet<number>, b: ReadonlySet<number>): number {
  if (a.size === 0 || b.size === 0) return 0;
  const [small, large] = a.size <= b.size ? [a, b] : [b, a];
  let shared = 0;
  for (const x of small) if (large.has(x)) shared++;
  return shared / (a.size + b.size - shared);
}

// One odd multiplier and offset per hash function, fixed: signatures must not change between releases
// (they are stored in the database). Flat typed arrays: the signature's inner loop reads them for every
// shingle, and it is most of the time a visit spends on keys for papers with abstracts.
const SEED_COUNT = 128;
const SEED_MUL = Int32Array.from({ length: SEED_COUNT }, (_, i) => fmix32(i * 2 + 1) | 1);
const SEED_ADD = Uint32Array.from({ length: SEED_COUNT }, (_, i) => fmix32(i * 2 + 2));

/** MinHash signature of `size` values (at most 128) of a set of shingles (repeats change nothing); none
 * give all-0xffffffff. One hash function at a time over all shingles: the running minimum stays local. */
export function minhash(shingles: ArrayLike<number>, size: number): Uint32Array {
  const signature = new Uint32Array(size);
  for (let i = 0; i < size; i++) {
    const mul = SEED_MUL[i] as number;
    const add = SEED_ADD[i] as number;
    let min = 0xffffffff;
    for (let s = 0; s < shingles.length; s++) {
      const h = fmix32((Math.imul(shingles[s] as number, mul) + add) >>> 0);
      if (h < min) min = h;
    }
    signature[i] = min;
  }
  return signature;
}

/** Share of equal positions: an estimate of the Jaccard similarity. */
export function estimateJaccard(a: Uint32Array, b: Uint32Array): number {
  let equal = 0;
  const n = Math.min(a.length, b.length);
  for (let i = 0; i < n; i++) if (a[i] === b[i]) equal++;
  return n ? equal / n : 0;
}

/** LSH band keys: `prefix + band index + ':' + hash of the band's rows`. */
export function bandKeys(signature: Uint32Array, rows: number, prefix: string): string[] {
  const keys: string[] = [];
  for (let start = 0, band = 0; start + rows <= signature.length; start += rows, band++) {
    let h = band;
    for (let i = start; i < start + rows; i++) h = fmix32((h ^ (signature[i] as number)) + 0x9e3779b9);
    keys.push(`${prefix}${band}:${base36(h)}`);
  }
  return keys;
}
