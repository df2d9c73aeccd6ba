import { describe, expect, it } from 'vitest';
import { bandKeys, estimateJaccard, hash32, jaccard, minhash, wordGrams } from '@/lib/duplicates/minhash';

const words =
  'neighborhood attention reduces the cost of self attention by restricting each token to its nearest neighbors';

describe('MinHash', () => {
  // The library stores keys made from these values (dupKeys): a change would strand every stored key.
  it('gives the same hashes, signatures and band keys as every release before', () => {
    const shingles = wordGrams(words.split(' '), 3);
    expect(hash32('attention')).toBe(3142893699);
    expect([...minhash(shingles, 8)]).toEqual([
      223902185, 107127589, 289739778, 262716646, 428595259, 339477029, 283651709, 92545592,
    ]);
    expect(bandKeys(minhash(shingles, 32), 2, 'A').slice(0, 3)).toEqual(['A0:1qt9cak', 'A1:1hau0k1', 'A2:1haatr9']);
  });

  it('estimates the Jaccard similarity of the shingle sets', () => {
    const a = wordGrams(words.split(' '), 3);
    const b = wordGrams(`${words} and then some more words about kernels`.split(' '), 3);
    const exact = jaccard(new Set(a), new Set(b));
    expect(Math.abs(estimateJaccard(minhash(a, 128), minhash(b, 128)) - exact)).toBeLessThan(0.15);
    expect(estimateJaccard(minhash(a, 128), minhash(a, 128))).toBe(1);
  });

  it('gives no shingles the all-ones signature, and repeated shingles the signature of their set', () => {
    expect([...minhash([], 4)]).toEqual([0xffffffff, 0xffffffff, 0xffffffff, 0xffffffff]);
    const grams = wordGrams('the cost of the cost of the cost of attention'.split(' '), 3);
    expect(minhash(grams, 32)).toEqual(minhash([...new Set(grams)], 32));
  });
});
