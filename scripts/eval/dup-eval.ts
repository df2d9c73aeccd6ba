// Duplicate detection on the labelled set: every pair scored with `similarity`, precision and recall at
// the chosen threshold and a sweep, recall per variant kind, retitled listings apart, real fixture papers
// as extra negatives, the named confusable pairs, and the production path through the index.
import {
  DuplicateIndex,
  dupFeatures,
  findDuplicatesOnPage,
  NEAR_DUPLICATE_THRESHOLD,
  similarity,
} from '../../lib/duplicates';
import type { PagePaper } from '../../lib/duplicates/page';
import type { DupFeatures } from '../../lib/duplicates/similarity';
import type { Item } from './dup-data';
import type { SeedPaper } from './seeds';
import type { Listing } from './variants';

export interface PairCounts {
  tp: number;
  fp: number;
  fn: number;
}

export const precision = (c: PairCounts) => (c.tp + c.fp === 0 ? 1 : c.tp / (c.tp + c.fp));
export const recall = (c: PairCounts) => (c.tp + c.fn === 0 ? 1 : c.tp / (c.tp + c.fn));
export const f1 = (c: PairCounts) => {
  const p = precision(c);
  const r = recall(c);
  return p + r === 0 ? 0 : (2 * p * r) / (p + r);
};

interface Scored {
  score: number;
  i: number;
  j: number;
}

export interface DupResults {
  items: number;
  positives: number;
  negatives: number;
  threshold: number;
  atThreshold: PairCounts;
  sweep: { threshold: number; counts: PairCounts; hardFp: number }[];
  byKind: { kind: string; found: number; total: number }[];
  retitled: { withAbstract: [number, number]; titleOnly: [number, number] };
  hard: { papers: number; pairs: number; fp: number; maxNegative: number; maxPair: string };
  lowestPositive: { score: number; pair: string };
  highestNegative: { score: number; pair: string };
  named: { pair: string; score: number; duplicate: boolean; expected: boolean }[];
  index: { counts: PairCounts; meanCandidates: number };
  page: { realPages: number; realFlags: number; doubled: number; doubledFound: number };
}

const label = (item: Item) => `${item.paper.title.slice(0, 60)}${item.paper.abstract ? ' [+abstract]' : ''}`;

function scoreAll(items: readonly Item[], features: readonly DupFeatures[], from = 0): Scored[] {
  const scored: Scored[] = [];
  for (let i = 0; i < items.length; i++) {
    for (let j = Math.max(i + 1, from); j < items.length; j++) {
      scored.push({ score: similarity(features[i] as DupFeatures, features[j] as DupFeatures), i, j });
    }
  }
  return scored;
}

function count(scored: readonly Scored[], items: readonly Item[], threshold: number): PairCounts {
  const c = { tp: 0, fp: 0, fn: 0 };
  for (const { score, i, j } of scored) {
    const same = items[i]?.group === items[j]?.group;
    if (score >= threshold) same ? c.tp++ : c.fp++;
    else if (same) c.fn++;
  }
  return c;
}

const NAMED: [string, string, boolean][] = [
  ['Faster Neighborhood Attention', 'Generalized Neighborhood Attention', false],
  ['Bag of Tricks for Effective Language Model Pretraining', 'Bag of Tricks for Inference-time Computation', false],
  ['Attention is All You Need? Good Embeddings', 'Gaussian Adaptive Attention is All You Need', false],
  ['Faster Neighborhood Attention', 'Faster Neighborhood Attention', true],
  ['Treat Visual Tokens as Text?', 'Treat Visual Tokens as Text?', true],
];

function namedPairs(seeds: readonly SeedPaper[]): DupResults['named'] {
  const find = (prefix: string) => seeds.filter((s) => s.title.startsWith(prefix));
  const result: DupResults['named'] = [];
  for (const [a, b, expected] of NAMED) {
    const left = find(a);
    const right = expected ? left.slice(1) : find(b);
    for (const [x, y] of [[left[0], right[0]] as const]) {
      if (!x || !y) continue;
      for (const [mode, p, q] of [
        ['title + abstract', x, y],
        ['titles only', { title: x.title }, { title: y.title }],
        ['main titles only', { title: x.title.split(':')[0] ?? '' }, { title: y.title.split(':')[0] ?? '' }],
      ] as const) {
        const score = similarity(p, q);
        result.push({
          pair: `${p.title.slice(0, 45)} / ${q.title.slice(0, 45)} (${mode}${expected ? `, pages ${x.page}+${y.page}` : ''})`,
          score,
          duplicate: score >= NEAR_DUPLICATE_THRESHOLD,
          expected,
        });
      }
    }
  }
  return result;
}

export function evaluateDuplicates(
  items: readonly Item[],
  retitled: readonly Item[],
  fixtures: readonly Listing[],
  seeds: readonly SeedPaper[],
  pages: readonly PagePaper[][],
): DupResults {
  const features = items.map((item) => dupFeatures(item.paper));
  const scored = scoreAll(items, features);
  const positives = scored.filter(({ i, j }) => items[i]?.group === items[j]?.group);
  const negatives = scored.filter(({ i, j }) => items[i]?.group !== items[j]?.group);
  const describe = ({ i, j }: Scored) => `${label(items[i] as Item)}  ~  ${label(items[j] as Item)}`;
  const lowest = positives.reduce((a, b) => (b.score < a.score ? b : a));
  const highest = negatives.reduce((a, b) => (b.score > a.score ? b : a));

  // Real papers from the fixtures as extra negatives (none of them is a seed paper or another's listing).
  const hardItems: Item[] = [
    ...items,
    ...fixtures.map((paper, k) => ({ group: -1 - k, origin: 'fixture' as const, paper })),
  ];
  const hardFeatures = [...features, ...fixtures.map((paper) => dupFeatures(paper))];
  const hardScored = scoreAll(hardItems, hardFeatures, items.length);
  const hardMax = hardScored.reduce((a, b) => (b.score > a.score ? b : a));

  const byKind = new Map<string, { found: number; total: number }>();
  for (const { score, i, j } of positives) {
    const [a, b] = [items[i] as Item, items[j] as Item];
    if ((a.origin === 'seed') === (b.origin === 'seed') && !(a.origin === 'seed' && b.origin === 'seed')) continue;
    const kind =
      a.origin === 'seed' && b.origin === 'seed'
        ? 'same paper on two seed pages'
        : `${a.origin === 'seed' ? b.origin : a.origin} ↔ original`;
    const entry = byKind.get(kind) ?? { found: 0, total: 0 };
    entry.total++;
    if (score >= NEAR_DUPLICATE_THRESHOLD) entry.found++;
    byKind.set(kind, entry);
  }
  const pairsOfListings = positives.filter(({ i, j }) => items[i]?.origin !== 'seed' && items[j]?.origin !== 'seed');
  byKind.set('variant ↔ variant (two edits apart)', {
    found: pairsOfListings.filter((p) => p.score >= NEAR_DUPLICATE_THRESHOLD).length,
    total: pairsOfListings.length,
  });

  const retitledCounts = { withAbstract: [0, 0] as [number, number], titleOnly: [0, 0] as [number, number] };
  for (const variant of retitled) {
    for (const other of items.filter((item) => item.group === variant.group)) {
      const bucket = other.paper.abstract ? retitledCounts.withAbstract : retitledCounts.titleOnly;
      bucket[1]++;
      if (similarity(variant.paper, other.paper) >= NEAR_DUPLICATE_THRESHOLD) bucket[0]++;
    }
  }

  const index = new DuplicateIndex<number>();
  for (const [i, item] of items.entries()) index.add(i, item.paper);
  const viaIndex = { tp: 0, fp: 0, fn: 0 };
  let candidates = 0;
  const found = new Set<string>();
  items.forEach((item, i) => {
    const ids = index.candidates(features[i] as DupFeatures);
    candidates += ids.size - 1;
    for (const match of index.find(item.paper)) {
      if (match.id > i) found.add(`${i}:${match.id}`);
    }
  });
  for (const { i, j } of scored) {
    const same = items[i]?.group === items[j]?.group;
    if (found.has(`${i}:${j}`)) same ? viaIndex.tp++ : viaIndex.fp++;
    else if (same) viaIndex.fn++;
  }

  // The same paper twice on one page: real pages must show none; a page listing each seed paper and
  // then a variant of it must show every repeat.
  const realFlags = pages.reduce((sum, page) => sum + findDuplicatesOnPage(page).length, 0);
  const firsts = new Map<number, Item>();
  for (const item of items) if (!firsts.has(item.group)) firsts.set(item.group, item);
  const repeats = [...firsts.values()].map((first) =>
    items.find((x) => x.group === first.group && x.origin === 'word'),
  );
  const doubledPage = [...firsts.values(), ...repeats.filter((x): x is Item => !!x)].map((x) => x.paper);
  const doubledFound = findDuplicatesOnPage(doubledPage).filter((d) => d.index >= firsts.size).length;

  const thresholds = [0.5, 0.55, 0.6, 0.65, 0.7, 0.75, 0.8, 0.85, 0.9];
  return {
    items: items.length,
    positives: positives.length,
    negatives: negatives.length,
    threshold: NEAR_DUPLICATE_THRESHOLD,
    atThreshold: count(scored, items, NEAR_DUPLICATE_THRESHOLD),
    sweep: thresholds.map((threshold) => ({
      threshold,
      counts: count(scored, items, threshold),
      hardFp: hardScored.filter((s) => s.score >= threshold).length,
    })),
    byKind: [...byKind].map(([kind, v]) => ({ kind, ...v })),
    retitled: retitledCounts,
    hard: {
      papers: fixtures.length,
      pairs: hardScored.length,
      fp: hardScored.filter((s) => s.score >= NEAR_DUPLICATE_THRESHOLD).length,
      maxNegative: hardMax.score,
      maxPair: `${label(hardItems[hardMax.i] as Item)}  ~  ${label(hardItems[hardMax.j] as Item)}`,
    },
    lowestPositive: { score: lowest.score, pair: describe(lowest) },
    highestNegative: { score: highest.score, pair: describe(highest) },
    named: namedPairs(seeds),
    index: { counts: viaIndex, meanCandidates: candidates / items.length },
    page: { realPages: pages.length, realFlags, doubled: repeats.filter(Boolean).length, doubledFound },
  };
}
