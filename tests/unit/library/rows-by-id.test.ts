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

  it('gives the same, in order with repeats, for the ids of one month (read through their range)', async () => {
    const db = await libraryOf(id(2), id(5), id(7));
    const range = vi.spyOn(db.papers, 'where');
    const rows = await rowsById(db, [id(5), id(1), id(2), id(5), id(9)]);
    expect(rows.map((row) => row?.id)).toEqual([id(5), undefined, id(2), id(5), undefined]);
    expect(rows[3]).toEqual(await db.papers.get(id(5)));
    expect(range).toHaveBeenCalledOnce();
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

  it('reads the month most ids come from through its range, and the odd older ones by id', async () => {
    const db = await libraryOf(id(2), '2512.00002', 'hep-th/9901001');
    const range = vi.spyOn(db.papers, 'where');
    const bulkGet = vi.spyOn(db.papers, 'bulkGet');
    const asked = ['hep-th/9901001', id(1), id(2), '2512.00002', id(3), '2512.00003', id(4)];
    const rows = await rowsById(db, asked);
    expect(rows.map((row) => row?.id)).toEqual([
      'hep-th/9901001',
      undefined,
      id(2),
      '2512.00002',
      undefined,
      undefined,
      undefined,
    ]);
    expect(range).toHaveBeenCalledOnce();
    expect(bulkGet).toHaveBeenCalledExactlyOnceWith([id(2), 'hep-th/9901001', '2512.00002', '2512.00003']);
  });

  it('reads by id straight away when no month holds more than half the ids (a search page, a library-wide look-up)', async () => {
    const db = await libraryOf(id(1), '2512.00002', 'hep-th/9901001');
    const range = vi.spyOn(db.papers, 'where');
    const bulkGet = vi.spyOn(db.papers, 'bulkGet');
    for (const asked of [
      [id(1), '2512.00002'],
      [id(1), 'hep-th/9901001'],
      ['2512.00002', 'title:abc'],
    ]) {
      const rows = await rowsById(db, asked);
      expect(rows.map((row) => row?.id)).toEqual(asked.map((one) => (one === 'title:abc' ? undefined : one)));
      expect(bulkGet).toHaveBeenLastCalledWith(asked);
    }
    expect(range).not.toHaveBeenCalled();
  });

  it('reads many held rows in one read of their range when it holds few others (a listing read again)', async () => {
    const page = Array.from({ length: 40 }, (_, n) => id(10 + n * 2));
    const held = page.filter((_, n) => n !== 7);
    // The library also holds a paper of the range the page does not show, and one of another month.
    const db = await libraryOf(...held, id(11), '2512.00001');
    const bulkGet = vi.spyOn(db.papers, 'bulkGet');
    const asked = [...page, '2512.00001', id(10)]; // with a repeat
    const rows = await rowsById(db, asked);
    expect(rows.map((row) => row?.id)).toEqual(asked.map((one) => (one === page[7] ? undefined : one)));
    expect(rows[0]).toEqual(await db.papers.get(id(10)));
    // Only the odd id of another month is read by id.
    expect(bulkGet).toHaveBeenCalledExactlyOnceWith(['2512.00001']);
  });

  it('reads held rows by id when their range holds many other papers as well', async () => {
    const page = Array.from({ length: 20 }, (_, n) => id(10 + n * 3));
    const db = await libraryOf(...page, ...page.map((one) => id(Number(one.slice(5)) + 1)));
    const bulkGet = vi.spyOn(db.papers, 'bulkGet');
    const rows = await rowsById(db, page);
    expect(rows.map((row) => row?.id)).toEqual(page);
    expect(bulkGet).toHaveBeenCalledExactlyOnceWith(page);
  });

  it('reads every id when the range is crowded with other papers', async () => {
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
