import { describe, expect, it } from 'vitest';
import { createTagModel, type TaggablePaper } from '@/lib/topics';

// Small papers in three areas; the learner only needs words to differ.
const P = (id: string, title: string, abstract?: string): TaggablePaper => ({ id, title, abstract });
const corpus: [TaggablePaper, string[]][] = [
  [
    P('a1', 'Sparse attention kernels for long context', 'Block sparse attention speeds up long-context prefilling.'),
    ['attention'],
  ],
  [
    P('a2', 'Linear attention at scale', 'We replace softmax attention with linear attention for long sequences.'),
    ['attention'],
  ],
  [
    P('a3', 'Attention sinks in transformers', 'Attention heads put mass on the first token: an attention sink.'),
    ['attention', 'interpretability'],
  ],
  [P('v1', 'Vision transformers for image classification', 'A ViT backbone for ImageNet classification.'), ['vision']],
  [
    P('v2', 'Object detection with convolutional backbones', 'Detection on COCO with a convolutional network.'),
    ['vision'],
  ],
  [P('v3', 'Semantic segmentation of street images', 'Dense image segmentation with a vision backbone.'), ['vision']],
  [P('r1', 'Policy gradients for robot control', 'Reinforcement learning of locomotion policies.'), ['rl']],
  [
    P('r2', 'Offline reinforcement learning from logs', 'Learning policies from offline data with a reward model.'),
    ['rl'],
  ],
  [
    P('r3', 'Reward shaping in multi-agent reinforcement learning', 'Agents learn policies with shaped rewards.'),
    ['rl'],
  ],
];
const query = P('q', 'Reinforcement learning of manipulation policies', 'A robot learns policies from rewards.');

function trained(order: number[] = corpus.map((_, i) => i)) {
  const model = createTagModel();
  for (const i of order) model.add(...(corpus[i] as [TaggablePaper, string[]]));
  return model;
}

describe('tag model', () => {
  it('suggests the tag whose papers look like the new one, with a confidence in [0, 1]', () => {
    const [first, ...rest] = trained().suggest(query, [], { minConfidence: 0, limit: 10 });
    expect(first?.tag).toBe('rl');
    expect(first?.confidence).toBeGreaterThan(0.5);
    for (const s of [first, ...rest]) expect(s?.confidence).toBeGreaterThanOrEqual(0);
    for (const s of [first, ...rest]) expect(s?.confidence).toBeLessThanOrEqual(1);
    expect(trained().suggest(P('q2', 'Attention for long context'), [])[0]?.tag).toBe('attention');
  });

  it('leaves out tags the paper has (any case), low confidences, and stops at the limit', () => {
    const model = trained();
    expect(model.suggest(query, ['RL'], { minConfidence: 0, limit: 10 }).map((s) => s.tag)).not.toContain('rl');
    expect(model.suggest(query, [], { minConfidence: 0, limit: 2 })).toHaveLength(2);
    expect(model.suggest(query, [], { minConfidence: 0.995 })).toEqual([]);
  });

  it('treats tags case-insensitively and keeps the first spelling', () => {
    const model = trained();
    model.add(P('v4', 'Image recognition'), ['VISION']);
    model.remove(P('v4', 'Image recognition'), ['Vision']);
    expect(model.tags()).toEqual([
      { tag: 'attention', papers: 3 },
      { tag: 'interpretability', papers: 1 },
      { tag: 'rl', papers: 3 },
      { tag: 'vision', papers: 3 },
    ]);
  });

  it('suggests nothing before it has learned anything, and suggesting changes nothing', () => {
    expect(createTagModel().suggest(query, [])).toEqual([]);
    const model = trained();
    const before = model.scores(query);
    model.suggest(query, []);
    expect(model.scores(query)).toEqual(before);
    expect(model.tags().map((t) => t.tag)).not.toContain('robotics');
  });

  it('is deterministic: the same pairs give identical scores whatever the order they came in', () => {
    const reference = trained().scores(query);
    expect(trained().scores(query)).toEqual(reference);
    expect(trained([8, 2, 5, 0, 7, 3, 1, 6, 4]).scores(query)).toEqual(reference);
    expect(trained().calibration()).toEqual(trained([4, 6, 1, 3, 7, 0, 5, 2, 8]).calibration());
  });

  it('learns incrementally: adding then removing leaves the model as if it never happened', () => {
    const reference = trained();
    const model = trained();
    const extra = P('x1', 'Diffusion models for video generation', 'A video diffusion model.');
    model.add(extra, ['diffusion', 'vision']);
    model.add(corpus[0]?.[0] as TaggablePaper, ['vision']);
    expect(model.scores(query)).not.toEqual(reference.scores(query));
    model.remove(extra, ['diffusion', 'vision']);
    model.remove(corpus[0]?.[0] as TaggablePaper, ['vision']);
    expect(model.size).toBe(reference.size);
    expect(model.tags()).toEqual(reference.tags());
    const got = model.scores(query);
    reference.scores(query).forEach((expected, i) => {
      expect(got[i]?.tag).toBe(expected.tag);
      expect(got[i]?.cosine).toBeCloseTo(expected.cosine, 12);
      expect(got[i]?.confidence).toBeCloseTo(expected.confidence, 12);
    });
  });

  it('forgets a paper when its last tag goes, and keys papers without an id by title', () => {
    const model = createTagModel();
    model.add({ title: 'A title only paper' }, ['x']);
    model.add({ title: 'A  TITLE only paper!' }, ['y']);
    expect(model.size).toBe(1);
    model.remove({ title: 'a title only paper' }, ['x', 'y']);
    expect(model.size).toBe(0);
    expect(model.tags()).toEqual([]);
  });
});
