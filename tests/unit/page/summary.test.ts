import { describe, expect, it } from 'vitest';
import type { PaperState } from '@/lib/library/states';
import { isHidden, summarize } from '@/lib/page/summary';

function state(over: Partial<PaperState> = {}, topics: string[] = []): PaperState {
  return {
    state: 'new',
    seenCount: 0,
    tags: [],
    dismissed: false,
    topics: topics.map((name) => ({ name, terms: [name.toLowerCase()] })),
    suggestions: [],
    ...over,
  };
}

describe('summarize', () => {
  it('counts every card, its state and dismissals; a card without a state counts only in the total', () => {
    const summary = summarize([
      state(),
      state({ state: 'seen', seenCount: 2 }),
      state({ state: 'saved', dismissed: true }),
      state({ dismissed: true }),
      undefined,
    ]);
    expect(summary).toMatchObject({ total: 5, new: 2, seen: 1, saved: 1, dismissed: 2 });
  });

  it('lists topics by count, ties in a fixed order of their names', () => {
    const summary = summarize([
      state({}, ['Vision', 'LLMs']),
      state({}, ['LLMs', 'Agents']),
      state({}, ['Retrieval', 'Vision']),
      state({}, ['Diffusion']),
    ]);
    expect(summary.topics).toEqual([
      { name: 'LLMs', count: 2 },
      { name: 'Vision', count: 2 },
      { name: 'Agents', count: 1 },
      { name: 'Diffusion', count: 1 },
      { name: 'Retrieval', count: 1 },
    ]);
  });

  it('gives the same order whatever order the cards come in', () => {
    const cards = [state({}, ['b topic']), state({}, ['A topic']), state({}, ['a topic']), state({}, ['B topic'])];
    const names = (list: (PaperState | undefined)[]) => summarize(list).topics.map((t) => t.name);
    expect(names([...cards].reverse())).toEqual(names(cards));
  });

  it('is empty for a page without cards', () => {
    expect(summarize([])).toEqual({ total: 0, new: 0, seen: 0, saved: 0, dismissed: 0, topics: [] });
  });
});

describe('isHidden', () => {
  const none = { hideSeen: false, hideDismissed: false };

  it('hides nothing without filters, and never a card without a state', () => {
    expect(isHidden(state({ state: 'seen', dismissed: true }), none)).toBe(false);
    expect(isHidden(undefined, { hideSeen: true, hideDismissed: true, onlyTopic: 'LLMs' })).toBe(false);
  });

  it('hides seen cards, dismissed cards, and cards without the chosen topic', () => {
    expect(isHidden(state({ state: 'seen' }), { ...none, hideSeen: true })).toBe(true);
    expect(isHidden(state({ state: 'saved' }), { ...none, hideSeen: true })).toBe(false);
    expect(isHidden(state({ dismissed: true }), { ...none, hideDismissed: true })).toBe(true);
    expect(isHidden(state({}, ['Vision']), { ...none, onlyTopic: 'LLMs' })).toBe(true);
    expect(isHidden(state({}, ['Vision', 'LLMs']), { ...none, onlyTopic: 'LLMs' })).toBe(false);
  });
});
