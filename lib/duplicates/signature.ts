// What the database stores to find a paper's near-duplicates in one indexed query: `bands`, for a
// multi-entry index (`dupKeys`). Two papers that may be duplicates share at least one key; the candidates
// are then checked with `similarity`. Keys never depend on the other papers, so they are computed once.
// - `T:` the folded title and main title as one string: same title whatever the case, punctuation,
//   spacing or hyphenation.
// - `W:` the set of the title's content words; for four words or more also that set with each word left
//   out (titles one word apart: a typo, a changed, added or dropped word share a key); for two or three
//   words that set with one word cut to three letters (a typo or another form of that word). The main
//   title's set is keyed too (a title without its subtitle meets the whole title), and hyphenated words
//   split as well as joined. For word sets this small this is exact where MinHash would be a coin toss.
// - `A<band>:` abstract keys: LSH bands of a MinHash of title + abstract word 3-grams (2 rows per band,
//   16 bands): a retitled or re-posted paper with most of its abstract kept lands in a shared bucket.
import { isStopWord } from '../topics/tokens';
import { base36 } from './base36';
import { bandKeys, hash32, hashesLeavingOneOut, hashJoined, minhash } from './minhash';
import { type DupFeatures, type DupPaper, dupFeatures } from './similarity';

export const TEXT_HASHES = 32;
export const TEXT_ROWS = 2;

export interface DuplicateSignature {
  /** MinHash of the title + abstract 3-grams (empty without an abstract). */
  minhash: Uint32Array;
  /** Index keys; a candidate shares at least one. */
  bands: string[];
}

/** Key of a set of words from the hash of its sorted list joined by spaces (so word order does not matter). */
const setKey = (hash: number) => `W:${base36(hash)}`;

function wordSetKeys(words: readonly string[], into: Set<string>): void {
  const set = [...new Set(words.filter((word) => !isStopWord(word)))];
  if (set.length === 0) return;
  const sorted = set.toSorted();
  into.add(setKey(hashJoined(sorted)));
  // Four words or more: the set with each word left out (a changed, added or dropped word), in the title's
  // order (stored keys keep it); a sorted list with one word left out is still sorted.
  if (set.length >= 4) {
    const without = hashesLeavingOneOut(sorted);
    for (const word of set) into.add(setKey(without[sorted.indexOf(word)] as number));
  }
  // Two or three words: one word cut to its first three letters (a typo or another form of that word);
  // leaving a word out of so short a set would key on little more than one word.
  if (set.length === 2 || set.length === 3) {
    for (let i = 0; i < set.length; i++) {
      into.add(setKey(hashJoined(set.with(i, `${set[i]?.slice(0, 3)}*`).toSorted())));
    }
  }
}

export function duplicateSignature(paper: DupPaper | DupFeatures): DuplicateSignature {
  const features = 'titleShingles' in paper ? paper : dupFeatures(paper);
  const { title } = features;
  const keys = new Set<string>();
  for (const form of [title.full, title.main]) if (form) keys.add(`T:${base36(hash32(form))}`);
  for (const words of [title.words, title.mainWords, title.splitWords]) if (words) wordSetKeys(words, keys);
  let signature: Uint32Array = new Uint32Array(0);
  if (features.textGrams) {
    signature = minhash(features.textGrams, TEXT_HASHES);
    for (const key of bandKeys(signature, TEXT_ROWS, 'A')) keys.add(key);
  }
  return { minhash: signature, bands: [...keys] };
}
