// Learned tag suggestions: trained from the reader's tags, updated when tags change, offered (never applied).
import { describe, expect, it, vi } from 'vitest';
import { deletePapers } from '@/lib/library/delete';
import { editMany, setSaved, setTags } from '@/lib/library/edits';
import { createSuggester } from '@/lib/library/suggestions';
import { paperFromRef } from '@/lib/paper';
import { freshDb, ref, T0 } from './helpers';

const RL = [
  'Policy optimization for reinforcement learning agents with sparse rewards',
  'Offline reinforcement learning with conservative Q-learning and reward shaping',
  'Reward models and policy gradients for reinforcement learning from feedback',
  'Exploration bonuses for deep reinforcement learning in sparse reward games',
  'Model-based reinforcement learning with learned dynamics and policy search',
  'Multi-agent reinforcement learning: policies, rewards and credit assignment',
];
const VISION = [
  'Image segmentation with vision transformers on dense pixel prediction',
  'Object detection in images with convolutional backbones and anchor boxes',
  'Self-supervised pretraining of vision transformers for image classification',
  'Semantic segmentation of street images with multi-scale pixel features',
  'Depth estimation from a single image with convolutional networks',
  'Image classification under distribution shift for vision backbones',
];

async function library() {
  const db = freshDb();
  const tagged = [...RL.map((title) => [title, 'rl'] as const), ...VISION.map((title) => [title, 'vision'] as const)];
  for (const [i, [title, tag]] of tagged.entries()) {
    const id = `2601.${String(i).padStart(5, '0')}`;
    await setSaved(db, ref(id, { title, abstract: title }), true, T0 + i);
    await setTags(db, id, [tag], T0 + i);
  }
  return db;
}

describe('tag suggestions', () => {
  it('offers the tag a new paper is like, with a confidence, and leaves out tags it has', async () => {
    const db = await library();
    const suggester = createSuggester(db);
    const fresh = { id: '2602.00001', title: 'Reward shaping for reinforcement learning policies', tags: [] };
    const [first] = (await suggester.suggest([fresh])).get('2602.00001') ?? [];
    expect(first?.tag).toBe('rl');
    expect(first?.confidence).toBeGreaterThan(0.4);
    expect(
      (await suggester.suggest([{ ...fresh, tags: ['rl'] }])).get('2602.00001')?.map((s) => s.tag) ?? [],
    ).not.toContain('rl');
  });

  it('learns again when tags change, and never tags anything by itself', async () => {
    const db = await library();
    const suggester = createSuggester(db);
    const fresh = { id: '2602.00001', title: 'Segmentation of images with vision transformers', tags: [] };
    expect((await suggester.suggest([fresh])).get('2602.00001')?.[0]?.tag).toBe('vision');
    const vision = await db.papers.where('tags').equals('vision').primaryKeys();
    for (const [i, id] of vision.entries()) await setTags(db, id, ['pixels'], T0 + 100 + i);
    const after = (await suggester.suggest([fresh])).get('2602.00001')?.map((s) => s.tag) ?? [];
    expect(after).not.toContain('vision');
    expect(after[0]).toBe('pixels');
    expect(await db.papers.get('2602.00001')).toBeUndefined();
  });

  it('learns again when the library page retags papers in bulk, writing the database directly', async () => {
    const db = await library();
    const suggester = createSuggester(db);
    const fresh = { id: '2602.00001', title: 'Reward shaping for reinforcement learning policies', tags: [] };
    expect((await suggester.suggest([fresh])).get('2602.00001')?.[0]?.tag).toBe('rl');
    const rl = await db.papers.where('tags').equals('rl').primaryKeys();
    await editMany(db, rl, T0 + 500, () => ({ tags: ['agents'] }));
    const after = (await suggester.suggest([fresh])).get('2602.00001')?.map((s) => s.tag) ?? [];
    expect(after[0]).toBe('agents');
    expect(after).not.toContain('rl');
  });

  it('forgets the tags of deleted papers, though no edit stamped anything', async () => {
    const db = await library();
    const suggester = createSuggester(db);
    const fresh = { id: '2602.00001', title: 'Reward shaping for reinforcement learning policies', tags: [] };
    expect((await suggester.suggest([fresh])).get('2602.00001')?.[0]?.tag).toBe('rl');
    await deletePapers(db, await db.papers.where('tags').equals('rl').primaryKeys());
    const after = (await suggester.suggest([fresh])).get('2602.00001')?.map((s) => s.tag) ?? [];
    expect(after).not.toContain('rl');
  });

  it('reads the tag index a tag at a time, never stepping through the papers that carry a tag', async () => {
    const db = await library();
    const suggester = createSuggester(db);
    await suggester.sync();
    await db.papers.put(paperFromRef(ref('2602.00002'), T0 + 1_000)); // a visit adding a paper
    const steps = vi.spyOn(IDBCursor.prototype, 'continue');
    await suggester.sync();
    const onTags = steps.mock.contexts.filter((cursor) => ((cursor as IDBCursor).source as IDBIndex).name === 'tags');
    // Six papers carry each of the two tags: a walk of the index would step through twelve entries.
    expect(onTags.length).toBeLessThan(2);
  });

  it("gives the library's tags as it read them, read with their papers in one transaction", async () => {
    const db = await library();
    const suggester = createSuggester(db);
    expect(await suggester.sync()).toEqual(['rl', 'vision']);
    const stores = vi.spyOn(IDBTransaction.prototype, 'objectStore');
    expect(await suggester.sync()).toEqual(['rl', 'vision']);
    expect(new Set(stores.mock.contexts).size).toBe(1);
  });

  it('reads no paper rows again when only untagged papers changed (a visit adding new papers)', async () => {
    const db = await library();
    const suggester = createSuggester(db);
    const fresh = { id: '2602.00001', title: 'Reward shaping for reinforcement learning policies', tags: [] };
    const before = await suggester.suggest([fresh]);
    await db.papers.put(paperFromRef(ref('2602.00002'), T0 + 1_000));
    const reads = vi.spyOn(db.papers, 'bulkGet');
    expect(await suggester.suggest([fresh])).toEqual(before);
    expect(reads).not.toHaveBeenCalled();
  });

  it('answers callers that ask at the same time from the same, fully learned model', async () => {
    const db = await library();
    const suggester = createSuggester(db);
    const fresh = { id: '2602.00001', title: 'Reward shaping for reinforcement learning policies', tags: [] };
    const [a, b] = await Promise.all([suggester.suggest([fresh]), suggester.suggest([fresh])]);
    expect(a.get('2602.00001')?.[0]?.tag).toBe('rl');
    expect(b).toEqual(a);
  });

  it('says nothing while the library has too few tagged papers', async () => {
    const db = freshDb();
    await setSaved(db, ref('2601.00001', { title: RL[0] }), true, T0);
    await setTags(db, '2601.00001', ['rl'], T0);
    const suggester = createSuggester(db);
    expect((await suggester.suggest([{ id: 'x', title: RL[1] as string, tags: [] }])).size).toBe(0);
  });
});
