// Near-duplicates through a page visit, on real papers from the seed digests: look-alike titles of distinct
// papers stay apart; a retitled re-post of a paper in the library is marked with the other paper; a revisit
// meets only the papers keyed since its papers were last checked.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { withDupKeys } from '@/lib/duplicates/keys';
import * as similarity from '@/lib/duplicates/similarity';
import { findLibraryDuplicates, MAX_KEYED_SINCE } from '@/lib/library/near-duplicates';
import { recordVisit } from '@/lib/library/visit';
import { paperFromRef } from '@/lib/paper';
import { hasShared, readSeed, SKIP_MESSAGE } from '../../shared-fixtures';
import { DAY, freshDb, PAGE_A, PAGE_B, ref, T0 } from './helpers';

if (!hasShared) console.warn(SKIP_MESSAGE);
afterEach(() => vi.restoreAllMocks());
const seed = hasShared ? readSeed(1) : '';

/** A seed paper: its title line and the abstract paragraph after it. */
function seedPaper(title: string) {
  const lines = seed.split('\n');
  const at = lines.findIndex((line) => line.trim() === title);
  if (at < 0) throw new Error(`not in the seed: ${title}`);
  const abstract = lines
    .slice(at + 1)
    .find((line) => line.trim().length > 200)
    ?.trim();
  return { title, abstract };
}

/** A seed paper and a retitled variant of it (same abstract, no arXiv id). */
function retitledVariant() {
  const original = seedPaper('Bag of Tricks for Inference-time Computation of LLM Reasoning');
  const variant = ref('title:v2', {
    title: 'Bag of tricks for inference-time computation of LLM reasoning (v2)',
    abstract: original.abstract,
    links: {},
  });
  return { original, variant };
}

const PAIRS_THAT_DIFFER = [
  [
    'Bag of Tricks for Effective Language Model Pretraining and Downstream Adaptation: A Case Study on GLUE',
    'Bag of Tricks for Inference-time Computation of LLM Reasoning',
  ],
  [
    'Faster Neighborhood Attention: Reducing the O(n^2) Cost of Self Attention at the Threadblock Level',
    'Generalized Neighborhood Attention: Multi-dimensional Sparse Attention at the Speed of Light',
  ],
  [
    'Attention is All You Need? Good Embeddings with Statistics are enough:Large Scale Audio Understanding without Transformers/ Convolutions/ BERTs/ Mixers/ Attention/ RNNs or ....',
    'Gaussian Adaptive Attention is All You Need: Robust Contextual Representations Across Multiple Modalities',
  ],
];

describe.skipIf(!hasShared)('near-duplicates on a visit (seed papers)', () => {
  it.each(PAIRS_THAT_DIFFER)('keeps "%s" and "%s" apart', async (first, second) => {
    const db = freshDb();
    await recordVisit(db, PAGE_A, [ref('2601.00001', seedPaper(first))], T0);
    const states = await recordVisit(db, PAGE_B, [ref('2601.00002', seedPaper(second))], T0 + 1);
    expect(states['2601.00002']?.duplicateOf).toBeUndefined();
  });

  /** A library holding a seed paper (seen on page A), and a retitled re-post of it under another id. */
  async function libraryWithRepost(title: string) {
    const db = freshDb();
    const original = seedPaper(
      'Generalized Neighborhood Attention: Multi-dimensional Sparse Attention at the Speed of Light',
    );
    await recordVisit(db, PAGE_A, [ref('2601.00001', original)], T0);
    const repost = ref('title:abc123', { title, abstract: original.abstract, links: {} });
    return { db, original, repost };
  }

  it('marks a retitled re-post of a library paper, linking the other paper', async () => {
    const { db, original, repost } = await libraryWithRepost(
      'Generalized Neighborhood Attention: Multi-Dimensional Sparse Attention at the Speed of Light (v2)',
    );
    const states = await recordVisit(db, PAGE_B, [repost], T0 + 1);
    expect(states['title:abc123']?.duplicateOf).toMatchObject({ id: '2601.00001', title: original.title });
    expect(states['title:abc123']?.duplicateOf?.url).toBe('https://arxiv.org/abs/2601.00001');
  });

  it('finds the re-post the same way alone on a page (a read per key) and among many papers (one cursor)', async () => {
    const { db, repost } = await libraryWithRepost(
      'Generalized Neighbourhood Attention: Multi-Dimensional Sparse Attention at the Speed of Light',
    );
    const others = Array.from({ length: 12 }, (_, i) =>
      ref(`2601.1${String(i).padStart(4, '0')}`, {
        title: `Measuring ${['glacier', 'coral', 'soil', 'river'][i % 4]} chemistry with sensor network ${i} over seasons`,
      }),
    );
    const alone = await recordVisit(db, PAGE_B, [repost], T0 + 1);
    const crowded = await recordVisit(db, PAGE_B, [...others, repost], T0 + 2);
    expect(alone['title:abc123']?.duplicateOf?.id).toBe('2601.00001');
    expect(crowded['title:abc123']?.duplicateOf?.id).toBe('2601.00001');
  });

  it.each(PAIRS_THAT_DIFFER)('keeps "%s" and "%s" apart when one page lists both', async (first, second) => {
    const db = freshDb();
    const states = await recordVisit(
      db,
      PAGE_A,
      [ref('2601.00001', seedPaper(first)), ref('2601.00002', seedPaper(second))],
      T0,
    );
    expect(states['2601.00001']?.duplicateOf).toBeUndefined();
    expect(states['2601.00002']?.duplicateOf).toBeUndefined();
  });

  it('marks a retitled variant listed on the same page as the original, on the first visit', async () => {
    const db = freshDb();
    const { original, variant } = retitledVariant();
    const states = await recordVisit(db, PAGE_A, [ref('2601.00001', original), variant], T0);
    expect(states['title:v2']?.duplicateOf).toMatchObject({ id: '2601.00001', title: original.title });
    expect(states['2601.00001']?.duplicateOf).toMatchObject({ id: 'title:v2' });
  });

  it('never calls a paper a duplicate of itself, in another version or URL form', async () => {
    const db = freshDb();
    const paper = seedPaper('Bag of Tricks for Inference-time Computation of LLM Reasoning');
    await recordVisit(db, PAGE_A, [ref('2601.00001', paper)], T0);
    const states = await recordVisit(db, PAGE_B, [ref('2601.00001', { ...paper, version: 2 })], T0 + 1);
    expect(states['2601.00001']?.duplicateOf).toBeUndefined();
  });
});

/** Counts the reads of the `*dupKeys` index (per-key reads and cursors) from now on, in every database. */
function countIndexReads(): () => number {
  let reads = 0;
  for (const method of ['getAllKeys', 'openKeyCursor'] as const) {
    const original = IDBIndex.prototype[method] as (...args: unknown[]) => IDBRequest;
    vi.spyOn(IDBIndex.prototype, method).mockImplementation(function (this: IDBIndex, ...args: unknown[]) {
      if (this.name === 'dupKeys') reads += 1;
      return original.apply(this, args);
    } as never);
  }
  return () => reads;
}

describe.skipIf(!hasShared)('near-duplicates on a revisit (papers checked before)', () => {
  const original = () =>
    seedPaper('Generalized Neighborhood Attention: Multi-dimensional Sparse Attention at the Speed of Light');
  const repost = () =>
    ref('title:abc123', {
      title: 'Generalized Neighborhood Attention: Multi-Dimensional Sparse Attention at the Speed of Light (v2)',
      abstract: original().abstract,
      links: {},
    });

  it('marks the original once its re-post was met on another page, without reading the index for it', async () => {
    const db = freshDb();
    const indexReads = countIndexReads();
    await recordVisit(db, PAGE_A, [ref('2601.00001', original())], T0);
    expect(await db.papers.get('2601.00001')).toMatchObject({ keyedAt: T0, dupCheck: { at: T0 } });
    await recordVisit(db, PAGE_B, [repost()], T0 + 1);
    expect((await db.papers.get('title:abc123'))?.dupCheck).toEqual({ at: T0 + 1, of: '2601.00001' });
    const before = indexReads();
    const states = await recordVisit(db, PAGE_A, [ref('2601.00001', original())], T0 + DAY);
    expect(states['2601.00001']?.duplicateOf).toMatchObject({ id: 'title:abc123' });
    expect(indexReads()).toBe(before);
    expect((await db.papers.get('2601.00001'))?.dupCheck).toEqual({ at: T0 + DAY, of: 'title:abc123' });
  });

  it('still marks the look-alike an earlier check found, however long ago it was keyed', async () => {
    const db = freshDb();
    await recordVisit(db, PAGE_A, [ref('2601.00001', original())], T0);
    await recordVisit(db, PAGE_B, [repost()], T0 + 1);
    // Another page since, with papers that look like neither.
    await recordVisit(db, PAGE_B, [ref('2601.00003', seedPaper(PAIRS_THAT_DIFFER[0]?.[0] ?? ''))], T0 + 2);
    const states = await recordVisit(db, PAGE_B, [repost()], T0 + DAY);
    expect(states['title:abc123']?.duplicateOf).toMatchObject({ id: '2601.00001' });
  });

  it("keeps the verdicts among a page's own look-alikes on a reload, without comparing them again", async () => {
    const db = freshDb();
    const { original, variant } = retitledVariant();
    const page = [ref('2601.00001', original), variant];
    await recordVisit(db, PAGE_A, page, T0);
    const compare = vi.spyOn(similarity, 'isNearDuplicate');
    const states = await recordVisit(db, PAGE_A, page, T0 + DAY);
    expect(states['title:v2']?.duplicateOf).toMatchObject({ id: '2601.00001' });
    expect(states['2601.00001']?.duplicateOf).toMatchObject({ id: 'title:v2' });
    expect(compare).not.toHaveBeenCalled();
    // A look-alike keyed since is still compared with them.
    const third = ref('title:v3', { ...variant, id: 'title:v3', title: `${variant.title} (v3)` });
    const withThird = await recordVisit(db, PAGE_A, [...page, third], T0 + 2 * DAY);
    expect(compare).toHaveBeenCalled();
    expect(withThird['title:v3']?.duplicateOf).toBeDefined();
  });

  it('looks a paper up in the index again once its title changed', async () => {
    const db = freshDb();
    const indexReads = countIndexReads();
    await recordVisit(db, PAGE_A, [ref('2601.00001', original())], T0);
    const before = indexReads();
    await recordVisit(db, PAGE_A, [ref('2601.00001', { ...original(), title: 'A new title' })], T0 + DAY);
    expect(indexReads()).toBeGreaterThan(before);
    expect(await db.papers.get('2601.00001')).toMatchObject({ keyedAt: T0 + DAY, dupCheck: { at: T0 + DAY } });
  });
});

describe('near-duplicates on a revisit after many papers were keyed (an import)', () => {
  it('looks up in the index the papers checked before them, and only those', async () => {
    const db = freshDb();
    const indexReads = countIndexReads();
    const old = ref('2601.00001', { title: 'Sparse attention for glacier flow models' });
    const recent = ref('2601.00002', { title: 'Measuring river sediment with drones' });
    await recordVisit(db, PAGE_A, [old], T0);
    const many = Array.from({ length: MAX_KEYED_SINCE + 1 }, (_, i) =>
      ref(`2602.${String(i).padStart(5, '0')}`, { title: `Survey number ${i} of coral reef chemistry` }),
    );
    await recordVisit(db, PAGE_B, many, T0 + 1);
    await recordVisit(db, PAGE_B, [recent], T0 + 2);
    const oldKeys = new Set((await db.papers.get(old.id))?.dupKeys).size;
    const before = indexReads();
    await recordVisit(db, PAGE_A, [old, recent], T0 + DAY);
    // One read per key of the paper checked before the 2001 others were keyed; none for the one checked after.
    expect(indexReads() - before).toBe(oldKeys);
  });
});

describe.skipIf(!hasShared)('near-duplicates asked on their own (not within a visit)', () => {
  it('answers in a transaction of its own, without committing it early', async () => {
    const db = freshDb();
    const original = seedPaper('Bag of Tricks for Inference-time Computation of LLM Reasoning');
    await recordVisit(db, PAGE_A, [ref('2601.00001', original)], T0);
    const variant = withDupKeys(
      paperFromRef(ref('title:v2', { title: `${original.title} (v2)`, abstract: original.abstract, links: {} }), T0),
    );
    const found = await findLibraryDuplicates(db, [variant]);
    expect(found.get('title:v2')?.id).toBe('2601.00001');
  });
});
