// Term vectors for the learner: content words and the character 4-grams of the first words (4-grams tie
// "galaxies"/"galactic", "superconducting"/"superconductor" together, which matters with five examples a
// tag; word bigrams were tried and changed nothing). Words and 4-grams are two blocks of equal weight,
// each sublinear-tf and l2-normalised. Term ids come from a growing vocabulary; a word's id and 4-gram
// ids are cached together, and counting uses one dense scratch array: one table look-up per word.
// Reading is the cost of a cold start (every paper of the library at once), so the ASCII path (most
// abstracts) makes no string for a word it knows: each line is copied to bytes and scanned once to find and
// hash the words, each word is one record of spellings.ts (its ids next to its letters), one reused scratch
// counts them, and the vectors of learned papers share blocks (vector-store.ts).
import { grown } from './grow';
import { IntTable } from './int-table';
import { gramCountAt, gramsAt, Spellings, wordIdAt } from './spellings';
import { contentStem, forEachWord } from './tokens';
import { ownRoom, VectorStore } from './vector-store';

export interface SparseVector {
  ids: Int32Array;
  values: Float64Array;
  /** Squared weight of the terms the vocabulary does not know (they count in the norm only). */
  unknownSq: number;
}

interface WordEntry {
  word: string;
  id: number;
  /** The 4-gram ids: `gramCount` of `grams` from `gramsAt` (learned words share the vector store's blocks). */
  grams: Int32Array;
  gramsAt: number;
  gramCount: number;
  /** 4-grams without an id (query mode only). */
  unknownGrams: readonly string[];
  /** Every id known: the entry is final (in `known`), and may be cached by the word as written. */
  final: boolean;
}

const GRAM = 4;
/** 4-grams of the first words only: the title and the opening of the abstract say what a paper is
 * about; 4-grams of every word of a long abstract doubled the cost and changed nothing (evaluation). */
const GRAM_WORDS = 60;
const CACHE_LIMIT = 50_000;
const NO_GRAMS = new Int32Array(0);
const NONE: readonly string[] = [];
/** The 4-gram ids of the word being learned. */
let gramScratch = new Int32Array(64);

/** Char `at` of the word padded with a space each side (read from the word: no padded string is made). */
function paddedAt(word: string, at: number): number {
  return at === 0 || at > word.length ? 32 : word.charCodeAt(at - 1);
}

/** The 4-gram of the padded word at `at` as an int key: its four char codes, when each fits in a byte (the
 * first is a space, a letter or a digit, so a key is never 0); 0 when one does not (rare Unicode words). */
function packGram(word: string, at: number): number {
  const a = paddedAt(word, at);
  const b = paddedAt(word, at + 1);
  const c = paddedAt(word, at + 2);
  const d = paddedAt(word, at + 3);
  return (a | b | c | d) > 255 ? 0 : (a << 24) | (b << 16) | (c << 8) | d;
}

/** The 4-gram of the padded word at `at`, as a string. */
const gramText = (word: string, at: number) => ` ${word} `.slice(at, at + GRAM);

export class Vocabulary {
  /** The 4-grams packGram cannot pack, as '#' + the gram (word ids live in the entries of `known`). */
  private readonly terms = new Map<string, number>();
  /** The other 4-grams, by packed key. Sized for a library of a thousand papers (some 10,000 4-grams): one
   * size smaller, it was rebuilt once on the way (half a millisecond of a cold start in a profile). */
  private readonly gramIds = new IntTable(15);
  /** By the word as written (lower case): one look-up per word read; null for stop words. */
  private readonly raw = new Map<string, WordEntry | null>();
  private readonly known = new Map<string, WordEntry>();
  /** Words met only in queries: their entries may gain ids later, so they are kept apart. */
  private readonly transient = new Map<string, WordEntry>();
  /** Words as written in ASCII text, by hash: read without slicing the text. */
  readonly spellings = new Spellings();
  /** Where the vectors of learned papers are kept. */
  readonly store = new VectorStore();
  /** How many learned papers hold each term (document frequencies, for idf): counted while a learned paper's
   * vector is written (a pass of its own cost more than the rest of writing it), uncounted by `forget`. */
  df = new Int32Array(1024);
  size = 0;

  /** Takes a learned paper out of the document frequencies. */
  forget({ ids }: SparseVector): void {
    for (let i = 0; i < ids.length; i++) {
      const id = ids[i] as number;
      this.df[id] = (this.df[id] as number) - 1;
    }
  }

  private termId(term: string, learn: boolean): number {
    let id = this.terms.get(term);
    if (id === undefined) {
      if (!learn) return -1;
      id = this.size++;
      this.terms.set(term, id);
    }
    return id;
  }

  /** The id of the 4-gram of the padded word at `at` (-1 when unknown and not learning). */
  private gramId(word: string, at: number, learn: boolean): number {
    const key = packGram(word, at);
    if (key === 0) return this.termId(`#${gramText(word, at)}`, learn);
    let id = this.gramIds.get(key);
    if (id < 0 && learn) {
      id = this.size++;
      this.gramIds.set(key, id);
    }
    return id;
  }

  /** `read` for an ASCII word `spellings` does not know yet: `raw` in lower case, and as it is written at
   * bytes[start, end) with its hash (of its lower-case letters, any int32), computed while scanning. Kept in
   * `spellings` once it cannot change. */
  readSpan(raw: string, bytes: Uint8Array, start: number, end: number, hash: number, learn: boolean): WordEntry | null {
    const entry = this.resolve(raw, learn);
    if (entry === null) this.spellings.add(bytes, start, end, hash, -1, NO_GRAMS);
    else if (entry.final)
      this.spellings.add(bytes, start, end, hash, entry.id, entry.grams, entry.gramsAt, entry.gramCount);
    return entry;
  }

  /** The entry of a word as written; null when it is not a content word. */
  read(raw: string, learn: boolean): WordEntry | null {
    const hit = this.raw.get(raw);
    if (hit !== undefined) return hit;
    const entry = this.resolve(raw, learn);
    // Cache only what cannot change: stop words and fully known words.
    if (entry === null || entry.final) {
      if (this.raw.size >= CACHE_LIMIT * 4) this.raw.clear();
      this.raw.set(raw, entry);
    }
    return entry;
  }

  /** `read` without its cache. */
  private resolve(raw: string, learn: boolean): WordEntry | null {
    const stemmed = contentStem(raw);
    return stemmed ? this.word(stemmed, learn) : null;
  }

  word(word: string, learn: boolean): WordEntry {
    const hit = this.known.get(word);
    if (hit) return hit;
    if (!learn) {
      const seen = this.transient.get(word);
      if (seen) return seen;
    }
    const padded = word.length + 2;
    // Ids are collected in a reused scratch and copied once: learning a library makes thousands of entries.
    if (gramScratch.length < padded) gramScratch = new Int32Array(padded * 2);
    let n = 0;
    let unknownGrams: string[] | undefined;
    for (let i = 0; i + GRAM <= padded; i++) {
      const id = this.gramId(word, i, learn);
      if (id >= 0) gramScratch[n++] = id;
      else {
        unknownGrams ??= [];
        unknownGrams.push(`#${gramText(word, i)}`);
      }
    }
    // A word has an id exactly when it is in `known` (learned words get every id): a new one here.
    const id = learn ? this.size++ : -1;
    const final = id >= 0 && !unknownGrams;
    let grams: Int32Array;
    let gramsAt = 0;
    if (learn) {
      this.store.copyIds(gramScratch, n);
      grams = this.store.copied;
      gramsAt = this.store.copiedAt;
    } else grams = gramScratch.slice(0, n);
    const entry = { word, id, grams, gramsAt, gramCount: n, unknownGrams: unknownGrams ?? NONE, final };
    if (final) {
      this.known.set(word, entry);
      if (this.transient.size > 0) this.transient.delete(word);
    } else {
      if (this.transient.size >= CACHE_LIMIT) this.transient.clear();
      this.transient.set(word, entry);
    }
    return entry;
  }
}

/** One block of a paper's counts (its words, or its 4-grams): ids in first-seen order, their counts in a
 * dense array shared by both blocks (a term is a word or a 4-gram, never both), unknown terms by string. */
class Block {
  ids: Int32Array = new Int32Array(1024);
  n = 0;
  unknown: Map<string, number> | undefined;

  /** Counts a term once more (without a branch on whether it is new, as countSpan). */
  count(id: number, counts: Int32Array): void {
    if (this.n === this.ids.length) this.grow();
    const c = counts[id] as number;
    this.ids[this.n] = id;
    this.n += +(c === 0);
    counts[id] = c + 1;
  }

  /** Counts terms[from, from + length) once more each (the hot loop of reading: locals, no call per term). */
  countSpan(terms: Int32Array, from: number, length: number, counts: Int32Array): void {
    let { ids, n } = this;
    while (n + length > ids.length) ids = this.grow();
    // Without a branch: whether a term is new is unpredictable, and mispredictions were most of this loop's time.
    for (let k = from; k < from + length; k++) {
      const id = terms[k] as number;
      const c = counts[id] as number;
      ids[n] = id;
      n += +(c === 0);
      counts[id] = c + 1;
    }
    this.n = n;
  }

  addUnknown(term: string): void {
    this.unknown ??= new Map();
    this.unknown.set(term, (this.unknown.get(term) ?? 0) + 1);
  }

  /** The block's squared norm with values 1 + ln count: known terms, then unknown ones. */
  squaredNorm(counts: Int32Array): number {
    const { ids, n } = this;
    let sq = 0;
    for (let i = 0; i < n; i++) {
      const value = sublinear(counts[ids[i] as number] as number);
      sq += value * value;
    }
    if (this.unknown) for (const c of this.unknown.values()) sq += sublinear(c) ** 2;
    return sq;
  }

  /** Moves the block into ids/values from `at`, values (1 + ln count) · scale, clears its counts and counts
   * each term once more in `df` (a learned paper's). The norm is summed first (squaredNorm) so that each value
   * is written once, into memory not touched yet. */
  take(
    counts: Int32Array,
    scale: number,
    ids: Int32Array,
    values: Float64Array,
    at: number,
    df: Int32Array | null,
  ): void {
    const { n } = this;
    const terms = this.ids;
    for (let i = 0; i < n; i++) {
      const id = terms[i] as number;
      ids[at + i] = id;
      values[at + i] = sublinear(counts[id] as number) * scale;
      counts[id] = 0;
      if (df) df[id] = (df[id] as number) + 1;
    }
  }

  private grow(): Int32Array {
    this.ids = grown(this.ids, 0);
    return this.ids;
  }
}

/** 1 + ln(count), tabulated for the counts a paper has. */
const SUBLINEAR = Float64Array.from({ length: 256 }, (_, c) => (c > 0 ? 1 + Math.log(c) : 0));
const sublinear = (c: number) => (c < 256 ? (SUBLINEAR[c] as number) : 1 + Math.log(c));

/** The counts of the paper being read (featurize is never re-entered: one scratch for all papers). */
class PaperCounts {
  counts = new Int32Array(1 << 16);
  readonly words = new Block();
  readonly grams = new Block();
  /** Content words counted so far. */
  seen = 0;

  add(entry: WordEntry | null, vocabSize: number): void {
    if (!entry) return;
    // New ids are at most a word and its 4-grams, all below the vocabulary's size.
    if (vocabSize > this.counts.length) this.counts = grown(this.counts, vocabSize);
    const counts = this.counts;
    if (entry.id >= 0) this.words.count(entry.id, counts);
    else this.words.addUnknown(entry.word);
    if (++this.seen > GRAM_WORDS) return;
    this.grams.countSpan(entry.grams, entry.gramsAt, entry.gramCount, counts);
    for (const gram of entry.unknownGrams) this.grams.addUnknown(gram);
  }

  /** `add` for a word of `spellings`: the record at `r` (its ids are in `counts` already, which grew when the
   * record was made). */
  addSpelling(records: Int32Array, r: number): void {
    const id = wordIdAt(records, r);
    if (id < 0) return;
    const counts = this.counts;
    this.words.count(id, counts);
    if (++this.seen > GRAM_WORDS) return;
    this.grams.countSpan(records, gramsAt(records, r), gramCountAt(records, r), counts);
  }

  /** The vector of what was counted, for a paper `vocab` learns (in room from its store, counted in its
   * document frequencies) or for a query (null); leaves the scratch empty for the next paper. */
  vector(vocab: Vocabulary | null): SparseVector {
    const { counts, words, grams } = this;
    const n = words.n + grams.n;
    const { ids, values } = vocab ? vocab.store.room(n) : ownRoom(n);
    if (vocab && vocab.df.length < vocab.size) vocab.df = grown(vocab.df, vocab.size);
    const df = vocab ? vocab.df : null;
    // Each non-empty block gets norm 1/√2 so that the whole vector has norm 1.
    const wordSq = words.squaredNorm(counts);
    const gramSq = grams.squaredNorm(counts);
    const wordScale = wordSq > 0 ? Math.SQRT1_2 / Math.sqrt(wordSq) : 0;
    const gramScale = gramSq > 0 ? Math.SQRT1_2 / Math.sqrt(gramSq) : 0;
    words.take(counts, wordScale, ids, values, 0, df);
    grams.take(counts, gramScale, ids, values, words.n, df);
    let unknownSq = 0;
    if (words.unknown) for (const c of words.unknown.values()) unknownSq += (sublinear(c) * wordScale) ** 2;
    if (grams.unknown) for (const c of grams.unknown.values()) unknownSq += (sublinear(c) * gramScale) ** 2;
    words.n = grams.n = this.seen = 0;
    words.unknown = grams.unknown = undefined;
    return { ids, values, unknownSq };
  }
}

const paper = new PaperCounts();

/** The line being read as bytes (reused from line to line): scanning a byte array costs a fraction of reading
 * a string char by char, and the encoder copies ASCII at memory speed. */
let bytes = new Uint8Array(1 << 14);
const encoder = new TextEncoder();

/** Word spans found by scanAscii: start, end (in `bytes`) and hash of each word in turn (reused). */
let spans = new Int32Array(3 * 1024);

/** Appends a span at `n` of `spans`; returns where the next one goes. */
function pushSpan(n: number, start: number, end: number, hash: number): number {
  if (n + 3 > spans.length) spans = grown(spans, n + 3);
  spans[n] = start;
  spans[n + 1] = end;
  spans[n + 2] = hash;
  return n + 3;
}

/** Per byte: the lower-case form of a letter or digit, 0 for the rest of printable ASCII and whitespace
 * (between words), -1 for anything else (the Unicode path). One look-up instead of a chain of range tests. */
const FOLD = Int16Array.from({ length: 256 }, (_, c) => {
  if ((c >= 97 && c <= 122) || (c >= 48 && c <= 57)) return c;
  if (c >= 65 && c <= 90) return c + 32;
  return (c >= 32 && c <= 126) || c === 9 || c === 10 || c === 13 ? 0 : -1;
});

/** Copies a line into `bytes` and finds its words (runs of ASCII letters and digits) into `spans`, each with
 * the FNV-1a hash of its lower-case letters; returns where they end (3 × words), or -1 when the line is not
 * printable ASCII and whitespace (`isAscii` false), which is read by runs (readMixed). */
function scanAscii(text: string): number {
  const stop = text.length;
  if (bytes.length < stop) bytes = grown(bytes, stop, 0);
  // Text that is not ASCII takes more bytes than chars or has bytes above 126: the copy stops short (the
  // buffer ends), or FOLD sends it back below.
  if (encoder.encodeInto(text, bytes).read < stop) return -1;
  const b = bytes;
  let n = 0;
  let start = -1;
  let hash = 0;
  for (let i = 0; i < stop; i++) {
    const c = FOLD[b[i] as number] as number;
    if (c > 0) {
      if (start < 0) {
        start = i;
        hash = 0x811c9dc5;
      }
      hash = Math.imul(hash ^ c, 0x01000193);
    } else if (c < 0) return -1;
    else if (start >= 0) {
      n = pushSpan(n, start, i, hash);
      start = -1;
    }
  }
  return start >= 0 ? pushSpan(n, start, stop, hash) : n;
}

/** Counts the words of `line` that `scanAscii` found (its first `end` entries of `spans`). */
function readSpans(line: string, end: number, vocab: Vocabulary, learn: boolean): void {
  const spellings = vocab.spellings;
  for (let k = 0; k < end; k += 3) {
    const start = spans[k] as number;
    const stop = spans[k + 1] as number;
    const hash = spans[k + 2] as number;
    const r = spellings.find(bytes, start, stop, hash);
    if (r >= 0) paper.addSpelling(spellings.records, r);
    else {
      const raw = line.slice(start, stop).toLowerCase();
      paper.add(vocab.readSpan(raw, bytes, start, stop, hash, learn), vocab.size);
    }
  }
}

/** A character that is not printable ASCII or whitespace (`isAscii` false). */
const NOT_ASCII = /[^\t\n\r -~]/g;
const isBlank = (c: number) => c === 32 || c === 10 || c === 9 || c === 13;

/** Counts a line that is not all ASCII. Each run of non-blank characters holding one that is not ASCII is
 * read the Unicode way, word for word as in the whole text (folding and splitting never reach across ASCII
 * whitespace); the text between such runs (most of it: an abstract with one "α") the fast way. */
function readMixed(line: string, vocab: Vocabulary, learn: boolean): void {
  let done = 0;
  NOT_ASCII.lastIndex = 0;
  for (let match = NOT_ASCII.exec(line); match; match = NOT_ASCII.exec(line)) {
    let start = match.index;
    while (start > done && !isBlank(line.charCodeAt(start - 1))) start--;
    let end = start + 1;
    while (end < line.length && !isBlank(line.charCodeAt(end))) end++;
    const before = line.slice(done, start);
    readSpans(before, scanAscii(before), vocab, learn);
    forEachWord(line.slice(start, end), (raw) => paper.add(vocab.read(raw, learn), vocab.size));
    done = NOT_ASCII.lastIndex = end;
  }
  const rest = line.slice(done);
  readSpans(rest, scanAscii(rest), vocab, learn);
}

/** The vector of a text given as lines (a paper's title and abstract: read apart, they need not be joined
 * into one string first); `learn` adds new terms to the vocabulary (training), otherwise they are set apart. */
export function featurize(lines: readonly string[], vocab: Vocabulary, learn: boolean): SparseVector {
  for (const line of lines) {
    const end = scanAscii(line);
    if (end >= 0) readSpans(line, end, vocab, learn);
    else readMixed(line, vocab, learn);
  }
  return paper.vector(learn ? vocab : null);
}
