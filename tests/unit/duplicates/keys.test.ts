import { describe, expect, it } from 'vitest';
import { keysStillValid, withDupKeys, withDupKeysAndFeatures } from '@/lib/duplicates/keys';
import { duplicateSignature } from '@/lib/duplicates/signature';
import { dupFeatures, isNearDuplicate } from '@/lib/duplicates/similarity';

/** What the keys read of a paper. */
type Keyed = { title: string; abstract?: string; dupKeys?: string[] };

const paper: Keyed = {
  title: 'Faster Neighborhood Attention: Reducing the O(n^2) Cost of Self Attention at the Threadblock Level',
  abstract: [
    'Neighborhood attention reduces the cost of self attention by restricting each token to its nearest neighbors.',
    'Implementations have been limited by the lack of infrastructure, and by fused kernels that do not scale.',
    'We present two new methods for neighborhood attention kernels which bring its cost down at every level.',
  ].join(' '),
};

describe('near-duplicate keys on a paper', () => {
  it('derives keys from title and abstract, keeping the rest of the paper', () => {
    const keyed = withDupKeys<{ id: string; title: string; abstract?: string; dupKeys?: string[] }>({
      ...paper,
      id: 'x',
    });
    expect(keyed.id).toBe('x');
    expect(keyed.dupKeys?.length).toBeGreaterThan(0);
    expect(keyed.dupKeys?.some((key) => key.startsWith('T:'))).toBe(true);
    expect(keyed.dupKeys?.some((key) => key.startsWith('A'))).toBe(true);
  });

  it('hands back the features the keys came from, with the same keys', () => {
    const { paper: keyed, features } = withDupKeysAndFeatures(paper);
    expect(keyed.dupKeys).toEqual(duplicateSignature(paper).bands);
    expect(features).toEqual(dupFeatures(paper));
    expect(isNearDuplicate(features, dupFeatures({ ...paper, title: `${paper.title} (v2)` }))).toBe(true);
  });

  it('keeps stored keys only while title and abstract are unchanged', () => {
    const row = withDupKeys(paper);
    expect(keysStillValid(row, paper)).toBe(true);
    expect(keysStillValid(row, { ...paper, title: 'Generalized Neighborhood Attention' })).toBe(false);
    expect(keysStillValid(row, { ...paper, abstract: undefined })).toBe(false);
    expect(keysStillValid({ ...paper, dupKeys: undefined }, paper)).toBe(false);
  });
});
