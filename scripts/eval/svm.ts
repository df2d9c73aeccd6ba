// The baseline our learner has to match: tf-idf + a linear SVM, the arxiv-sanity-lite method
// (TfidfVectorizer with uni+bigrams, sublinear tf, smooth idf, l2 norm; LinearSVC = L2-regularised
// squared-hinge loss solved by dual coordinate descent, Hsieh et al. 2008, as liblinear does), one-vs-rest.
// Evaluation code only: the extension never trains an SVM.
import { contentWords } from '../../lib/topics/tokens';
import { rng, shuffled } from './rng';

/** Unigrams and bigrams of content words (our tokenizer), with counts: the SVM's terms. */
export function termCounts(text: string): Map<string, number> {
  const counts = new Map<string, number>();
  const bump = (term: string) => counts.set(term, (counts.get(term) ?? 0) + 1);
  const tokens = contentWords(text);
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i] as string;
    bump(token);
    if (i > 0) bump(`${tokens[i - 1]} ${token}`);
  }
  return counts;
}

export interface SparseVector {
  index: Int32Array;
  value: Float64Array;
}

export interface TfidfOptions {
  /** Drop terms in fewer documents than this. */
  minDf: number;
  /** Drop terms in more than this share of documents. */
  maxDf: number;
}

/** Fits vocabulary and idf on a corpus (arxiv-sanity fits on every paper it holds, labelled or not). */
export function fitTfidf(corpus: readonly string[], options: TfidfOptions) {
  const counts = corpus.map(termCounts);
  const df = new Map<string, number>();
  for (const doc of counts) for (const term of doc.keys()) df.set(term, (df.get(term) ?? 0) + 1);
  const vocab = new Map<string, number>();
  const idf: number[] = [];
  const n = corpus.length;
  for (const [term, d] of [...df].sort((a, b) => (a[0] < b[0] ? -1 : 1))) {
    if (d < options.minDf || d > options.maxDf * n) continue;
    vocab.set(term, idf.length);
    idf.push(Math.log((1 + n) / (1 + d)) + 1);
  }
  const transform = (text: string): SparseVector => {
    const entries: [number, number][] = [];
    for (const [term, tf] of termCounts(text)) {
      const i = vocab.get(term);
      if (i !== undefined) entries.push([i, (1 + Math.log(tf)) * (idf[i] as number)]);
    }
    entries.sort((a, b) => a[0] - b[0]);
    const norm = Math.hypot(...entries.map((e) => e[1])) || 1;
    return {
      index: Int32Array.from(entries, (e) => e[0]),
      value: Float64Array.from(entries, (e) => e[1] / norm),
    };
  };
  return { size: idf.length, transform };
}

export interface SvmOptions {
  C: number;
  tol: number;
  maxIter: number;
  seed: number;
  /** Weigh each binary problem's positives and negatives inversely to their counts (arxiv-sanity does). */
  balanced: boolean;
}

/** One binary L2-loss SVM with a bias feature (liblinear's intercept_scaling = 1). Returns [w..., b]. */
function trainBinary(xs: SparseVector[], ys: number[], dim: number, options: SvmOptions): Float64Array {
  const w = new Float64Array(dim + 1);
  const alpha = new Float64Array(xs.length);
  const positives = ys.filter((y) => y > 0).length;
  const weight = (y: number) => (options.balanced ? ys.length / (2 * (y > 0 ? positives : ys.length - positives)) : 1);
  const diag = ys.map((y) => 1 / (2 * options.C * weight(y)));
  const qii = xs.map((x, i) => x.value.reduce((sum, v) => sum + v * v, 0) + 1 + (diag[i] as number));
  const random = rng(options.seed);
  const order = xs.map((_, i) => i);
  for (let iter = 0; iter < options.maxIter; iter++) {
    let maxPg = -Infinity;
    let minPg = Infinity;
    for (const i of shuffled(order, random)) {
      const x = xs[i] as SparseVector;
      const y = ys[i] as number;
      let dot = w[dim] as number;
      for (let k = 0; k < x.index.length; k++) dot += (w[x.index[k] as number] as number) * (x.value[k] as number);
      const a = alpha[i] as number;
      const g = y * dot - 1 + (diag[i] as number) * a;
      const pg = a === 0 ? Math.min(g, 0) : g;
      maxPg = Math.max(maxPg, pg);
      minPg = Math.min(minPg, pg);
      if (Math.abs(pg) < 1e-12) continue;
      const next = Math.max(a - g / (qii[i] as number), 0);
      const step = (next - a) * y;
      alpha[i] = next;
      for (let k = 0; k < x.index.length; k++) {
        const j = x.index[k] as number;
        w[j] = (w[j] as number) + step * (x.value[k] as number);
      }
      w[dim] = (w[dim] as number) + step;
    }
    if (maxPg - minPg < options.tol) break;
  }
  return w;
}

/** One-vs-rest linear SVM; predicts the class with the largest decision value. */
export function trainSvm(xs: SparseVector[], labels: string[], dim: number, options: SvmOptions) {
  const classes = [...new Set(labels)].sort();
  const models = classes.map((label, c) =>
    trainBinary(
      xs,
      labels.map((l) => (l === label ? 1 : -1)),
      dim,
      { ...options, seed: options.seed + c },
    ),
  );
  return (x: SparseVector): string => {
    let best = '';
    let bestScore = -Infinity;
    models.forEach((w, c) => {
      let score = w[dim] as number;
      for (let k = 0; k < x.index.length; k++) score += (w[x.index[k] as number] as number) * (x.value[k] as number);
      if (score > bestScore) {
        bestScore = score;
        best = classes[c] as string;
      }
    });
    return best;
  };
}
