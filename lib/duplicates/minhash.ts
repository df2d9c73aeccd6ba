// Shingles and MinHash. Shingles are 32-bit hashes of character k-grams (titles) or word k-grams (title +
// abstract); a MinHash signature estimates their Jaccard similarity, and LSH bands of it are the index keys
// that bring similar papers together in one look-up.

/** 32-bit FNV-1a with a murmur finaliser. */
export function hash32(text: string, seed = 0): number {
  let h = (0x811c9dc5 ^ seed) >>> 0;
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193);
  return fmix32(h);
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

/** Word k-grams of a word list (the whole list when shorter), each word hashed once. */
export function wordShingles(words: readonly string[], k: number): Set<number> {
  const hashes = words.map((word) => hash32(word));
  const result = new Set<number>();
  const span = Math.min(k, hashes.length);
  for (let i = 0; i + span <= hashes.length && span > 0; i++) {
    let h = span;
    for (let j = i; j < i + span; j++) h = fmix32(Math.imul(h, 0x9e3779b1) ^ (hashes[j] as number));
    result.add(h);
  }
  return result;
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

/** MinHash signature of `size` values (at most 128); empty sets give all-0xffffffff. */
export function minhash(shingles: ReadonlySet<number>, size: number): Uint32Array {
  const signature = new Uint32Array(size).fill(0xffffffff);
  for (const shingle of shingles) {
    for (let i = 0; i < size; i++) {
      const h = fmix32((Math.imul(shingle, SEED_MUL[i] as number) + (SEED_ADD[i] as number)) >>> 0);
      if (h < (signature[i] as number)) signature[i] = h;
    }
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
    keys.push(`${prefix}${band}:${h.toString(36)}`);
  }
  return keys;
}
