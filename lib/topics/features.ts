// Term vectors for the learner: content words and the character 4-grams of the first words (4-grams tie
// "galaxies"/"galactic", "superconducting"/"superconductor" together, which matters with five examples a
// tag; word bigrams were tried and changed nothing). Words and 4-grams are two blocks of equal weight,
// each sublinear-tf and l2-normalised. Term ids come from a growing vocabulary; a word's id and 4-gram
// ids are cached together, and counting uses one dense scratch array: one map look-up per word.
import { contentStem, forEachWord, isAscii } from './tokens';

export interface SparseVector {
  ids: Int32Array;
  values: Float64Array;
  /** Squared weight of the terms the vocabulary does not know (they count in the norm only). */
  unknownSq: number;
}

interface WordEntry {
  word: string;
  id: number;
  grams: Int32Array;
  /** 4-grams without an id (query mode only). */
  unknownGrams: string[];
}

const GRAM = 4;
/** 4-grams of the first words only: the title and the opening of the abstract say what a paper is
 * about; 4-grams of every word of a long abstract doubled the cost and changed nothing (evaluation). */
const GRAM_WORDS = 60;
const CACHE_LIMIT = 50_000;

export class Vocabulary {
  private readonly terms = new Map<string, number>();
  /** By the word as written (lower case): one look-up per word read; null for stop words. */
  private readonly raw = new Map<string, WordEntry | null>();
  private readonly known = new Map<string, WordEntry>();
  /** Words met only in queries: their entries may gain ids later, so they are kept apart. */
  private readonly transient = new Map<string, WordEntry>();
  size = 0;

  private termId(term: string, learn: boolean): number {
    let id = this.terms.get(term);
    if (id === undefined) {
      if (!learn) return -1;
      id = this.size++;
      this.terms.set(term, id);
    }
    return id;
  }

  /** Words as written by their hash (scanned without slicing the text); collisions fall back to `read`. */
  private readonly spans = new Map<number, { raw: string; entry: WordEntry | null }>();

  /** `read` for the word at text[start, end), whose FNV-1a hash the caller computed while scanning. */
  readSpan(text: string, start: number, end: number, hash: number, learn: boolean): WordEntry | null {
    const hit = this.spans.get(hash);
    if (hit && hit.raw.length === end - start && text.startsWith(hit.raw, start)) return hit.entry;
    const raw = text.slice(start, end);
    const entry = this.read(raw, learn);
    if (!hit && (entry === null || this.known.get(entry.word) === entry)) {
      if (this.spans.size >= CACHE_LIMIT * 4) this.spans.clear();
      this.spans.set(hash, { raw, entry });
    }
    return entry;
  }

  /** The entry of a word as written; null when it is not a content word. */
  read(raw: string, learn: boolean): WordEntry | null {
    const hit = this.raw.get(raw);
    if (hit !== undefined) return hit;
    const stemmed = contentStem(raw);
    const entry = stemmed ? this.word(stemmed, learn) : null;
    // Cache only what cannot change: stop words and fully known words.
    if (entry === null || this.known.get(stemmed) === entry) {
      if (this.raw.size >= CACHE_LIMIT * 4) this.raw.clear();
      this.raw.set(raw, entry);
    }
    return entry;
  }

  word(word: string, learn: boolean): WordEntry {
    const hit = this.known.get(word);
    if (hit) return hit;
    if (!learn) {
      const seen = this.transient.get(word);
      if (seen) return seen;
    }
    const padded = ` ${word} `;
    const grams: number[] = [];
    const unknownGrams: string[] = [];
    for (let i = 0; i + GRAM <= padded.length; i++) {
      const gram = `#${padded.slice(i, i + GRAM)}`;
      const id = this.termId(gram, learn);
      if (id >= 0) grams.push(id);
      else unknownGrams.push(gram);
    }
    const entry = { word, id: this.termId(word, learn), grams: Int32Array.from(grams), unknownGrams };
    const cache = entry.id >= 0 && unknownGrams.length === 0 ? this.known : this.transient;
    if (cache === this.transient && this.transient.size >= CACHE_LIMIT) this.transient.clear();
    cache.set(word, entry);
    if (cache === this.known) this.transient.delete(word);
    return entry;
  }
}

let counts = new Float64Array(1 << 16);

function reserve(size: number): void {
  if (size <= counts.length) return;
  const grown = new Float64Array(Math.max(size, counts.length * 2));
  grown.set(counts);
  counts = grown;
}

function count(id: number, touched: number[]): void {
  if (counts[id] === 0) touched.push(id);
  counts[id] = (counts[id] as number) + 1;
}

/** 1 + ln(count), tabulated for the counts a paper has. */
const SUBLINEAR = Float64Array.from({ length: 256 }, (_, c) => (c > 0 ? 1 + Math.log(c) : 0));
const sublinear = (c: number) => (c < 256 ? (SUBLINEAR[c] as number) : 1 + Math.log(c));

/** Squared norm of a block: known counts (in scratch) and unknown ones. */
function blockSq(touched: readonly number[], unknown: Map<string, number>): number {
  let sq = 0;
  for (const id of touched) sq += sublinear(counts[id] as number) ** 2;
  for (const c of unknown.values()) sq += sublinear(c) ** 2;
  return sq;
}

/** Words of ASCII text, hashed while scanned: no substring per word once the word is known. */
function scanAscii(text: string, vocab: Vocabulary, learn: boolean, visit: (entry: WordEntry | null) => void) {
  const lower = text.toLowerCase();
  let start = -1;
  let hash = 0;
  for (let i = 0; i <= lower.length; i++) {
    const c = i < lower.length ? lower.charCodeAt(i) : 32;
    if ((c >= 97 && c <= 122) || (c >= 48 && c <= 57)) {
      if (start < 0) {
        start = i;
        hash = 0x811c9dc5;
      }
      hash = Math.imul(hash ^ c, 0x01000193);
    } else if (start >= 0) {
      visit(vocab.readSpan(lower, start, i, hash >>> 0, learn));
      start = -1;
    }
  }
}

/** A paper's vector; `learn` adds new terms to the vocabulary (training), otherwise they are set apart. */
export function featurize(text: string, vocab: Vocabulary, learn: boolean): SparseVector {
  const words: number[] = [];
  const grams: number[] = [];
  const unknownWords = new Map<string, number>();
  const unknownGrams = new Map<string, number>();
  const bumpUnknown = (map: Map<string, number>, key: string) => map.set(key, (map.get(key) ?? 0) + 1);
  let seen = 0;
  const visit = (entry: WordEntry | null) => {
    if (!entry) return;
    // New ids are at most a word and its 4-grams: room for them before counting.
    reserve(vocab.size + 64);
    if (entry.id >= 0) count(entry.id, words);
    else bumpUnknown(unknownWords, entry.word);
    if (++seen > GRAM_WORDS) return;
    const ids = entry.grams;
    for (let g = 0; g < ids.length; g++) count(ids[g] as number, grams);
    for (const gram of entry.unknownGrams) bumpUnknown(unknownGrams, gram);
  };
  if (isAscii(text)) scanAscii(text, vocab, learn, visit);
  else forEachWord(text, (raw) => visit(vocab.read(raw, learn)));
  // Each non-empty block gets norm 1/√2 so that the whole vector has norm 1.
  const wordSq = blockSq(words, unknownWords);
  const gramSq = blockSq(grams, unknownGrams);
  const wordScale = wordSq > 0 ? Math.SQRT1_2 / Math.sqrt(wordSq) : 0;
  const gramScale = gramSq > 0 ? Math.SQRT1_2 / Math.sqrt(gramSq) : 0;
  const ids = new Int32Array(words.length + grams.length);
  const values = new Float64Array(ids.length);
  let n = 0;
  for (const [touched, scale] of [
    [words, wordScale],
    [grams, gramScale],
  ] as const) {
    for (const id of touched) {
      ids[n] = id;
      values[n++] = sublinear(counts[id] as number) * scale;
      counts[id] = 0;
    }
  }
  let unknownSq = 0;
  for (const c of unknownWords.values()) unknownSq += (sublinear(c) * wordScale) ** 2;
  for (const c of unknownGrams.values()) unknownSq += (sublinear(c) * gramScale) ** 2;
  return { ids, values, unknownSq };
}
