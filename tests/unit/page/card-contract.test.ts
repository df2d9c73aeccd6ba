// The data-margin-* contract on a site's card (card-view.ts): written whole, each attribute touched only when
// its value changes, and a contract left by an earlier copy of Margin replaced, never kept stale.
import { describe, expect, it, vi } from 'vitest';
import type { PaperState } from '@/lib/library/states';
import { type CardRecord, unmountCard, writeContract } from '@/lib/page/card-view';
import { ref } from '../library/helpers';

const NEW: PaperState = { state: 'new', seenCount: 0, tags: [], dismissed: false, topics: [], suggestions: [] };
const SEEN: PaperState = {
  ...NEW,
  state: 'seen',
  seenCount: 2,
  firstSeen: { at: Date.UTC(2026, 10, 20, 9), url: 'https://arxiv.org/list/cs.LG/new', site: 'arxiv', kind: 'new' },
};

function card(state?: PaperState): CardRecord {
  const element = document.createElement('dt');
  document.body.append(element);
  return { element, key: 'k', ref: ref('2611.00001'), state, editingTags: false };
}

const contractOf = (element: Element) =>
  Object.fromEntries(element.getAttributeNames().map((name) => [name, element.getAttribute(name)]));

function spyWrites(element: Element) {
  return { set: vi.spyOn(element, 'setAttribute'), remove: vi.spyOn(element, 'removeAttribute') };
}

describe('writeContract', () => {
  it('writes the id and the state of a new card, and nothing it does not have', () => {
    const record = card(NEW);
    const writes = spyWrites(record.element);
    writeContract(record);
    expect(contractOf(record.element)).toEqual({ 'data-margin-id': '2611.00001', 'data-margin-state': 'new' });
    expect(writes.set).toHaveBeenCalledTimes(2);
    expect(writes.remove).not.toHaveBeenCalled();
  });

  it('touches nothing when written again unchanged, and only what changed otherwise', () => {
    const record = card(NEW);
    writeContract(record);
    const writes = spyWrites(record.element);
    writeContract(record);
    expect(writes.set).not.toHaveBeenCalled();
    expect(writes.remove).not.toHaveBeenCalled();
    record.state = { ...SEEN, dismissed: true };
    writeContract(record);
    expect(contractOf(record.element)).toEqual({
      'data-margin-id': '2611.00001',
      'data-margin-state': 'seen',
      'data-margin-first-seen': '2026-11-20',
      'data-margin-dismissed': '',
    });
    expect(writes.set).toHaveBeenCalledTimes(3);
    record.state = NEW;
    writeContract(record);
    expect(contractOf(record.element)).toEqual({ 'data-margin-id': '2611.00001', 'data-margin-state': 'new' });
    expect(writes.remove).toHaveBeenCalledTimes(2);
  });

  it('replaces a contract an earlier copy of Margin left on the card (an update or reload)', () => {
    const record = card(NEW);
    record.element.setAttribute('data-margin-id', '2611.00001');
    record.element.setAttribute('data-margin-state', 'saved');
    record.element.setAttribute('data-margin-duplicate-of', '2601.00009');
    writeContract(record);
    expect(contractOf(record.element)).toEqual({ 'data-margin-id': '2611.00001', 'data-margin-state': 'new' });
  });

  it('writes the whole contract again after the card was unmounted', () => {
    const record = card(SEEN);
    writeContract(record);
    unmountCard(record);
    expect(contractOf(record.element)).toEqual({});
    writeContract(record);
    expect(contractOf(record.element)).toMatchObject({
      'data-margin-state': 'seen',
      'data-margin-first-seen': '2026-11-20',
    });
  });
});
