import { describe, expect, it } from 'vitest';
import { isNearDuplicate, NEAR_DUPLICATE_THRESHOLD, similarity } from '@/lib/duplicates';
import { hasShared, readSeed } from '../../shared-fixtures';

const FNA = 'Faster Neighborhood Attention: Reducing the O(n^2) Cost of Self Attention at the Threadblock Level';
const GNA = 'Generalized Neighborhood Attention: Multi-dimensional Sparse Attention at the Speed of Light';
const BAG_GLUE =
  'Bag of Tricks for Effective Language Model Pretraining and Downstream Adaptation: A Case Study on GLUE';
const BAG_LLM = 'Bag of Tricks for Inference-time Computation of LLM Reasoning';
const AIAYN_AUDIO =
  'Attention is All You Need? Good Embeddings with Statistics are enough:Large Scale Audio Understanding without Transformers/ Convolutions/ BERTs/ Mixers/ Attention/ RNNs or ....';
const GAUSSIAN =
  'Gaussian Adaptive Attention is All You Need: Robust Contextual Representations Across Multiple Modalities';
const CONFUSABLE: [string, string][] = [
  [FNA, GNA],
  [BAG_GLUE, BAG_LLM],
  [AIAYN_AUDIO, GAUSSIAN],
];

const apart = (a: { title: string; abstract?: string }, b: { title: string; abstract?: string }) => {
  expect(similarity(a, b)).toBeLessThan(NEAR_DUPLICATE_THRESHOLD);
  expect(isNearDuplicate(a, b)).toBe(false);
};
const together = (a: { title: string; abstract?: string }, b: { title: string; abstract?: string }) => {
  expect(similarity(a, b)).toBeGreaterThanOrEqual(NEAR_DUPLICATE_THRESHOLD);
  expect(isNearDuplicate(a, b)).toBe(true);
};

/** Title → abstract of every card on the seed pages. */
function seedAbstracts(): Map<string, string> {
  const map = new Map<string, string>();
  for (const n of [0, 1, 2] as const) {
    const lines = readSeed(n)
      .split('\n')
      .map((line) => line.trim())
      .filter(Boolean);
    lines.forEach((line, i) => {
      const next = lines[i + 1];
      if (next && next.length > 400 && line.length < 300) map.set(line, next);
    });
  }
  return map;
}

describe('near-duplicate similarity', () => {
  it('keeps the confusable seed pairs apart on titles, whole or main title only', () => {
    for (const [a, b] of CONFUSABLE) {
      apart({ title: a }, { title: b });
      apart({ title: a.split(/[:?]/)[0] as string }, { title: b.split(/[:?]/)[0] as string });
      apart({ title: a }, { title: b.split(':')[0] as string });
    }
  });

  it.skipIf(!hasShared)('keeps them apart with abstracts, and brings the recurring seed papers together', () => {
    const abstracts = seedAbstracts();
    const paper = (title: string) => ({ title, abstract: abstracts.get(title) });
    for (const [a, b] of CONFUSABLE) {
      expect(paper(a).abstract && paper(b).abstract).toBeTruthy();
      apart(paper(a), paper(b));
      apart(paper(a), { title: b });
    }
    const treat = 'Treat Visual Tokens as Text? But Your MLLM Only Needs Fewer Efforts to See';
    for (const title of [FNA, treat]) {
      together(paper(title), paper(title));
      together(paper(title), { title });
    }
  });

  it('matches the variants another source shows: case, punctuation, version, subtitle, a small word change', () => {
    const original = { title: FNA };
    for (const title of [
      FNA.toUpperCase(),
      FNA.replace(':', ' -').replace('O(n^2)', 'O(n2)'),
      `${FNA} (v2)`,
      `${FNA} v3`,
      'Faster Neighborhood Attention',
      FNA.replace('Faster', 'Fast'),
      FNA.replace('Neighborhood', 'Neighborohod'),
      `Towards ${FNA}`,
    ]) {
      together(original, { title });
    }
    together(
      { title: 'Truth in the Few: Data Selection for Efficient Multi-Modal Reasoning' },
      { title: 'Truth in the few: data selection for efficient multimodal reasoning.' },
    );
    together({ title: 'Pointer Networks' }, { title: 'Pointer Network' });
  });

  it('compares titles when only one side has an abstract', () => {
    const abstract =
      'Neighborhood attention reduces the cost of self attention by restricting attention to neighbors. '.repeat(3);
    together({ title: FNA, abstract }, { title: 'Faster Neighborhood Attention' });
    apart({ title: FNA, abstract }, { title: 'Generalized Neighborhood Attention' });
  });

  it('lets abstracts decide when both sides have one: a retitled paper matches, a namesake does not', () => {
    const abstract = Array.from({ length: 40 }, (_, i) => `word${i}`).join(' ');
    const other = Array.from({ length: 40 }, (_, i) => `other${i}`).join(' ');
    together({ title: 'A Completely New Title', abstract }, { title: FNA, abstract });
    apart({ title: FNA, abstract }, { title: FNA, abstract: other });
    // A snippet is not an abstract: titles decide.
    together({ title: FNA, abstract: 'Short.' }, { title: FNA, abstract: 'Other short.' });
  });

  it('keeps numbered and near-identical series papers apart', () => {
    apart(
      { title: 'Llama 2: Open Foundation and Fine-Tuned Chat Models' },
      { title: 'Llama 3: Open Foundation and Fine-Tuned Chat Models' },
    );
    apart(
      { title: 'Modified Gravity Constraints from the Full Shape Modeling of Clustering Measurements from DESI 2024' },
      { title: 'DESI 2024 VII: Cosmological Constraints from the Full-Shape Modeling of Clustering Measurements' },
    );
    apart({ title: 'Attention Is All You Need' }, { title: 'Attention Is All You Need In Speech Separation' });
  });

  it('is symmetric and 1 for identical listings', () => {
    expect(similarity({ title: FNA }, { title: GNA })).toBe(similarity({ title: GNA }, { title: FNA }));
    expect(similarity({ title: FNA }, { title: FNA })).toBe(1);
    expect(similarity({ title: '' }, { title: FNA })).toBe(0);
  });
});
