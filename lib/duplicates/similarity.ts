// Near-duplicate similarity, on a per-word scale in both cases so that one threshold serves both.
// - Abstract on both sides: the texts decide. Jaccard J of word 3-grams of title + abstract, reported as
//   J^(1/3): a changed word breaks three 3-grams, so the cube root reads as the share of words kept.
//   (A re-posted or retitled paper keeps most of its abstract; two papers on one topic share almost none.)
// - A title only on either side: titles decide. Soft word Jaccard of the folded titles (title-similarity.ts),
//   also of one's main title against the other's whole title (subtitle dropped) at a small discount, and
//   character 4-gram Jaccard as a safety net for spacing ("multi modal" / "multimodal"). Titles whose
//   numbers differ ("Llama 2" / "Llama 3", "DESI 2024" / "DESI 2025") stay below the threshold.
// The threshold comes from the evaluation (docs/evaluation.md).
import { charShingles, jaccard, wordGrams } from './minhash';
import { dupWords, type TitleForms, titleForms } from './normalize';
import { softWordJaccard } from './title-similarity';

export interface DupPaper {
  title: string;
  abstract?: string;
}

export interface DupFeatures {
  title: TitleForms;
  /** Character 4-grams of the folded title. */
  readonly titleShingles: Set<number>;
  /** Hashes of the word 3-grams of title + abstract in text order, repeats kept; null without a usable abstract. */
  textGrams: Uint32Array | null;
  /** The set of `textGrams`. */
  readonly textShingles: Set<number> | null;
}

export const TITLE_GRAM = 4;
export const TEXT_GRAM = 3;
/** An abstract shorter than this is a snippet, not something to compare. */
const MIN_ABSTRACT_WORDS = 20;
/** A match of one's main title to the other's title counts this much of a whole-title match. */
export const MAIN_TITLE_FACTOR = 0.9;
/** Chosen on the evaluation: every labelled duplicate pair above, every distinct pair below. */
export const NEAR_DUPLICATE_THRESHOLD = 0.7;

/** A paper's features. The shingle sets are built on first use: only comparisons read them, and a paper is
 * compared with few others while every paper on a page is keyed. */
class Features implements DupFeatures {
  private titleSet: Set<number> | undefined;
  private textSet: Set<number> | null | undefined;

  constructor(
    readonly title: TitleForms,
    readonly textGrams: Uint32Array | null,
  ) {}

  get titleShingles(): Set<number> {
    this.titleSet ??= charShingles(this.title.full, TITLE_GRAM);
    return this.titleSet;
  }

  get textShingles(): Set<number> | null {
    if (this.textSet === undefined) this.textSet = this.textGrams && new Set(this.textGrams);
    return this.textSet;
  }
}

export function dupFeatures(paper: DupPaper): DupFeatures {
  const title = titleForms(paper.title);
  const abstractWords = paper.abstract ? dupWords(paper.abstract) : [];
  const textGrams =
    abstractWords.length >= MIN_ABSTRACT_WORDS ? wordGrams([...title.words, ...abstractWords], TEXT_GRAM) : null;
  return new Features(title, textGrams);
}

const features = (paper: DupPaper | DupFeatures): DupFeatures =>
  'titleShingles' in paper ? paper : dupFeatures(paper);

/** Numbers in a title ("Llama 2", "DESI 2024", "0.1M"): titles that differ in them are different papers. */
const numbers = (words: readonly string[]) => (words.join(' ').match(/\d+/g) ?? []).sort().join(' ');
/** Where a pair with different numbers ends up, whatever else they share: below any sensible threshold. */
const NUMBER_MISMATCH_CAP = 0.5;

function compare(left: readonly string[], right: readonly string[], score: () => number): number {
  const value = score();
  return numbers(left) === numbers(right) ? value : Math.min(value, NUMBER_MISMATCH_CAP);
}

export function titleSimilarity(a: DupFeatures, b: DupFeatures): number {
  if (!a.title.full || !b.title.full) return 0;
  if (a.title.full === b.title.full) return 1;
  const [wa, wb] = [a.title.words, b.title.words];
  const whole = compare(wa, wb, () => Math.max(softWordJaccard(wa, wb), jaccard(a.titleShingles, b.titleShingles)));
  const ma = a.title.mainWords;
  const mb = b.title.mainWords;
  const mainA = ma ? compare(ma, wb, () => softWordJaccard(ma, wb)) : 0;
  const mainB = mb ? compare(wa, mb, () => softWordJaccard(wa, mb)) : 0;
  return Math.max(whole, MAIN_TITLE_FACTOR * Math.max(mainA, mainB));
}

export function textSimilarity(a: DupFeatures, b: DupFeatures): number | null {
  if (!a.textShingles || !b.textShingles) return null;
  return Math.cbrt(jaccard(a.textShingles, b.textShingles));
}

/** Similarity in [0, 1] of two papers (or their precomputed features). */
export function similarity(a: DupPaper | DupFeatures, b: DupPaper | DupFeatures): number {
  const left = features(a);
  const right = features(b);
  return textSimilarity(left, right) ?? titleSimilarity(left, right);
}

export function isNearDuplicate(
  a: DupPaper | DupFeatures,
  b: DupPaper | DupFeatures,
  threshold = NEAR_DUPLICATE_THRESHOLD,
): boolean {
  return similarity(a, b) >= threshold;
}
