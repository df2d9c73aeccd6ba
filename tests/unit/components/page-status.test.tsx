import { render, screen } from '@testing-library/preact';
import { describe, expect, it } from 'vitest';
import { PageStatus } from '@/components/popup/PageStatus';
import type { Diagnostics } from '@/lib/messages';
import { expectShownAsText, HOSTILE } from './helpers';

/** What the annotator reports for a page where its adapter matched but found no card. */
const NO_PAPERS = "0 papers found — the site's layout may have changed. Margin could not read this page.";

function diagnostics(overrides: Partial<Diagnostics> = {}): Diagnostics {
  return {
    adapter: 'Hugging Face Daily Papers',
    kind: 'daily',
    url: 'https://huggingface.co/papers',
    papers: 31,
    unreadable: 0,
    ids: [],
    counts: { new: 24, seen: 5, saved: 2, dismissed: 1 },
    ...overrides,
  };
}

const status = (container: Element) => container.querySelector('.page-status');

describe('PageStatus', () => {
  it('says it is looking while the tab has not answered', () => {
    const { container } = render(<PageStatus diagnostics={undefined} />);
    expect(container.textContent).toBe('Looking at this tab…');
  });

  it('says Margin does not work on a tab without its content script', () => {
    const { container } = render(<PageStatus diagnostics={null} />);
    expect(status(container)?.getAttribute('data-margin-diagnostics')).toBe('none');
    expect(container.textContent).toBe(
      'Margin works on Hugging Face Daily Papers and arXiv listings; this tab is neither.',
    );
  });

  it('says the same when no adapter matched the page', () => {
    const { container } = render(<PageStatus diagnostics={diagnostics({ adapter: null, kind: null, papers: 0 })} />);
    expect(status(container)?.getAttribute('data-margin-diagnostics')).toBe('none');
    expect(container.textContent).toContain('this tab is neither');
  });

  it('names the adapter and page kind, and counts papers by state', () => {
    const { container } = render(<PageStatus diagnostics={diagnostics()} />);
    expect(status(container)?.getAttribute('data-margin-diagnostics')).toBe('ok');
    expect(container.querySelector('strong')?.textContent).toBe('Hugging Face Daily Papers');
    expect(container.textContent).toBe(
      'Hugging Face Daily Papers (daily): 31 papers found · 24 new · 5 seen · 2 saved',
    );
    expect(screen.queryByRole('alert')).toBeNull();
  });

  it('warns, as an alert, when a page it should read shows 0 papers', () => {
    const { container } = render(
      <PageStatus
        diagnostics={diagnostics({
          adapter: 'arXiv',
          kind: 'new',
          papers: 0,
          counts: { new: 0, seen: 0, saved: 0, dismissed: 0 },
          warning: NO_PAPERS,
        })}
      />,
    );
    expect(status(container)?.getAttribute('data-margin-diagnostics')).toBe('warning');
    expect(container.textContent).toContain('arXiv (new): 0 papers found');
    expect(container.textContent).not.toContain('0 new');
    expect(screen.getByRole('alert').textContent).toBe(NO_PAPERS);
    expect(screen.getByRole('alert').textContent).toContain("0 papers found — the site's layout may have changed");
  });

  it('says how many cards it could not read', () => {
    render(<PageStatus diagnostics={diagnostics({ unreadable: 3 })} />);
    expect(screen.getByText('3 cards could not be read on this page.')).toBeTruthy();
  });

  it('shows the last error on the page as an alert', () => {
    render(<PageStatus diagnostics={diagnostics({ error: 'Storage is full: the star was not saved.' })} />);
    expect(screen.getByRole('alert').textContent).toBe('Storage is full: the star was not saved.');
  });

  it('shows page-supplied text as text', () => {
    const { container } = render(
      <PageStatus diagnostics={diagnostics({ kind: HOSTILE, warning: HOSTILE, error: HOSTILE })} />,
    );
    expectShownAsText(container);
    expect(screen.getAllByRole('alert').map((a) => a.textContent)).toEqual([HOSTILE, HOSTILE]);
  });
});
