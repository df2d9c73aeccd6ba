// The plural stemmer shared by topic features and near-duplicate keys (stored keys depend on it).
import { describe, expect, it } from 'vitest';
import { stem } from '@/lib/topics/tokens';

describe('stem', () => {
  it.each([
    ['models', 'model'],
    ['studies', 'study'],
    ['analyses', 'analyse'],
    ['classes', 'class'],
    ['transformer', 'transformer'],
    ['glass', 'glass'],
    ['focus', 'focus'],
    ['physics', 'physics'],
    ['analysis', 'analysis'],
    ['lies', 'lie'],
    ['gas', 'gas'],
    ['llms', 'llm'],
  ])('%s → %s', (word, stemmed) => {
    expect(stem(word)).toBe(stemmed);
  });
});
