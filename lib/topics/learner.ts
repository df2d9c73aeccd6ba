// Tag suggestions learned on the device from the reader's own tags: a calibrated tf-idf nearest centroid.
// `add`/`remove` record which papers carry which tags (O(the paper's terms) for a new paper) and mark the
// tags they touch; `train()` (run by `suggest`, or in the background after edits) re-sums only those tags,
// applies idf, and fits the calibration (calibration.ts) on leave-one-out cosines. Sums run over papers in
// key order, so a model depends only on its (paper, tag) pairs: adding then removing leaves it exactly as
// it was, whatever the order. Chosen on the evaluation (docs/evaluation.md) over plain centroids, naive
// Bayes and a linear SVM. The model never applies a tag: the reader accepts a suggestion or not.
import type { TagSuggestion } from '../library/states';
import { normalizeTitle } from '../text';
import { type CalibrationSample, fitCalibration, probability } from './calibration';
import { featurize, type SparseVector, Vocabulary } from './features';
import {
  type Centroids,
  centroidsOf,
  type NormedDoc,
  normedDocs,
  Scratch,
  scoreAll,
  type TagSums,
  tagSums,
} from './learner-math';

export interface TaggablePaper {
  /** Canonical id; the normalised title stands in for papers without one. */
  id?: string;
  title: string;
  abstract?: string;
}

export interface SuggestOptions {
  /** Suggestions below this confidence are left out (default 0.5). */
  minConfidence?: number;
  /** At most this many suggestions (default 3). */
  limit?: number;
}

export interface TagScore {
  tag: string;
  cosine: number;
  confidence: number;
}

interface Doc extends SparseVector {
  key: string;
  /** Its tags' keys: a paper has a few, and a list of them is one small object where a Set is several. */
  tags: string[];
}

interface Tag {
  name: string;
  members: Set<Doc>;
  sums: TagSums | null;
}

/** Non-members per tag the calibration looks at; bounds training time on large libraries. */
const NEGATIVES_PER_TAG = 60;

/** A paper's text as lines: its title and its abstract. */
export const paperLines = (paper: TaggablePaper) => [paper.title, paper.abstract ?? ''];
const paperKey = (paper: TaggablePaper) => paper.id ?? `title:${normalizeTitle(paper.title)}`;
/** Tag names are few and come back with every paper: their keys are remembered (bounded). */
const tagKeys = new Map<string, string>();
function tagKey(tag: string): string {
  let key = tagKeys.get(tag);
  if (key === undefined) {
    key = tag.replace(/\s+/g, ' ').trim().toLowerCase();
    if (tagKeys.size >= 1000) tagKeys.clear();
    tagKeys.set(tag, key);
  }
  return key;
}
const byKey = (a: { key: string }, b: { key: string }) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0);

export function createTagModel() {
  const vocab = new Vocabulary();
  const docs = new Map<string, Doc>();
  /** The papers in key order as of the last training; re-sorting it after a few changes costs about one
   * pass (the sort finds the sorted run). Papers since forgotten are filtered out then. */
  let order: Doc[] = [];
  let orderChanged = false;
  const tags = new Map<string, Tag>();
  const scratch = new Scratch();
  let model: Centroids | null = null;

  function setTag(doc: Doc, name: string, on: boolean): void {
    const key = tagKey(name);
    if (!key || doc.tags.includes(key) === on) return;
    let tag = tags.get(key);
    if (!tag) {
      tag = { name: name.replace(/\s+/g, ' ').trim(), members: new Set(), sums: null };
      tags.set(key, tag);
    }
    if (on) {
      doc.tags.push(key);
      tag.members.add(doc);
    } else {
      doc.tags.splice(doc.tags.indexOf(key), 1);
      tag.members.delete(doc);
    }
    tag.sums = null;
    if (tag.members.size === 0) tags.delete(key);
    model = null;
  }

  /** Learns that a paper carries these tags (its text is read the first time it is seen). */
  function add(paper: TaggablePaper, newTags: readonly string[]): void {
    const key = paperKey(paper);
    let doc = docs.get(key);
    if (!doc) {
      if (!newTags.some((tag) => tagKey(tag))) return;
      const { ids, values, unknownSq } = featurize(paperLines(paper), vocab, true);
      doc = { key, tags: [], ids, values, unknownSq };
      docs.set(key, doc);
      order.push(doc);
      orderChanged = true;
    }
    for (const tag of newTags) setTag(doc, tag, true);
  }

  /** Unlearns tags of a paper; a paper left without tags is forgotten. */
  function remove(paper: TaggablePaper, oldTags: readonly string[]): void {
    const doc = docs.get(paperKey(paper));
    if (!doc) return;
    for (const tag of oldTags) setTag(doc, tag, false);
    if (doc.tags.length > 0) return;
    docs.delete(doc.key);
    orderChanged = true;
    vocab.forget(doc);
  }

  function sortedDocs(): Doc[] {
    if (orderChanged) {
      order = order.filter((doc) => docs.get(doc.key) === doc).sort(byKey);
      orderChanged = false;
    }
    return order;
  }

  /** idf of every term: ln((1 + n) / (1 + df)) + 1, computed once per document frequency. */
  function idfs(n: number): Float64Array {
    const byDf = Float64Array.from({ length: n + 1 }, (_, d) => Math.log((1 + n) / (1 + d)) + 1);
    const idf = new Float64Array(vocab.size);
    for (let id = 0; id < idf.length; id++) {
      const d = vocab.df[id] ?? 0;
      idf[id] = d <= n ? (byDf[d] as number) : Math.log((1 + n) / (1 + d)) + 1;
    }
    return idf;
  }

  /** Re-sums changed tags, applies idf and fits the calibration. Idempotent until the next change. */
  function train(): Centroids {
    if (model) return model;
    const n = docs.size;
    const idf = idfs(n);
    const maxIdf = Math.log(1 + n) + 1;
    const keys = [...tags.keys()].sort();
    const sorted = sortedDocs();
    const normed = normedDocs(sorted, idf, maxIdf);
    const rank = new Map(sorted.map((doc, i) => [doc, i]));
    // Each tag's papers and its sampled non-members (every stride-th one), both in key order.
    const isMember = new Uint8Array(n);
    const samples = keys.map((key) => {
      const tag = tags.get(key) as Tag;
      for (const doc of tag.members) isMember[rank.get(doc) as number] = 1;
      const others = n - tag.members.size;
      const stride = Math.max(1, Math.ceil(others / NEGATIVES_PER_TAG));
      const members: NormedDoc[] = [];
      const negatives: NormedDoc[] = [];
      let other = 0;
      for (let i = 0; i < n; i++) {
        if (isMember[i]) members.push(normed[i] as NormedDoc);
        else if (other++ % stride === 0) negatives.push(normed[i] as NormedDoc);
      }
      isMember.fill(0);
      tag.sums ??= tagSums(members, scratch, vocab.size);
      return { members, negatives, others };
    });
    const next = centroidsOf(
      keys.map((key) => (tags.get(key) as Tag).sums as TagSums),
      idf,
      maxIdf,
    );
    const calibration: CalibrationSample[] = [];
    samples.forEach(({ members, negatives, others }, t) => {
      const cosines = next.sampleCosines(t, members, negatives, scratch);
      // Weights give each tag its real share of papers: a sampled non-member stands for `stride` of them.
      for (const cosine of cosines.members) calibration.push({ tag: t, cosine, positive: true, weight: 1 / n });
      const weight = others / Math.max(1, negatives.length) / n;
      for (const cosine of cosines.negatives) calibration.push({ tag: t, cosine, positive: false, weight });
    });
    next.calibration = fitCalibration(calibration, keys.length);
    next.names = keys.map((key) => (tags.get(key) as Tag).name);
    model = next;
    return model;
  }

  /** Every tag with its cosine and confidence for a paper, most likely first. */
  function scores(paper: TaggablePaper): TagScore[] {
    const trained = train();
    const cosines = scoreAll(trained, featurize(paperLines(paper), vocab, false));
    return trained.names
      .map((tag, t) => {
        const cosine = cosines[t] as number;
        return { tag, cosine, confidence: probability(trained.calibration, t, cosine) };
      })
      .sort((a, b) => b.confidence - a.confidence || (a.tag < b.tag ? -1 : 1));
  }

  /** Tags to offer for a paper, each with a confidence in [0, 1]; the paper's own tags are left out. */
  function suggest(paper: TaggablePaper, existingTags: readonly string[] = [], options: SuggestOptions = {}) {
    const { minConfidence = 0.5, limit = 3 } = options;
    const have = new Set(existingTags.map(tagKey));
    const suggestions: TagSuggestion[] = [];
    for (const { tag, confidence } of scores(paper)) {
      if (suggestions.length >= limit || confidence < minConfidence) break;
      if (!have.has(tagKey(tag))) suggestions.push({ tag, confidence: Math.round(confidence * 1000) / 1000 });
    }
    return suggestions;
  }

  return {
    add,
    remove,
    train: (): void => void train(),
    suggest,
    scores,
    /** The fitted calibration, for diagnostics: shared slope and intercept, each tag's offset. */
    calibration() {
      const { names, calibration } = train();
      const offsets = Object.fromEntries(names.map((name, t) => [name, calibration.offsets[t] ?? 0]));
      return { slope: calibration.slope, intercept: calibration.intercept, offsets };
    },
    /** Papers the model has learned from. */
    get size() {
      return docs.size;
    },
    /** Tags the model knows, with how many papers carry each, by name. */
    tags: () =>
      [...tags.values()]
        .map((tag) => ({ tag: tag.name, papers: tag.members.size }))
        .sort((a, b) => (a.tag < b.tag ? -1 : 1)),
  };
}

export type TagModel = ReturnType<typeof createTagModel>;
