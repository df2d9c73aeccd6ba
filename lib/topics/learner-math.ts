// The arithmetic of the learner on dense arrays: per-tag sums of paper vectors, idf-weighted unit
// centroids in one term → tags postings table (so scoring a paper is one pass over its terms), and the
// leave-one-out cosines the calibration is fitted on.
import type { Calibration } from './calibration';
import type { SparseVector } from './features';

/** A dense accumulator over term ids that remembers what it touched, so clearing costs what was used. */
export class Scratch {
  values = new Float64Array(1 << 16);
  private touched: number[] = [];

  reserve(size: number): void {
    if (this.values.length < size) this.values = new Float64Array(Math.max(size, this.values.length * 2));
  }

  /** Adds a vector (values are positive: an entry is new exactly when it is still 0). */
  addVector(vector: { ids: Int32Array; values: Float64Array }, scale = 1): void {
    const { values, touched } = this;
    const ids = vector.ids;
    const weights = vector.values;
    for (let i = 0; i < ids.length; i++) {
      const id = ids[i] as number;
      if (values[id] === 0) touched.push(id);
      values[id] = (values[id] as number) + (weights[i] as number) * scale;
    }
  }

  /** Entries in first-touched order, then cleared. */
  drain(): TagSums {
    const n = this.touched.length;
    const ids = new Int32Array(n);
    const values = new Float64Array(n);
    for (let i = 0; i < n; i++) {
      const id = this.touched[i] as number;
      ids[i] = id;
      values[i] = this.values[id] as number;
    }
    this.clear();
    return { ids, values };
  }

  clear(): void {
    for (const id of this.touched) this.values[id] = 0;
    this.touched = [];
  }
}

export interface TagSums {
  ids: Int32Array;
  values: Float64Array;
}

/** Sum of the members' vectors (members in a fixed order: the float sums do not depend on history). */
export function tagSums(members: readonly SparseVector[], scratch: Scratch, size: number): TagSums {
  scratch.reserve(size);
  for (const doc of members) scratch.addVector(doc);
  return scratch.drain();
}

export interface Centroids {
  idf: Float64Array;
  maxIdf: number;
  /** Norm of each tag's idf-weighted sum (before normalising). */
  sumNorms: Float64Array;
  /** Unit centroids per tag. */
  centroids: TagSums[];
  /** Postings: for term id i, entries start[i] .. start[i+1] of `tag` and `weight`. */
  start: Int32Array;
  tag: Int32Array;
  weight: Float64Array;
  names: string[];
  calibration: Calibration;
  sampleCosines(
    t: number,
    members: readonly SparseVector[],
    negatives: readonly SparseVector[],
    scratch: Scratch,
  ): {
    members: number[];
    negatives: number[];
  };
}

export function centroidsOf(sums: readonly TagSums[], idf: Float64Array, maxIdf: number): Centroids {
  const sumNorms = new Float64Array(sums.length);
  const centroids = sums.map((sum, t) => {
    const values = new Float64Array(sum.ids.length);
    let sq = 0;
    for (let i = 0; i < values.length; i++) {
      const v = (sum.values[i] as number) * (idf[sum.ids[i] as number] as number);
      values[i] = v;
      sq += v * v;
    }
    const norm = Math.sqrt(sq) || 1;
    sumNorms[t] = norm;
    for (let i = 0; i < values.length; i++) values[i] = (values[i] as number) / norm;
    return { ids: sum.ids, values };
  });
  const start = new Int32Array(idf.length + 1);
  for (const c of centroids) for (const id of c.ids) start[id + 1] = (start[id + 1] as number) + 1;
  for (let i = 0; i < idf.length; i++) start[i + 1] = (start[i + 1] as number) + (start[i] as number);
  const fill = start.slice(0, idf.length);
  const total = start[idf.length] as number;
  const tag = new Int32Array(total);
  const weight = new Float64Array(total);
  centroids.forEach((c, t) => {
    for (let i = 0; i < c.ids.length; i++) {
      const id = c.ids[i] as number;
      const at = fill[id] as number;
      tag[at] = t;
      weight[at] = c.values[i] as number;
      fill[id] = at + 1;
    }
  });
  const norms = new WeakMap<SparseVector, number>();
  const docNorm = (doc: SparseVector) => {
    let norm = norms.get(doc);
    if (norm === undefined) {
      let sq = doc.unknownSq * maxIdf * maxIdf;
      for (let i = 0; i < doc.ids.length; i++)
        sq += ((doc.values[i] as number) * (idf[doc.ids[i] as number] as number)) ** 2;
      norm = Math.sqrt(sq);
      norms.set(doc, norm);
    }
    return norm;
  };
  return {
    idf,
    maxIdf,
    sumNorms,
    centroids,
    start,
    tag,
    weight,
    names: [],
    calibration: { slope: 0, intercept: 0, offsets: new Float64Array(0) },
    sampleCosines(t, members, negatives, scratch) {
      const centroid = centroids[t] as TagSums;
      scratch.reserve(idf.length);
      scratch.addVector(centroid);
      const dense = scratch.values;
      const dot = (doc: SparseVector) => {
        let sum = 0;
        for (let i = 0; i < doc.ids.length; i++) {
          const id = doc.ids[i] as number;
          sum += (doc.values[i] as number) * (idf[id] as number) * (dense[id] as number);
        }
        return sum;
      };
      const sumNorm = sumNorms[t] as number;
      // cos(d, S − d) from d·S, |d|² and |S|², without building S − d; needs a second member.
      const loo = (doc: SparseVector) => {
        const norm = docNorm(doc);
        const dS = dot(doc) * sumNorm;
        const rest = Math.sqrt(Math.max(sumNorm * sumNorm - 2 * dS + norm * norm, 0));
        return rest > 1e-9 && norm > 0 ? (dS - norm * norm) / (norm * rest) : 0;
      };
      const result = {
        members: members.length >= 2 ? members.map(loo) : [],
        negatives: negatives.map((doc) => dot(doc) / (docNorm(doc) || 1)),
      };
      scratch.clear();
      return result;
    },
  };
}

/** Cosine of a paper's vector with every tag's centroid. */
export function scoreAll(model: Centroids, query: SparseVector): Float64Array {
  const scores = new Float64Array(model.centroids.length);
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
