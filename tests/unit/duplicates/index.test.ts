import { describe, expect, it } from 'vitest';
import { DuplicateIndex, duplicateSignature, findDuplicatesOnPage } from '@/lib/duplicates';

const FNA = 'Faster Neighborhood Attention: Reducing the O(n^2) Cost of Self Attention at the Threadblock Level';
const GNA = 'Generalized Neighborhood Attention: Multi-dimensional Sparse Attention at the Speed of Light';
const abstract = (seed: string) => Array.from({ length: 60 }, (_, i) => `${seed}${i % 17} term${i}`).join(' ');
const shared = (a: { title: string; abstract?: string }, b: { title: string; abstract?: string }) => {
  const keys = new Set(duplicateSignature(a).bands);
  return duplicateSignature(b).bands.filter((key) => keys.has(key));
};

describe('duplicate signature (dupKeys)', () => {
  it('is stable and made of strings a multi-entry index can hold', () => {
    const signature = duplicateSignature({ title: FNA, abstract: abstract('x') });
    expect(signature).toEqual(duplicateSignature({ title: FNA, abstract: abstract('x') }));
    expect(signature.minhash).toHaveLength(32);
    expect(signature.bands.every((key) => typeof key === 'string' && key.length < 20)).toBe(true);
    expect(duplicateSignature({ title: FNA }).minhash).toHaveLength(0);
  });

  it('brings title-only and title+abstract listings of one paper into a shared key', () => {
    for (const title of [
      FNA.toUpperCase(),
      `${FNA} v2`,
      'Faster Neighborhood Attention',
      FNA.replace('Faster', 'Fast'),
    ]) {
      expect(shared({ title: FNA, abstract: abstract('x') }, { title })).not.toEqual([]);
    }
    // A retitled paper: its abstract bands.
    expect(
      shared({ title: FNA, abstract: abstract('x') }, { title: 'Something else entirely', abstract: abstract('x') }),
    ).not.toEqual([]);
  });
});

describe('DuplicateIndex', () => {
  it('finds a listing of a stored paper and not its look-alike', () => {
    const index = new DuplicateIndex<string>();
    index.add('fna', { title: FNA, abstract: abstract('fna') });
    index.add('gna', { title: GNA, abstract: abstract('gna') });
    expect(index.size).toBe(2);
    expect(index.find({ title: 'Faster Neighborhood Attention' }).map((m) => m.id)).toEqual(['fna']);
    expect(index.find({ title: 'Generalized Neighborhood Attention' }).map((m) => m.id)).toEqual(['gna']);
    expect(index.find({ title: 'Neighborhood Attention' })).toEqual([]);
    const [match] = index.find({
      title: 'FASTER NEIGHBORHOOD ATTENTION: reducing the O(n^2) cost of self-attention at the threadblock level',
    });
    expect(match).toMatchObject({ id: 'fna' });
    expect(match?.similarity).toBeGreaterThan(0.9);
  });
});

describe('findDuplicatesOnPage', () => {
  it('marks a paper listed twice, by id in any form or by a near-duplicate listing, pointing at the first', () => {
    const page = [
      { id: '2403.04690', title: FNA },
      { id: '2504.16922', title: GNA },
      { id: 'https://arxiv.org/abs/2403.04690v2', title: 'Faster Neighborhood Attention (v2)' },
      { id: 'title:abc', title: 'Faster Neighborhood Attention' },
      { title: 'Generalized Neighborhood Attention: Multi-Dimensional Sparse Attention at the Speed of Light' },
      { title: 'Neighborhood Attention Transformer' },
    ];
    expect(findDuplicatesOnPage(page)).toEqual([
      { index: 2, duplicateOf: 0, reason: 'identity', similarity: 1 },
      { index: 3, duplicateOf: 0, reason: 'similar', similarity: expect.any(Number) },
      { index: 4, duplicateOf: 1, reason: 'similar', similarity: 1 },
    ]);
  });

  it('finds nothing on a page of distinct papers, however alike', () => {
    expect(
      findDuplicatesOnPage([{ title: FNA }, { title: GNA }, { title: 'Neighborhood Attention Transformer' }]),
    ).toEqual([]);
  });
});
