import { describe, expect, it } from 'vitest';
import { recordVisit } from '@/lib/library/visit';
import { DAY, freshDb, PAGE_A, PAGE_B, ref, T0 } from './helpers';

describe('the seen rule', () => {
  it('keeps papers new on their first page, and on the same page reloaded the same day', async () => {
    const db = freshDb();
    const first = await recordVisit(db, PAGE_A, [ref('2611.00001')], T0);
    expect(first['2611.00001']?.state).toBe('new');
    const reload = await recordVisit(db, PAGE_A, [ref('2611.00001')], T0 + 60_000);
    expect(reload['2611.00001']).toMatchObject({ state: 'new', seenCount: 1 });
    expect(reload['2611.00001']?.firstSeen).toBeUndefined();
  });

  it('marks a paper seen on a different page the same day, with where and when it was first seen', async () => {
    const db = freshDb();
    await recordVisit(db, PAGE_A, [ref('2611.00001')], T0);
    const states = await recordVisit(db, PAGE_B, [ref('2611.00001'), ref('2611.00002')], T0 + 3_600_000);
    expect(states['2611.00001']).toMatchObject({
      state: 'seen',
      seenCount: 1,
      firstSeen: { at: T0, url: PAGE_A.url, site: 'huggingface', kind: 'daily' },
    });
    expect(states['2611.00002']?.state).toBe('new');
  });

  it('marks a paper seen on the same page on a later day', async () => {
    const db = freshDb();
    await recordVisit(db, PAGE_B, [ref('2611.00001')], T0);
    const nextDay = await recordVisit(db, PAGE_B, [ref('2611.00001')], T0 + DAY);
    expect(nextDay['2611.00001']).toMatchObject({ state: 'seen', firstSeen: { at: T0 } });
  });

  it('counts one sighting per page and day, so a retried visit changes nothing', async () => {
    const db = freshDb();
    await recordVisit(db, PAGE_A, [ref('2611.00001')], T0);
    await recordVisit(db, PAGE_A, [ref('2611.00001')], T0 + 1000);
    await recordVisit(db, PAGE_B, [ref('2611.00001')], T0 + 2000);
    await recordVisit(db, PAGE_B, [ref('2611.00001')], T0 + DAY);
    expect(await db.sightings.count()).toBe(3);
    const paper = await db.papers.get('2611.00001');
    expect(paper?.seen).toMatchObject({ count: 3, firstAt: T0, lastAt: T0 + DAY, firstUrl: PAGE_A.url });
  });

  it('a paper first seen on this page today, then on another page today, is seen when this page is reloaded', async () => {
    const db = freshDb();
    await recordVisit(db, PAGE_A, [ref('2611.00001')], T0);
    await recordVisit(db, PAGE_B, [ref('2611.00001')], T0 + 1000);
    const reloadA = await recordVisit(db, PAGE_A, [ref('2611.00001')], T0 + 2000);
    expect(reloadA['2611.00001']?.state).toBe('seen');
  });

  it('treats URLs that differ only in paging size, hash or tracking as the same page', async () => {
    const db = freshDb();
    const url = 'https://arxiv.org/list/astro-ph/pastweek?show=1000';
    await recordVisit(db, { url, site: 'arxiv', kind: 'pastweek' }, [ref('2611.00001')], T0);
    const same = await recordVisit(
      db,
      { url: 'https://arxiv.org/list/astro-ph/pastweek?show=2000&utm_source=x#item3', site: 'arxiv', kind: 'pastweek' },
      [ref('2611.00001')],
      T0 + 1000,
    );
    expect(same['2611.00001']?.state).toBe('new');
  });

  it('stores the same paper listed twice on a page once', async () => {
    const db = freshDb();
    const states = await recordVisit(db, PAGE_B, [ref('2611.00001'), ref('2611.00001', { section: 'cross' })], T0);
    expect(Object.keys(states)).toEqual(['2611.00001']);
    expect(await db.sightings.count()).toBe(1);
  });
});
