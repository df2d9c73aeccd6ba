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

  it('keeps the 4-gram ids it is given from where they start in a shared array', () => {
    const spellings = new Spellings();
    const text = bytesOf('lattice');
    spellings.add(text, 0, 7, 5, 3, Int32Array.of(9, 9, 11, 12, 13, 9), 2, 3);
    const r = spellings.find(text, 0, 7, 5);
    const at = gramsAt(spellings.records, r);
    expect([...spellings.records.subarray(at, at + gramCountAt(spellings.records, r))]).toEqual([11, 12, 13]);
  });

  it('tells apart words of the same hash, and keeps the first', () => {
    const spellings = new Spellings();
    const text = bytesOf('model modes');
    spellings.add(text, 0, 5, 9, 1, new Int32Array(0));
    spellings.add(text, 6, 11, 9, 2, new Int32Array(0));
    expect(spellings.find(text, 6, 11, 9)).toBe(-1);
    expect(wordIdAt(spellings.records, spellings.find(text, 0, 5, 9))).toBe(1);
  });

  it('compares words of every length whatever follows them, to the end of the text', () => {
    const spellings = new Spellings();
    const words = ['a', 'bb', 'ccc', 'dddd', 'eeeee', 'ffffff', 'ggggggg', 'hhhhhhhh', 'i9i9i9i9i'];
    const learned = bytesOf(words.join(' '));
    let at = 0;
    words.forEach((word, i) => {
      spellings.add(learned, at, at + word.length, i + 1, i, new Int32Array(0));
      at += word.length + 1;
    });
    // Upper case, followed by more letters than the word has (outside its span), and each last in a text.
    words.forEach((word, i) => {
      const upper = word.toUpperCase();
      expect(wordIdAt(spellings.records, spellings.find(bytesOf(`${upper}XYZW`), 0, word.length, i + 1))).toBe(i);
      expect(wordIdAt(spellings.records, spellings.find(bytesOf(`-${upper}`), 1, word.length + 1, i + 1))).toBe(i);
      const changed = `${word.slice(0, -1)}z`;
      expect(spellings.find(bytesOf(changed), 0, word.length, i + 1)).toBe(-1);
    });
  });
});
