import { describe, expect, it } from 'vitest';
import { gramCountAt, gramsAt, Spellings, wordIdAt } from '@/lib/topics/spellings';

const bytesOf = (text: string) => new TextEncoder().encode(text);

describe('Spellings', () => {
  it('finds a word in any case by its hash, with its id and 4-gram ids', () => {
    const spellings = new Spellings();
    const text = bytesOf('Models and MODELS');
    spellings.add(text, 0, 6, 42, 7, Int32Array.of(1, 2, 3));
    const r = spellings.find(text, 11, 17, 42);
    expect(r).toBeGreaterThanOrEqual(0);
    expect(wordIdAt(spellings.records, r)).toBe(7);
    const at = gramsAt(spellings.records, r);
    expect([...spellings.records.subarray(at, at + gramCountAt(spellings.records, r))]).toEqual([1, 2, 3]);
  });

  it('tells apart words of the same hash, and keeps the first', () => {
    const spellings = new Spellings();
    const text = bytesOf('model modes');
    spellings.add(text, 0, 5, 9, 1, new Int32Array(0));
    spellings.add(text, 6, 11, 9, 2, new Int32Array(0));
    expect(spellings.find(text, 6, 11, 9)).toBe(-1);
    expect(wordIdAt(spellings.records, spellings.find(text, 0, 5, 9))).toBe(1);
  });
});
