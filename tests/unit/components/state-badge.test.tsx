// New / seen / saved badges. The duplicate badge has its own file (duplicate-badge.test.tsx).
import { render, screen } from '@testing-library/preact';
import { describe, expect, it } from 'vitest';
import { StateBadge, truncate } from '@/components/StateBadge';
import { DAY, expectShownAsText, HOSTILE, NOW, paperState } from './helpers';

const badges = (container: Element) =>
  [...container.querySelectorAll('[data-margin-badge]')].map((b) => b.getAttribute('data-margin-badge'));

describe('StateBadge', () => {
  it('says New for a paper never seen before', () => {
    const { container } = render(<StateBadge state={paperState()} now={NOW} />);
    expect(badges(container)).toEqual(['new']);
    expect(container.textContent).toBe('New');
  });

  it('says when and where a seen paper was first seen, and how often', () => {
    const { container } = render(
      <StateBadge
        state={paperState({
          state: 'seen',
          seenCount: 3,
          firstSeen: {
            at: NOW - 3 * DAY,
            url: 'https://huggingface.co/papers/date/2026-11-20',
            site: 'huggingface',
            kind: 'daily',
          },
        })}
        now={NOW}
      />,
    );
    expect(badges(container)).toEqual(['seen']);
    const badge = screen.getByText(/^Seen/);
    expect(badge.textContent).toBe('Seen Nov 20 on HF daily, 3×');
    // Hovering tells the exact page.
    expect(badge.getAttribute('title')).toBe('https://huggingface.co/papers/date/2026-11-20');
  });

  it('leaves out the count for a paper seen once, and names the year when it is not this year', () => {
    const { container } = render(
      <StateBadge
        state={paperState({
          state: 'seen',
          seenCount: 1,
          firstSeen: { at: Date.UTC(2025, 11, 8), url: 'https://arxiv.org/list/cs.LG/new', site: 'arxiv', kind: 'new' },
        })}
        now={NOW}
      />,
    );
    expect(container.textContent).toBe('Seen Dec 8, 2025 on arXiv new');
  });

  it('shows a saved paper with its tags', () => {
    const { container } = render(
      <StateBadge state={paperState({ state: 'saved', tags: ['llm', 'to-cite'] })} now={NOW} />,
    );
    expect(badges(container)).toEqual(['saved']);
    expect(container.textContent).toBe('Saved · #llm #to-cite');
  });

  it('shows a saved paper without tags as just Saved', () => {
    const { container } = render(<StateBadge state={paperState({ state: 'saved', seenCount: 4 })} now={NOW} />);
    expect(container.textContent).toBe('Saved');
  });

  it('shows one badge only: saved wins over seen', () => {
    const { container } = render(
      <StateBadge
        state={paperState({
          state: 'saved',
          seenCount: 2,
          firstSeen: { at: NOW - DAY, url: 'https://arxiv.org/list/cs.LG/new', site: 'arxiv', kind: 'new' },
        })}
        now={NOW}
      />,
    );
    expect(badges(container)).toEqual(['saved']);
  });

  it('shows hostile tag text and page URLs as text', () => {
    const { container } = render(<StateBadge state={paperState({ state: 'saved', tags: [HOSTILE] })} now={NOW} />);
    expectShownAsText(container);
    expect(container.textContent).toBe(`Saved · #${HOSTILE}`);

    const seen = render(
      <StateBadge
        state={paperState({
          state: 'seen',
          seenCount: 2,
          firstSeen: { at: NOW - DAY, url: `https://arxiv.org/"${HOSTILE}`, site: 'arxiv', kind: 'new' },
        })}
        now={NOW}
      />,
    );
    expect(seen.container.querySelector('img')).toBeNull();
    expect(screen.getByText(/^Seen/).getAttribute('title')).toBe(`https://arxiv.org/"${HOSTILE}`);
  });
});

describe('truncate', () => {
  it('keeps short text and cuts long text to the limit with an ellipsis', () => {
    expect(truncate('short', 10)).toBe('short');
    expect(truncate('exactly10!', 10)).toBe('exactly10!');
    expect(truncate('eleven chars', 10)).toBe('eleven ch…');
    expect(truncate('eleven chars', 10)).toHaveLength(10);
  });
});
