import { describe, expect, it, vi } from 'vitest';
import { InvalidRowError } from '@/lib/db';
import { deletePapers, restorePapers } from '@/lib/library/delete';
import {
  addTag,
  editMany,
  removeTag,
  setDismissed,
  setNote,
  setSaved,
  setStatus,
  setTags,
  UnknownPaperError,
  unsave,
} from '@/lib/library/edits';
import { recordVisit } from '@/lib/library/visit';
import type { Paper } from '@/lib/paper';
import { cleanTags } from '@/lib/tags';
import { dump, freshDb, PAGE_A, ref, T0 } from './helpers';

describe('edits', () => {
  it('stars idempotently: a retried star keeps the first savedAt', async () => {
    const db = freshDb();
    await setSaved(db, ref('2611.00001'), true, T0);
    await setSaved(db, ref('2611.00001'), true, T0 + 5000);
    expect((await db.papers.get('2611.00001'))?.savedAt).toBe(T0);
    await setSaved(db, ref('2611.00001'), false, T0 + 6000);
    expect((await db.papers.get('2611.00001'))?.savedAt).toBeUndefined();
  });

  it('a paper first stored by a star gets its near-duplicate keys and when they entered the index', async () => {
    const db = freshDb();
    const before = Date.now();
    await setSaved(db, ref('2611.00001'), true, T0);
    const row = await db.papers.get('2611.00001');
    expect(row?.dupKeys?.length).toBeGreaterThan(0);
    expect(row?.keyedAt).toBeGreaterThanOrEqual(before);
    await setSaved(db, ref('2611.00001'), false, T0 + 1);
    expect((await db.papers.get('2611.00001'))?.keyedAt).toBe(row?.keyedAt);
  });

  it('keeps everything the page knew when starring', async () => {
    const db = freshDb();
    const paper = ref('2611.00001', { abstract: 'A long abstract.', version: 3, published: '2026-11-20' });
    const saved = await setSaved(db, paper, true, T0);
    expect(saved).toMatchObject({ ...paper, savedAt: T0, tags: [], note: '', status: 'queue', dismissed: false });
  });

  it('adds and removes single tags against what is stored, so two quick adds both land', async () => {
    const db = freshDb();
    await setSaved(db, ref('2611.00001'), true, T0);
    await Promise.all([addTag(db, '2611.00001', 'llm', T0 + 1), addTag(db, '2611.00001', 'vision', T0 + 2)]);
    expect((await db.papers.get('2611.00001'))?.tags).toEqual(['llm', 'vision']);
    await addTag(db, '2611.00001', ' LLM ', T0 + 3);
    await removeTag(db, '2611.00001', 'llm', T0 + 4);
    expect((await db.papers.get('2611.00001'))?.tags).toEqual(['vision']);
  });

  it('sets tags, note, status and dismissed, stamping updatedAt', async () => {
    const db = freshDb();
    await setSaved(db, ref('2611.00001'), true, T0);
    await setTags(db, '2611.00001', [' LLM ', 'llm', 'vision'], T0 + 1);
    await setNote(db, '2611.00001', 'Read **section 3**.', T0 + 2);
    await setStatus(db, '2611.00001', 'reading', T0 + 3);
    const row = await setDismissed(db, '2611.00001', true, T0 + 4);
    expect(row).toMatchObject({
      tags: ['LLM', 'vision'],
      note: 'Read **section 3**.',
      status: 'reading',
      dismissed: true,
      updatedAt: T0 + 4,
    });
    expect((await unsave(db, '2611.00001', T0 + 5)).savedAt).toBeUndefined();
  });

  it('refuses to edit a paper the library does not have', async () => {
    const db = freshDb();
    await expect(setTags(db, 'nope', ['x'], T0)).rejects.toBeInstanceOf(UnknownPaperError);
  });

  it('cleans tags: trimmed, inner spaces collapsed, case-insensitive duplicates dropped', () => {
    expect(cleanTags(['  deep   learning ', 'Deep Learning', '', 'RL'])).toEqual(['deep learning', 'RL']);
  });

  it('edits many papers in one transaction', async () => {
    const db = freshDb();
    for (const id of ['2611.00001', '2611.00002']) await setSaved(db, ref(id), true, T0);
    const edited = await editMany(db, ['2611.00001', '2611.00002', 'missing'], T0 + 1, () => ({ status: 'read' }));
    expect(edited.map((p) => p.status)).toEqual(['read', 'read']);
  });

  it('validates every write: an invalid row is refused and nothing of its transaction is stored', async () => {
    const db = freshDb();
    await setSaved(db, ref('2611.00001'), true, T0);
    const before = await dump(db);
    await expect(
      db.transaction('rw', db.papers, async () => {
        await db.papers.update('2611.00001', { note: 'changed' });
        const row = (await db.papers.get('2611.00001')) as Paper;
        await db.papers.put({ ...row, id: '2611.00002', title: '' });
      }),
    ).rejects.toBeInstanceOf(InvalidRowError);
    expect(await dump(db)).toEqual(before);
  });
});

describe('committing an edit', () => {
  it('commits as soon as the row is put, and the row is there', async () => {
    const db = freshDb();
    const commit = vi.spyOn(IDBTransaction.prototype, 'commit');
    await setSaved(db, ref('2611.00001'), true, T0);
    await setNote(db, '2611.00001', 'read §3', T0 + 1);
    expect(commit).toHaveBeenCalledTimes(2);
    expect(await db.papers.get('2611.00001')).toMatchObject({ savedAt: T0, note: 'read §3' });
    commit.mockRestore();
  });

  it('refuses an invalid star and stores nothing of it', async () => {
    const db = freshDb();
    await setSaved(db, ref('2611.00001'), true, T0);
    const before = await dump(db);
    const hostile = { ...ref('2611.00002'), links: { abs: 'javascript:alert(1)' } };
    await expect(setSaved(db, hostile, true, T0)).rejects.toBeInstanceOf(InvalidRowError);
    expect(await dump(db)).toEqual(before);
  });

  it('inside an outer transaction, leaves the commit to it', async () => {
    const db = freshDb();
    const commit = vi.spyOn(IDBTransaction.prototype, 'commit');
    await db.transaction('rw', db.papers, async () => {
      await setSaved(db, ref('2611.00001'), true, T0);
      await setTags(db, '2611.00001', ['to read'], T0 + 1);
    });
    expect(commit).not.toHaveBeenCalled();
    expect(await db.papers.get('2611.00001')).toMatchObject({ savedAt: T0, tags: ['to read'] });
    commit.mockRestore();
  });
});

describe('delete with undo', () => {
  it('restores what was deleted, sightings included, back in the near-duplicate index from then on', async () => {
    const db = freshDb();
    await recordVisit(db, PAGE_A, [ref('2611.00001'), ref('2611.00002')], T0);
    await setSaved(db, ref('2611.00001'), true, T0 + 1);
    await setTags(db, '2611.00001', ['keep'], T0 + 2);
    const before = await dump(db);
    const snapshot = await deletePapers(db, ['2611.00001']);
    expect(await db.papers.get('2611.00001')).toBeUndefined();
    expect(await db.sightings.where('paperId').equals('2611.00001').count()).toBe(0);
    const restoredAt = Date.now();
    await restorePapers(db, snapshot);
    const after = await dump(db);
    const byKey = <T extends { id?: string; key?: string }>(rows: T[]) =>
      [...rows].sort((a, b) => String(a.id ?? a.key).localeCompare(String(b.id ?? b.key)));
    const restored = before.papers.map((paper) =>
      paper.id === '2611.00001' ? { ...paper, keyedAt: expect.any(Number) } : paper,
    );
    expect(byKey(after.papers)).toEqual(byKey(restored));
    expect((await db.papers.get('2611.00001'))?.keyedAt).toBeGreaterThanOrEqual(restoredAt);
    expect(byKey(after.sightings)).toEqual(byKey(before.sightings));
  });
});
