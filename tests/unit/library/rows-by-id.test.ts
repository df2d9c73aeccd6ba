import { describe, expect, it, vi } from 'vitest';
import { rowsById } from '@/lib/library/rows-by-id';
import { paperFromRef } from '@/lib/paper';
import { freshDb, ref, T0 } from './helpers';

const id = (n: number) => `2611.${String(n).padStart(5, '0')}`;

async function libraryOf(...ids: string[]) {
  const db = freshDb();
  await db.papers.bulkPut(ids.map((paperId) => paperFromRef(ref(paperId), T0)));
  return db;
}

describe('rowsById', () => {
  it('gives each id its row, or undefined, in the order asked (repeats and old-style ids too)', async () => {
    const db = await libraryOf(id(2), id(5), 'hep-th/9901001');
    const asked = [id(5), id(1), 'hep-th/9901001', id(2), id(5), id(9)];
    const rows = await rowsById(db, asked);
    expect(rows.map((row) => row?.id)).toEqual([id(5), undefined, 'hep-th/9901001', id(2), id(5), undefined]);
    expect(rows[0]).toEqual(await db.papers.get(id(5)));
  });

  it('reads no row at all for a page the library does not hold', async () => {
    const db = await libraryOf(id(900), 'hep-th/9901001');
    const bulkGet = vi.spyOn(db.papers, 'bulkGet');
    const rows = await rowsById(db, [id(1), id(2), id(3)]);
    expect(rows).toEqual([undefined, undefined, undefined]);
    expect(bulkGet).not.toHaveBeenCalled();
  });

  it('reads only the held rows when the range holds few others', async () => {
    const db = await libraryOf(id(1), id(3), id(4));
    const bulkGet = vi.spyOn(db.papers, 'bulkGet');
    await rowsById(db, [id(1), id(2), id(3)]);
    expect(bulkGet).toHaveBeenCalledExactlyOnceWith([id(1), id(3)]);
  });

  it('reads every id when the range is crowded with other papers (a search page spanning years)', async () => {
    const others = Array.from({ length: 20 }, (_, n) => id(100 + n));
    const db = await libraryOf(id(1), ...others);
    const bulkGet = vi.spyOn(db.papers, 'bulkGet');
    const rows = await rowsById(db, [id(1), id(999)]);
    expect(rows.map((row) => row?.id)).toEqual([id(1), undefined]);
    expect(bulkGet).toHaveBeenCalledExactlyOnceWith([id(1), id(999)]);
  });

  it('answers nothing for no ids', async () => {
    expect(await rowsById(freshDb(), [])).toEqual([]);
  });
});
