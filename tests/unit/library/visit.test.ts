import { describe, expect, it } from 'vitest';
import { setSaved } from '@/lib/library/edits';
import { lookUpStates, recordVisit } from '@/lib/library/visit';
import { freshDb, PAGE_A, PAGE_B, ref, T0 } from './helpers';

describe('recordVisit', () => {
  it('answers 2000 papers in one call and writes one paper row and one sighting each', async () => {
    const db = freshDb();
    const refs = Array.from({ length: 2000 }, (_, i) => ref(`2611.${String(i).padStart(5, '0')}`));
    const states = await recordVisit(db, PAGE_B, refs, T0);
    expect(Object.keys(states)).toHaveLength(2000);
    expect(await db.papers.count()).toBe(2000);
    expect(await db.sightings.count()).toBe(2000);
  });

  it('gives each paper its topic chips with the matched terms, and stores the topic names for the library', async () => {
    const db = freshDb();
    const paper = ref('2611.00001', {
      title: 'Speculative decoding for large language models',
      subjects: [{ code: 'astro-ph.GA' }],
    });
    const states = await recordVisit(db, PAGE_B, [paper], T0);
    const names = states['2611.00001']?.topics.map((t) => t.name);
    expect(names).toEqual(expect.arrayContaining(['LLMs', 'Efficiency & sparsity']));
    expect(states['2611.00001']?.topics.find((t) => t.name === 'LLMs')?.terms).toEqual(['large language models']);
    expect((await db.papers.get('2611.00001'))?.topics).toEqual(names);
  });

  it('applies the reader\u2019s own topics, on a visit and on a later look-up', async () => {
    const db = freshDb();
    const paper = ref('2611.00001', { title: 'Gaussian splats for city-scale scenes', subjects: [] });
    const mine = [{ name: 'Splatting', keywords: ['splats'] }];
    const visit = await recordVisit(db, PAGE_B, [paper], T0, mine);
    expect(visit['2611.00001']?.topics.map((t) => t.name)).toContain('Splatting');
    const before = await lookUpStates(db, PAGE_B.url, ['2611.00001'], T0 + 1);
    expect(before['2611.00001']?.topics.map((t) => t.name)).not.toContain('Splatting');
    const after = await lookUpStates(db, PAGE_B.url, ['2611.00001'], T0 + 1, mine);
    expect(after['2611.00001']?.topics).toContainEqual({ name: 'Splatting', terms: ['splats'] });
  });

  it('reports saved papers as saved, with their tags', async () => {
    const db = freshDb();
    await setSaved(db, ref('2611.00001'), true, T0);
    await db.papers.update('2611.00001', { tags: ['to-read'] });
    const states = await recordVisit(db, PAGE_A, [ref('2611.00001')], T0 + 1);
    expect(states['2611.00001']).toMatchObject({ state: 'saved', tags: ['to-read'] });
  });

  it('refreshes metadata without erasing what a richer page gave', async () => {
    const db = freshDb();
    await recordVisit(db, PAGE_B, [ref('2611.00001', { abstract: 'We study things.', version: 2 })], T0);
    await recordVisit(db, PAGE_A, [ref('2611.00001', { abstract: undefined, authors: [], subjects: [] })], T0 + 1);
    const row = await db.papers.get('2611.00001');
    expect(row).toMatchObject({ abstract: 'We study things.', version: 2, authors: ['Ada Lovelace', 'Alan Turing'] });
    expect(row?.subjects).toHaveLength(1);
  });

  it('looks states up without recording anything', async () => {
    const db = freshDb();
    await recordVisit(db, PAGE_A, [ref('2611.00001')], T0);
    const states = await lookUpStates(db, PAGE_B.url, ['2611.00001', '2611.99999'], T0 + 1);
    expect(states['2611.00001']?.state).toBe('seen');
    expect(states['2611.99999']?.state).toBe('new');
    expect(await db.sightings.count()).toBe(1);
  });
});
