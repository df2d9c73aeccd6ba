import { fireEvent, render, screen } from '@testing-library/preact';
import { describe, expect, it, vi } from 'vitest';
import { SummaryBar } from '@/components/SummaryBar';
import type { PageSummary } from '@/lib/page/summary';
import type { ViewPrefs } from '@/lib/settings';
import { expectShownAsText, HOSTILE } from './helpers';

const SUMMARY: PageSummary = {
  total: 31,
  new: 24,
  seen: 5,
  saved: 2,
  dismissed: 3,
  topics: [
    { name: 'LLMs', count: 12 },
    { name: 'Vision', count: 4 },
  ],
};
const PREFS: ViewPrefs = { hideSeen: false, hideDismissed: false };

function renderBar(summary = SUMMARY, prefs = PREFS) {
  const onChange = vi.fn<(prefs: ViewPrefs) => void>();
  const view = render(<SummaryBar summary={summary} prefs={prefs} onChange={onChange} />);
  return { ...view, onChange };
}

const count = (container: Element, name: string) =>
  container.querySelector(`[data-margin-count="${name}"]`)?.textContent;

describe('SummaryBar', () => {
  it('is the page summary region, with data-margin-summary', () => {
    const { container } = renderBar();
    const region = screen.getByRole('region', { name: 'Margin summary of this page' });
    expect(region.hasAttribute('data-margin-summary')).toBe(true);
    expect(container.querySelectorAll('[data-margin-summary]')).toHaveLength(1);
  });

  it('counts the papers on the page by state', () => {
    const { container } = renderBar();
    expect(count(container, 'total')).toBe('31 papers');
    expect(count(container, 'new')).toBe('24 new');
    expect(count(container, 'seen')).toBe('5 seen');
    expect(count(container, 'saved')).toBe('2 saved');
    expect(count(container, 'dismissed')).toBe('3 dismissed');
  });

  it('counts papers per topic in the topic filter', () => {
    renderBar();
    const select = screen.getByRole('combobox', { name: /Only topic/ });
    expect([...select.querySelectorAll('option')].map((o) => o.textContent)).toEqual([
      'all',
      'LLMs (12)',
      'Vision (4)',
    ]);
  });

  it('has no topic filter when no paper has a topic', () => {
    renderBar({ ...SUMMARY, topics: [] });
    expect(screen.queryByRole('combobox')).toBeNull();
  });

  it('reflects the current prefs', () => {
    renderBar(SUMMARY, { hideSeen: true, hideDismissed: false, onlyTopic: 'Vision' });
    expect((screen.getByRole('checkbox', { name: 'Hide seen' }) as HTMLInputElement).checked).toBe(true);
    expect((screen.getByRole('checkbox', { name: 'Hide dismissed' }) as HTMLInputElement).checked).toBe(false);
    expect((screen.getByRole('combobox', { name: /Only topic/ }) as HTMLSelectElement).value).toBe('Vision');
  });

  it('hide seen calls back with hideSeen switched and the rest kept', () => {
    const { onChange } = renderBar(SUMMARY, { hideSeen: false, hideDismissed: true, onlyTopic: 'LLMs' });
    const box = screen.getByRole('checkbox', { name: 'Hide seen' });
    expect(box.getAttribute('data-margin-filter')).toBe('hide-seen');
    fireEvent.click(box);
    expect(onChange).toHaveBeenCalledExactlyOnceWith({ hideSeen: true, hideDismissed: true, onlyTopic: 'LLMs' });
  });

  it('turning hide seen off calls back with hideSeen false', () => {
    const { onChange } = renderBar(SUMMARY, { hideSeen: true, hideDismissed: false });
    fireEvent.click(screen.getByRole('checkbox', { name: 'Hide seen' }));
    expect(onChange).toHaveBeenCalledExactlyOnceWith({ hideSeen: false, hideDismissed: false });
  });

  it('hide dismissed calls back with hideDismissed switched', () => {
    const { onChange } = renderBar();
    const box = screen.getByRole('checkbox', { name: 'Hide dismissed' });
    expect(box.getAttribute('data-margin-filter')).toBe('hide-dismissed');
    fireEvent.click(box);
    expect(onChange).toHaveBeenCalledExactlyOnceWith({ hideSeen: false, hideDismissed: true });
  });

  it('only topic calls back with the topic, and "all" clears it', () => {
    const { onChange } = renderBar();
    const select = screen.getByRole('combobox', { name: /Only topic/ });
    expect(select.getAttribute('data-margin-filter')).toBe('topic');
    fireEvent.change(select, { target: { value: 'Vision' } });
    expect(onChange).toHaveBeenLastCalledWith({ hideSeen: false, hideDismissed: false, onlyTopic: 'Vision' });
    fireEvent.change(select, { target: { value: '' } });
    expect(onChange).toHaveBeenLastCalledWith({ hideSeen: false, hideDismissed: false, onlyTopic: undefined });
  });

  it('shows hostile topic names as text', () => {
    const { container } = renderBar({ ...SUMMARY, topics: [{ name: HOSTILE, count: 1 }] });
    expectShownAsText(container);
  });
});
