import { describe, expect, it } from 'vitest';
import { setSaved, setStatus, setTags } from '@/lib/library/edits';
import { allTags, listSaved } from '@/lib/library/query';
import { recordVisit } from '@/lib/library/visit';
import { freshDb, PAGE_A, ref, T0 } from './helpers';

async function library() {
  const db = freshDb();
  await recordVisit(db, PAGE_A, [ref('2611.09999', { title: 'Never starred' })], T0);
  for (let i = 0; i < 12; i++) {
    const id = `2611.${String(i).padStart(5, '0')}`;
    await setSaved(db, ref(id, { title: i % 2 ? `Sparse attention ${i}` : `Diffusion models ${i}` }), true, T0 + i);
    if (i % 3 === 0) await setTags(db, id, ['weekly'], T0 + 100 + i);
    if (i === 4) await setStatus(db, id, 'read', T0 + 200);
  }
  return db;
}

describe('listing the library', () => {
  it('lists starred papers only, newest first, in pages with the total', async () => {
    const db = await library();
    const first = await listSaved(db, { limit: 5 });
    expect(first.total).toBe(12);
    expect(first.papers.map((p) => p.id)).toEqual([
      '2611.00011',
      '2611.00010',
      '2611.00009',
      '2611.00008',
      '2611.00007',
    ]);
    const last = await listSaved(db, { offset: 10, limit: 5 });
    expect(last.papers.map((p) => p.id)).toEqual(['2611.00001', '2611.00000']);
  });

  it('searches words across title, authors, tags and note', async () => {
    const db = await library();
    const hits = await listSaved(db, { text: 'sparse ATTENTION 7' });
    expect(hits.papers.map((p) => p.id)).toEqual(['2611.00007']);
    expect((await listSaved(db, { text: 'lovelace' })).total).toBe(12);
  });

  it('filters by tag and by status', async () => {
    const db = await library();
    const tagged = await listSaved(db, { tag: 'weekly', limit: 2 });
    expect(tagged.total).toBe(4);
    expect(tagged.papers.map((p) => p.id)).toEqual(['2611.00009', '2611.00006']);
    expect((await listSaved(db, { status: 'read' })).papers.map((p) => p.id)).toEqual(['2611.00004']);
    expect(await allTags(db)).toEqual(['weekly']);
  });
});

describe('every tag in use', () => {
  it('lists each distinct tag once, however many papers share it, in the reader\u2019s alphabetical order', async () => {
    const db = freshDb();
    for (let i = 0; i < 9; i++) {
      const id = `2611.${String(i).padStart(5, '0')}`;
      await setSaved(db, ref(id), true, T0 + i);
      await setTags(db, id, i % 3 ? ['weekly', 'Zebra'] : ['a b', 'weekly'], T0 + i);
    }
    expect(await allTags(db)).toEqual(['a b', 'weekly', 'Zebra']);
    expect(await allTags(freshDb())).toEqual([]);
  });
});
