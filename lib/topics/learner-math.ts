// The arithmetic of the learner on dense arrays: per-tag sums of paper vectors, idf-weighted unit
// centroids in one term → tags postings table (so scoring a paper is one pass over its terms), and the
// leave-one-out cosines the calibration is fitted on (each from a paper's raw vector, its idf-weighted norm
// and a dense copy of the centroid with idf applied again).
import type { Calibration } from './calibration';
import type { SparseVector } from './features';
import { grown } from './grow';

/** A dense accumulator over term ids that remembers what it touched, so clearing costs what was used. */
export class Scratch {
  values = new Float64Array(1 << 16);
  /** The ids touched, in order (a typed array reused from sum to sum: a growing list of numbers was most of
   * what training allocated). */
  private touched = new Int32Array(1 << 14);
  private n = 0;

  reserve(size: number): void {
    if (this.values.length < size) this.values = new Float64Array(Math.max(size, this.values.length * 2));
  }

  /** Adds a vector (values are positive: an entry is new exactly when it is still 0). */
  addVector(vector: { ids: Int32Array; values: Float64Array }): void {
    const values = this.values;
    const ids = vector.ids;
    const weights = vector.values;
    if (this.n + ids.length > this.touched.length) this.touched = grown(this.touched, this.n + ids.length, this.n);
    const touched = this.touched;
    let n = this.n;
    // Without a branch: whether a term is new is unpredictable, and mispredictions were most of this loop's time.
    for (let i = 0; i < ids.length; i++) {
      const id = ids[i] as number;
      const value = values[id] as number;
      touched[n] = id;
      n += +(value === 0);
      values[id] = value + (weights[i] as number);
    }
    this.n = n;
  }

  /** Entries in first-touched order, then cleared. */
  drain(): TagSums {
    const ids = this.touched.slice(0, this.n);
    const values = new Float64Array(ids.length);
    for (let i = 0; i < ids.length; i++) values[i] = this.values[ids[i] as number] as number;
    this.clear();
    return { ids, values };
  }

  clear(): void {
    for (let i = 0; i < this.n; i++) this.values[this.touched[i] as number] = 0;
    this.n = 0;
  }
}

export interface TagSums {
  ids: Int32Array;
  values: Float64Array;
}

/** Sum of the members' vectors (members in a fixed order: the float sums do not depend on history). */
export function tagSums(members: readonly NormedDoc[], scratch: Scratch, size: number): TagSums {
  scratch.reserve(size);
  for (const doc of members) scratch.addVector(doc);
  return scratch.drain();
}

/** A paper's vector and the norm of its idf-weighted form (terms the vocabulary does not know at the top idf). */
export interface NormedDoc {
  ids: Int32Array;
  values: Float64Array;
  norm: number;
}

/** The papers with their idf-weighted norms. The weighted vectors themselves are not made: a cosine with a
 * centroid takes idf from the centroid's side (sampleCosines), which spares writing and reading a weighted
 * copy of every paper (megabytes for a thousand papers). */
export function normedDocs(docs: readonly SparseVector[], idf: Float64Array, maxIdf: number): NormedDoc[] {
  return docs.map(({ ids, values, unknownSq }) => {
    const sq = sum4(ids.length, (i) => {
      const w = (values[i] as number) * (idf[ids[i] as number] as number);
      return w * w;
    });
    return { ids, values, norm: Math.sqrt(unknownSq * maxIdf * maxIdf + sq) };
  });
}

/** Σ term(i) for i < n, as four interleaved partial sums: one chain of dependent additions, each waiting for
 * the last, was what bounded the training's loops over paper terms (a quarter faster like this). */
function sum4(n: number, term: (i: number) => number): number {
  let a = 0;
  let b = 0;
  let c = 0;
  let d = 0;
  let i = 0;
  for (; i + 3 < n; i += 4) {
    a += term(i);
    b += term(i + 1);
    c += term(i + 2);
    d += term(i + 3);
  }
  for (; i < n; i++) a += term(i);
  return a + b + (c + d);
}

/** A paper's vector · a dense vector. */
function denseDot({ ids, values }: NormedDoc, dense: Float64Array): number {
  return sum4(ids.length, (i) => (values[i] as number) * (dense[ids[i] as number] as number));
}

export interface Centroids {
  idf: Float64Array;
  maxIdf: number;
  /** Each tag's sum of paper vectors (without idf), and the norm of its idf-weighted form. */
  sums: readonly TagSums[];
  sumNorms: Float64Array;
  /** Postings: for term id i, entries start[i] .. start[i+1] of `tag` and `weight`. */
  start: Int32Array;
  tag: Int32Array;
  weight: Float64Array;
  names: string[];
  calibration: Calibration;
  /** Leave-one-out cosines of a tag's members with the tag, and cosines of some non-members. */
  sampleCosines(
    t: number,
    members: readonly NormedDoc[],
    negatives: readonly NormedDoc[],
    scratch: Scratch,
  ): {
    members: number[];
    negatives: number[];
  };
}

export function centroidsOf(sums: readonly TagSums[], idf: Float64Array, maxIdf: number): Centroids {
  // A tag's unit centroid is its sum with idf applied, over its norm. It is only ever read term by term (into
  // the postings here, into a dense array in sampleCosines), so it is computed there rather than kept: an
  // array as large as the postings, written and read once, cost more than the divisions.
  const weighted = (sum: TagSums, i: number) => (sum.values[i] as number) * (idf[sum.ids[i] as number] as number);
  const sumNorms = Float64Array.from(sums, (sum) => {
    let sq = 0;
    for (let i = 0; i < sum.ids.length; i++) {
      const v = weighted(sum, i);
      sq += v * v;
    }
    return Math.sqrt(sq) || 1;
  });
  const start = new Int32Array(idf.length + 1);
  // Indexed loops: this runs once a training, too few times to be optimised, and a for-of over a typed
  // array that is not optimised allocates a result per element.
  for (const { ids } of sums)
    for (let i = 0; i < ids.length; i++) {
      const at = (ids[i] as number) + 1;
      start[at] = (start[at] as number) + 1;
    }
  for (let i = 0; i < idf.length; i++) start[i + 1] = (start[i + 1] as number) + (start[i] as number);
  const fill = start.slice(0, idf.length);
  const total = start[idf.length] as number;
  const tag = new Int32Array(total);
  const weight = new Float64Array(total);
  sums.forEach((sum, t) => {
    const norm = sumNorms[t] as number;
    for (let i = 0; i < sum.ids.length; i++) {
      const id = sum.ids[i] as number;
      const at = fill[id] as number;
      tag[at] = t;
      weight[at] = weighted(sum, i) / norm;
      fill[id] = at + 1;
    }
  });
  return {
    idf,
    maxIdf,
    sums,
    sumNorms,
    start,
    tag,
    weight,
    names: [],
    calibration: { slope: 0, intercept: 0, offsets: new Float64Array(0) },
    sampleCosines(t, members, negatives, scratch) {
      // The centroid with idf applied once more: a paper's raw vector · this = its weighted vector · the centroid.
      const sum = sums[t] as TagSums;
      const sumNorm = sumNorms[t] as number;
      const ids = sum.ids;
      scratch.reserve(idf.length);
      const dense = scratch.values;
      for (let i = 0; i < ids.length; i++) {
        const id = ids[i] as number;
        dense[id] = (weighted(sum, i) / sumNorm) * (idf[id] as number);
      }
      const dot = (doc: NormedDoc) => denseDot(doc, dense);
      // cos(d, S − d) from d·S, |d|² and |S|², without building S − d; needs a second member.
      const loo = (doc: NormedDoc) => {
        const norm = doc.norm;
        const dS = dot(doc) * sumNorm;
        const rest = Math.sqrt(Math.max(sumNorm * sumNorm - 2 * dS + norm * norm, 0));
        return rest > 1e-9 && norm > 0 ? (dS - norm * norm) / (norm * rest) : 0;
      };
      const result = {
        members: members.length >= 2 ? members.map(loo) : [],
        negatives: negatives.map((doc) => dot(doc) / (doc.norm || 1)),
      };
      for (let i = 0; i < ids.length; i++) dense[ids[i] as number] = 0;
      return result;
    },
  };
}

/** Cosine of a paper's vector with every tag's centroid. */
export function scoreAll(model: Centroids, query: SparseVector): Float64Array {
  const scores = new Float64Array(model.sums.length);
  let sq = query.unknownSq * model.maxIdf * model.maxIdf;
  for (let i = 0; i < query.ids.length; i++) {
    const id = query.ids[i] as number;
    const idf = model.idf[id] ?? model.maxIdf;
    const w = (query.values[i] as number) * idf;
    sq += w * w;
    for (let k = model.start[id] as number; k < (model.start[id + 1] as number); k++) {
      scores[model.tag[k] as number] = (scores[model.tag[k] as number] as number) + w * (model.weight[k] as number);
    }
  }
  const norm = Math.sqrt(sq) || 1;
  return scores.map((s) => s / norm);
}
