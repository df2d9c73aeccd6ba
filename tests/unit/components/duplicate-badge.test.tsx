import { render } from '@testing-library/preact';
import { describe, expect, it } from 'vitest';
import { StateBadge } from '@/components/StateBadge';
import type { PaperState } from '@/lib/library/states';
import { type CardRecord, writeContract } from '@/lib/page/card-view';
import { ref } from '../library/helpers';

const base: PaperState = { state: 'new', seenCount: 0, tags: [], dismissed: false, topics: [], suggestions: [] };

describe('StateBadge: possible duplicate', () => {
  it('links the other paper beside the state badge', () => {
    const { container } = render(
      <StateBadge
        state={{
          ...base,
          duplicateOf: {
            id: '2601.00001',
            title: 'Generalized Neighborhood Attention',
            url: 'https://arxiv.org/abs/2601.00001',
          },
        }}
        now={Date.UTC(2026, 10, 23)}
      />,
    );
    expect(container.querySelector('[data-margin-badge="new"]')).not.toBeNull();
    const badge = container.querySelector('[data-margin-badge="duplicate"]');
    expect(badge?.textContent).toBe('Possible duplicate of Generalized Neighborhood Attention');
    const link = badge?.querySelector('a');
    expect(link?.getAttribute('href')).toBe('https://arxiv.org/abs/2601.00001');
    expect(link?.getAttribute('rel')).toBe('noopener noreferrer');
  });

  it('names a paper without a link, shortening a long title (full title on hover)', () => {
    const title = `A ${'very '.repeat(20)}long title`;
    const { container } = render(<StateBadge state={{ ...base, duplicateOf: { id: 'title:abc', title } }} now={0} />);
    const badge = container.querySelector('[data-margin-badge="duplicate"]');
    expect(badge?.querySelector('a')).toBeNull();
    expect(badge?.querySelector('[title]')?.getAttribute('title')).toBe(title);
    expect(badge?.textContent?.endsWith('…')).toBe(true);
  });

  it('shows a hostile title as text', () => {
    const title = '<img src=x onerror=alert(1)>';
    const { container } = render(<StateBadge state={{ ...base, duplicateOf: { id: 'x', title } }} now={0} />);
    expect(container.querySelector('img')).toBeNull();
    expect(container.querySelector('[data-margin-badge="duplicate"]')?.textContent).toContain(title);
  });
});

describe('DOM contract: data-margin-duplicate-of', () => {
  const record = (state: PaperState): CardRecord => {
    const element = document.createElement('article');
    return {
      element,
      key: 'k',
      ref: ref('2601.00002', { title: 'A repost' }),
      state,
      editingTags: false,
    };
  };

  it("carries the other paper's id on the site's card while the duplicate stands, and goes when it does not", () => {
    const card = record({ ...base, duplicateOf: { id: '2601.00001', title: 'The original' } });
    writeContract(card);
    expect(card.element.getAttribute('data-margin-duplicate-of')).toBe('2601.00001');
    card.state = base;
    writeContract(card);
    expect(card.element.hasAttribute('data-margin-duplicate-of')).toBe(false);
  });
});
