import { describe, expect, it, vi } from 'vitest';
import { classifyError } from '@/lib/library/errors';
import { createLibraryService } from '@/lib/library/service';
import { DEFAULT_SETTINGS } from '@/lib/settings';
import { freshDb, PAGE_A, ref, T0 } from './helpers';

function service() {
  const db = freshDb();
  const wiring = {
    db: () => db,
    now: () => T0,
    notifyPapers: vi.fn(async () => {}),
    notifySettings: vi.fn(async () => {}),
    openLibrary: vi.fn(async () => {}),
  };
  return { db, wiring, handlers: createLibraryService(wiring) };
}

describe('the library service', () => {
  it('answers a page visit with states, settings and the library tags in one reply', async () => {
    const { handlers } = service();
    const reply = await handlers.visitPage({ page: PAGE_A, papers: [ref('2611.00001')] });
    expect(reply.states['2611.00001']?.state).toBe('new');
    expect(reply.settings).toEqual(DEFAULT_SETTINGS);
    expect(reply.tags).toEqual([]);
  });

  it('checks a visit paper by paper: a card the page made invalid is refused alone, with its problem', async () => {
    const { handlers, db } = service();
    const hostile = { ...ref('2611.00002'), pageUrl: 'javascript:alert(1)' };
    const reply = await handlers.visitPage({ page: PAGE_A, papers: [ref('2611.00001'), hostile, { title: 7 }] });
    expect(Object.keys(reply.states)).toEqual(['2611.00001']);
    expect(reply.rejected.map((r) => r.index)).toEqual([1, 2]);
    expect(reply.rejected[0]?.problem).toMatch(/^pageUrl: /);
    expect((await db.papers.toArray()).map((p) => p.id)).toEqual(['2611.00001']);
  });

  it('stars, tags and dismisses, telling every open page', async () => {
    const { handlers, wiring } = service();
    expect(await handlers.setSaved({ paper: ref('2611.00001'), saved: true })).toEqual({
      id: '2611.00001',
      saved: true,
      tags: [],
      dismissed: false,
    });
    expect(await handlers.setTags({ paper: ref('2611.00002'), tags: ['rl'] })).toMatchObject({
      saved: true,
      tags: ['rl'],
    });
    expect(await handlers.setDismissed({ paper: ref('2611.00003'), dismissed: true })).toMatchObject({
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
    for (const [id, title, tag] of tagged) await handlers.setTags({ paper: ref(id, { title }), tags: [tag] });
    const title = 'Exploration bonuses for deep reinforcement learning policies with sparse rewards';
    await handlers.visitPage({ page: PAGE_A, papers: [ref('2602.00001', { title })] });
    const reply = await handlers.suggestTags({ paperIds: ['2602.00001', '2601.00001', '2699.99999'] });
    expect(reply['2602.00001']?.[0]).toEqual({ tag: 'rl', confidence: expect.any(Number) });
    expect(reply['2602.00001']?.[0]?.confidence).toBeGreaterThanOrEqual(0.4);
    expect(reply['2601.00001']?.map((s) => s.tag) ?? []).not.toContain('rl');
    expect(reply['2699.99999']).toEqual([]);
    await handlers.setTags({ paper: ref('2602.00001', { title }), tags: ['rl'] });
    expect((await handlers.suggestTags({ paperIds: ['2602.00001'] }))['2602.00001']?.map((s) => s.tag)).not.toContain(
      'rl',
    );
  });

  it('remembers view choices per site and tells open pages', async () => {
    const { handlers, wiring } = service();
    const settings = await handlers.setViewPrefs({ site: 'arxiv', prefs: { hideSeen: true, hideDismissed: false } });
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
