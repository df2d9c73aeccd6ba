// How alike two titles are, word by word: a soft Jaccard where equal words count fully, words one typo
// apart ("Neighborohod") count almost fully, function words ("Towards", "of") weigh little, and a changed
// content word ("Faster" vs "Generalized") counts nothing. Numbers must match exactly: "Llama 2" and
// "Llama 3" are different papers.
import { isStopWord } from '../topics/tokens';

const FUNCTION_WORD_WEIGHT = 0.3;
/** Two different words count as one (partly) when their edit similarity reaches this. */
const FUZZY_WORD = 0.75;

const weightOf = (word: string) => (isStopWord(word) ? FUNCTION_WORD_WEIGHT : 1);

let table = new Uint16Array(1024);

/** Optimal-string-alignment distance (Levenshtein plus adjacent transpositions). */
export function editDistance(a: string, b: string): number {
  const rows = a.length + 1;
  const cols = b.length + 1;
  if (table.length < rows * cols) table = new Uint16Array(rows * cols * 2);
  const d = table;
  for (let i = 0; i < rows; i++) d[i * cols] = i;
  for (let j = 0; j < cols; j++) d[j] = j;
  for (let i = 1; i < rows; i++) {
    for (let j = 1; j < cols; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let best = Math.min(
        (d[(i - 1) * cols + j] as number) + 1,
        (d[i * cols + j - 1] as number) + 1,
        (d[(i - 1) * cols + j - 1] as number) + cost,
      );
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) {
        best = Math.min(best, (d[(i - 2) * cols + j - 2] as number) + 1);
      }
      d[i * cols + j] = best;
    }
  }
  return d[rows * cols - 1] as number;
}

const digits = (word: string) => word.replace(/\D/g, '');
const counts = new Int16Array(65536);

/** Half the difference of the two words' letter counts: a lower bound of their edit distance. */
function letterBound(a: string, b: string): number {
  for (let i = 0; i < a.length; i++) counts[a.charCodeAt(i)] = (counts[a.charCodeAt(i)] as number) + 1;
  for (let i = 0; i < b.length; i++) counts[b.charCodeAt(i)] = (counts[b.charCodeAt(i)] as number) - 1;
  let diff = 0;
  for (let i = 0; i < a.length; i++) {
    const c = a.charCodeAt(i);
    diff += Math.abs(counts[c] as number);
    counts[c] = 0;
  }
  for (let i = 0; i < b.length; i++) {
    const c = b.charCodeAt(i);
    diff += Math.abs(counts[c] as number);
    counts[c] = 0;
  }
  return Math.ceil(diff / 2);
}

/** Similarity of two different words in [0, 1]; 0 unless they are long, digit-equal and close. */
export function wordSimilarity(a: string, b: string): number {
  const long = Math.max(a.length, b.length);
  const short = Math.min(a.length, b.length);
  // Cheap lower bounds of the distance first: length difference, then letter counts.
  if (short < 4 || short / long < FUZZY_WORD) return 0;
  if (1 - letterBound(a, b) / long < FUZZY_WORD || digits(a) !== digits(b)) return 0;
  const similarity = 1 - editDistance(a, b) / long;
  return similarity >= FUZZY_WORD ? similarity : 0;
}

/** Soft Jaccard of two word lists: shared weight over total weight, typo-close words sharing partly. */
export function softWordJaccard(left: readonly string[], right: readonly string[]): number {
  if (left.length === 0 || right.length === 0) return 0;
  const unmatched = new Map<string, number>();
  for (const word of right) unmatched.set(word, (unmatched.get(word) ?? 0) + 1);
  let shared = 0;
  const rest: string[] = [];
  for (const word of left) {
    const count = unmatched.get(word) ?? 0;
    if (count > 0) {
      unmatched.set(word, count - 1);
      shared += weightOf(word);
    } else rest.push(word);
  }
  const others = [...unmatched].flatMap(([word, count]) => Array<string>(count).fill(word));
  for (const word of rest) {
    let best = -1;
    let bestScore = 0;
    others.forEach((other, i) => {
      const score = wordSimilarity(word, other);
      if (score > bestScore) [best, bestScore] = [i, score];
    });
    if (best < 0) continue;
    shared += bestScore * Math.min(weightOf(word), weightOf(others[best] as string));
    others.splice(best, 1);
  }
  const total = left.reduce((sum, w) => sum + weightOf(w), 0) + right.reduce((sum, w) => sum + weightOf(w), 0);
  return shared / (total - shared);
}
