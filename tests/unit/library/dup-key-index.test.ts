// Reading the `*dupKeys` index for a page's keys: the same carriers whether the walk runs to its end (cheap: a
// small or sparse index), hands over to per-key reads (costly per key: a big, dense one), or each key is read on
// its own (a few keys). The walk's budget is given here: real timings decide in the browser.
import Dexie from 'dexie';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { MarginDB } from '@/lib/db';
import { noteDupKeyCarriers } from '@/lib/library/dup-key-index';
import { paperFromRef } from '@/lib/paper';
import { freshDb, ref, T0 } from './helpers';

afterEach(() => vi.restoreAllMocks());

const key = (i: number) => `W:${String(i).padStart(5, '0')}`;

/** A library whose paper `i` carries the keys `keysOf(i)`. */
async function library(papers: number, keysOf: (i: number) => string[]): Promise<MarginDB> {
  const db = freshDb();
  await db.papers.bulkPut(
    Array.from({ length: papers }, (_, i) => ({
      ...paperFromRef(ref(`2601.${String(i).padStart(5, '0')}`), T0),
      dupKeys: keysOf(i),
    })),
  );
  return db;
}

async function carriers(
  db: MarginDB,
  keys: string[],
  { limit = 101, budget = Number.POSITIVE_INFINITY } = {},
): Promise<Record<string, string[]>> {
  const found: Record<string, string[]> = {};
  await db.transaction('r', db.papers, () =>
    noteDupKeyCarriers(
      keys,
      limit,
      (k, id) => {
        found[k] = [...(found[k] ?? []), id].sort();
      },
      budget,
    ),
  );
  return found;
}

function countReads() {
  const getAllKeys = vi.spyOn(IDBIndex.prototype, 'getAllKeys');
  const openKeyCursor = vi.spyOn(IDBIndex.prototype, 'openKeyCursor');
  return { perKey: () => getAllKeys.mock.calls.length, cursors: () => openKeyCursor.mock.calls.length };
}

describe('noteDupKeyCarriers', () => {
  it('walks a sparse index with one cursor to the end, whatever it costs: too few landings to judge', async () => {
    const db = await library(3, (i) => [key(i * 100), key(i * 100 + 1)]);
    const reads = countReads();
    const found = await carriers(
      db,
      Array.from({ length: 300 }, (_, i) => key(i)),
      { budget: 0 },
    );
    expect(found).toEqual({
      [key(0)]: ['2601.00000'],
      [key(1)]: ['2601.00000'],
      [key(100)]: ['2601.00001'],
      [key(101)]: ['2601.00001'],
      [key(200)]: ['2601.00002'],
      [key(201)]: ['2601.00002'],
    });
    expect(reads.cursors()).toBe(1);
    expect(reads.perKey()).toBe(0);
  });

  // Every page key is carried by one or two papers: each landing of the cursor passes one key.
  const denseLibrary = () => library(200, (i) => [key(i), key(i + 1)]);
  const denseKeys = Array.from({ length: 150 }, (_, i) => key(i));
  const expectDenseCarriers = (found: Record<string, string[]>) => {
    for (const [i, k] of denseKeys.entries()) {
      const id = (n: number) => `2601.${String(n).padStart(5, '0')}`;
      expect(found[k]).toEqual(i === 0 ? [id(0)] : [id(i - 1), id(i)]);
    }
  };

  it('hands over to a read per key once the walk costs too much per key, and notes the same carriers', async () => {
    const db = await denseLibrary();
    const reads = countReads();
    expectDenseCarriers(await carriers(db, denseKeys, { budget: 0 }));
    expect(reads.cursors()).toBe(1);
    expect(reads.perKey()).toBeGreaterThan(100);
  });

  it('walks a dense index to the end while that costs little', async () => {
    const db = await denseLibrary();
    const reads = countReads();
    expectDenseCarriers(await carriers(db, denseKeys));
    expect(reads.cursors()).toBe(1);
    expect(reads.perKey()).toBe(0);
  });

  it('reads a few keys one by one, without a cursor', async () => {
    const db = await library(3, (i) => [key(i)]);
    const reads = countReads();
    expect(await carriers(db, [key(0), key(2), key(9)])).toEqual({
      [key(0)]: ['2601.00000'],
      [key(2)]: ['2601.00002'],
    });
    expect(reads.cursors()).toBe(0);
  });

  it('notes at most `limit` carriers of a key, walking or reading per key', async () => {
    const db = await library(10, () => [key(7)]);
    const many = Array.from({ length: 150 }, (_, i) => key(i));
    expect((await carriers(db, many, { limit: 3 }))[key(7)]).toHaveLength(3);
    expect((await carriers(db, [key(7)], { limit: 3 }))[key(7)]).toHaveLength(3);
  });

  it("leaves the caller's transaction current for what it does next (its reads are IndexedDB's own)", async () => {
    const db = await library(3, (i) => [key(i)]);
    const many = Array.from({ length: 150 }, (_, i) => key(i));
    await db.transaction('rw', db.papers, async (tx) => {
      await noteDupKeyCarriers(many, 3, () => undefined, 0);
      expect(Dexie.currentTransaction).toBe(tx);
      await db.papers.put({ ...paperFromRef(ref('2601.09999'), T0), dupKeys: [key(9)] });
    });
    expect((await carriers(db, [key(9)]))[key(9)]).toEqual(['2601.09999']);
  });

  it('refuses to run outside a transaction', async () => {
    await expect(noteDupKeyCarriers([key(1)], 3, () => undefined)).rejects.toThrow(/inside a transaction/);
  });
});
