import { describe, expect, it, vi } from 'vitest';
import { classifyError } from '@/lib/library/errors';
import { createLibraryService } from '@/lib/library/service';
import { DEFAULT_SETTINGS } from '@/lib/settings';
import { freshDb, PAGE_A, ref, T0 } from './helpers';

/** Requests as a tab's content script sends them. */
const TAB = { tabId: 7 };

function service() {
  const db = freshDb();
  const wiring = {
    db: () => db,
    now: () => T0,
    notifyPapers: vi.fn(async () => {}),
    notifySettings: vi.fn(async () => {}),
    notifyTab: vi.fn(async (_tabId: number, _message: string) => {}),
    openLibrary: vi.fn(async () => {}),
  };
  return { db, wiring, handlers: createLibraryService(wiring) };
}

describe('the library service', () => {
  it('answers a page visit with states, settings and the library tags in one reply', async () => {
    const { handlers } = service();
    const reply = await handlers.visitPage({ page: PAGE_A, papers: [ref('2611.00001')] }, TAB);
    expect(reply.states['2611.00001']?.state).toBe('new');
    expect(reply.settings).toEqual(DEFAULT_SETTINGS);
    expect(reply.tags).toEqual([]);
  });

  it('checks a visit paper by paper: a card the page made invalid is refused alone, with its problem', async () => {
    const { handlers, db } = service();
    const hostile = { ...ref('2611.00002'), pageUrl: 'javascript:alert(1)' };
    const reply = await handlers.visitPage({ page: PAGE_A, papers: [ref('2611.00001'), hostile, { title: 7 }] }, TAB);
    expect(Object.keys(reply.states)).toEqual(['2611.00001']);
    expect(reply.rejected.map((r) => r.index)).toEqual([1, 2]);
    expect(reply.rejected[0]?.problem).toMatch(/^pageUrl: /);
    expect((await db.papers.toArray()).map((p) => p.id)).toEqual(['2611.00001']);
  });

  it('answers a visit before its writes end; a write that fails after the answer is told to the tab', async () => {
    const { handlers, db, wiring } = service();
    const quota = Object.assign(new Error('QuotaExceededError'), { name: 'QuotaExceededError' });
    const write = vi.spyOn(db.sightings, 'bulkPut').mockRejectedValue(quota);
    const reply = await handlers.visitPage({ page: PAGE_A, papers: [ref('2611.00001')] }, TAB);
    expect(reply.states['2611.00001']?.state).toBe('new');
    await vi.waitFor(() => expect(wiring.notifyTab).toHaveBeenCalled());
    expect(wiring.notifyTab).toHaveBeenCalledWith(7, expect.stringMatching(/could not record .* storage is full/i));
    // The visit's transaction was undone whole: no paper without its sighting.
    expect(await db.papers.count()).toBe(0);
    write.mockRestore();
    const again = await handlers.visitPage({ page: PAGE_A, papers: [ref('2611.00001')] }, TAB);
    expect(again.states['2611.00001']?.state).toBe('new');
    expect(await db.sightings.count()).toBe(1);
  });

  it('fails a visit whose states cannot be read, with the reason in the reply', async () => {
    const { handlers, db, wiring } = service();
    const closed = Object.assign(new Error('IndexedDB is not available'), { name: 'MissingAPIError' });
    vi.spyOn(db.papers, 'bulkGet').mockRejectedValue(closed);
    await expect(handlers.visitPage({ page: PAGE_A, papers: [ref('2611.00001')] }, TAB)).rejects.toThrow(
      'IndexedDB is not available',
    );
    expect(wiring.notifyTab).not.toHaveBeenCalled();
  });

  it('stars, tags and dismisses, telling every open page', async () => {
    const { handlers, wiring } = service();
    expect(await handlers.setSaved({ paper: ref('2611.00001'), saved: true }, TAB)).toEqual({
      id: '2611.00001',
      saved: true,
      tags: [],
      dismissed: false,
    });
    expect(await handlers.setTags({ paper: ref('2611.00002'), tags: ['rl'] }, TAB)).toMatchObject({
      saved: true,
      tags: ['rl'],
    });
    expect(await handlers.setDismissed({ paper: ref('2611.00003'), dismissed: true }, TAB)).toMatchObject({
      saved: false,
      dismissed: true,
    });
    expect(wiring.notifyPapers).toHaveBeenCalledTimes(3);
  });

  it('suggests tags learned from the reader’s tags for papers of the library, leaving out tags they have', async () => {
    const { handlers } = service();
    const tagged = [
      ['2601.00001', 'Policy optimization for reinforcement learning agents with sparse rewards', 'rl'],
      ['2601.00002', 'Offline reinforcement learning with conservative Q-learning and reward shaping', 'rl'],
      ['2601.00003', 'Reward models and policy gradients for reinforcement learning from feedback', 'rl'],
      ['2601.00004', 'Image segmentation with vision transformers on dense pixel prediction', 'vision'],
      ['2601.00005', 'Object detection in images with convolutional backbones and anchor boxes', 'vision'],
      ['2601.00006', 'Self-supervised pretraining of vision transformers for image classification', 'vision'],
    ] as const;
    for (const [id, title, tag] of tagged) await handlers.setTags({ paper: ref(id, { title }), tags: [tag] }, TAB);
    const title = 'Exploration bonuses for deep reinforcement learning policies with sparse rewards';
    await handlers.visitPage({ page: PAGE_A, papers: [ref('2602.00001', { title })] }, TAB);
    const reply = await handlers.suggestTags({ paperIds: ['2602.00001', '2601.00001', '2699.99999'] }, TAB);
    expect(reply['2602.00001']?.[0]).toEqual({ tag: 'rl', confidence: expect.any(Number) });
    expect(reply['2602.00001']?.[0]?.confidence).toBeGreaterThanOrEqual(0.4);
    expect(reply['2601.00001']?.map((s) => s.tag) ?? []).not.toContain('rl');
    expect(reply['2699.99999']).toEqual([]);
    await handlers.setTags({ paper: ref('2602.00001', { title }), tags: ['rl'] }, TAB);
    expect(
      (await handlers.suggestTags({ paperIds: ['2602.00001'] }, TAB))['2602.00001']?.map((s) => s.tag),
    ).not.toContain('rl');
  });

  it('remembers view choices per site and tells open pages', async () => {
    const { handlers, wiring } = service();
    const settings = await handlers.setViewPrefs(
      { site: 'arxiv', prefs: { hideSeen: true, hideDismissed: false } },
      TAB,
    );
    expect(settings.view.arxiv.hideSeen).toBe(true);
    expect(settings.view.huggingface.hideSeen).toBe(false);
    expect(wiring.notifySettings).toHaveBeenCalledWith(settings);
  });
});

describe('error messages', () => {
  it('says plainly when storage is full or unavailable', () => {
    const quota = Object.assign(new Error('QuotaExceededError'), { name: 'QuotaExceededError' });
    expect(classifyError(quota)).toMatchObject({ code: 'storage-full', message: expect.stringContaining('full') });
    const closed = Object.assign(new Error('IndexedDB is not available'), { name: 'MissingAPIError' });
    expect(classifyError(closed)).toMatchObject({ code: 'storage-unavailable' });
    const wrapped = Object.assign(new Error('AbortError'), { name: 'AbortError', inner: quota });
    expect(classifyError(wrapped).code).toBe('storage-full');
  });
});
