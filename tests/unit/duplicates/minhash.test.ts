import { describe, expect, it } from 'vitest';
import { bandKeys, estimateJaccard, hash32, jaccard, minhash, wordShingles } from '@/lib/duplicates/minhash';

const words =
  'neighborhood attention reduces the cost of self attention by restricting each token to its nearest neighbors';

describe('MinHash', () => {
  // The library stores keys made from these values (dupKeys): a change would strand every stored key.
  it('gives the same hashes, signatures and band keys as every release before', () => {
    const shingles = wordShingles(words.split(' '), 3);
    expect(hash32('attention')).toBe(3142893699);
    expect([...minhash(shingles, 8)]).toEqual([
      223902185, 107127589, 289739778, 262716646, 428595259, 339477029, 283651709, 92545592,
    ]);
    expect(bandKeys(minhash(shingles, 32), 2, 'A').slice(0, 3)).toEqual(['A0:1qt9cak', 'A1:1hau0k1', 'A2:1haatr9']);
  });

  it('estimates the Jaccard similarity of the shingle sets', () => {
    const a = wordShingles(words.split(' '), 3);
    const b = wordShingles(`${words} and then some more words about kernels`.split(' '), 3);
    const exact = jaccard(a, b);
    expect(Math.abs(estimateJaccard(minhash(a, 128), minhash(b, 128)) - exact)).toBeLessThan(0.15);
    expect(estimateJaccard(minhash(a, 128), minhash(a, 128))).toBe(1);
  });

  it('gives an empty set the all-ones signature', () => {
    expect([...minhash(new Set(), 4)]).toEqual([0xffffffff, 0xffffffff, 0xffffffff, 0xffffffff]);
  });
});
