import { fireEvent, render, screen } from '@testing-library/preact';
import { describe, expect, it, vi } from 'vitest';
import { FilterBar } from '@/components/library/FilterBar';
import type { LibraryFilters, SortKey } from '@/lib/library/search-index';
import { expectShownAsText, HOSTILE } from './helpers';

const TAGS = new Map([
  ['vision', 2],
  ['llm', 5],
  ['agents', 2],
]);
const TOPICS = new Map([
  ['Reinforcement learning', 1],
  ['Language models', 7],
]);

function renderBar(filters: LibraryFilters = { text: '' }, sort: SortKey = 'saved-desc', tags = TAGS) {
  const onFilters = vi.fn<(filters: LibraryFilters) => void>();
  const onSort = vi.fn<(sort: SortKey) => void>();
  const view = render(
    <FilterBar filters={filters} sort={sort} tags={tags} topics={TOPICS} onFilters={onFilters} onSort={onSort} />,
  );
  return { ...view, onFilters, onSort };
}

const select = (name: string) => screen.getByRole('combobox', { name }) as HTMLSelectElement;
const options = (name: string) => [...select(name).options].map((o) => [o.value, o.textContent]);

describe('FilterBar', () => {
  it('is a labelled region with a search box', () => {
    const { onFilters } = renderBar({ text: '', tag: 'llm' });
    expect(screen.getByRole('region', { name: 'Search and filters' })).toBeTruthy();
    const search = screen.getByRole('searchbox', { name: 'Search title, abstract, authors, tags and notes' });
    fireEvent.input(search, { target: { value: 'attention' } });
    expect(onFilters).toHaveBeenCalledExactlyOnceWith({ text: 'attention', tag: 'llm' });
  });

  it('offers tags and topics most used first, with counts', () => {
    renderBar();
    expect(options('Tag')).toEqual([
      ['', 'Any tag'],
      ['llm', '#llm (5)'],
      ['agents', '#agents (2)'],
      ['vision', '#vision (2)'],
    ]);
    expect(options('Topic')).toEqual([
      ['', 'Any topic'],
      ['Language models', 'Language models (7)'],
      ['Reinforcement learning', 'Reinforcement learning (1)'],
    ]);
  });

  it('offers reading statuses and sites by name', () => {
    renderBar();
    expect(options('Status')).toEqual([
      ['', 'Any status'],
      ['queue', 'To read'],
      ['reading', 'Reading'],
      ['read', 'Read'],
    ]);
    expect(options('Site')).toEqual([
      ['', 'Any site'],
      ['huggingface', 'Hugging Face'],
      ['arxiv', 'arXiv'],
    ]);
  });

  it('filters by tag, topic, status and site, keeping the other filters; "Any" clears one', () => {
    const { onFilters } = renderBar({ text: 'gpt', status: 'read' });
    fireEvent.change(select('Tag'), { target: { value: 'llm' } });
    expect(onFilters).toHaveBeenLastCalledWith({ text: 'gpt', status: 'read', tag: 'llm' });
    fireEvent.change(select('Topic'), { target: { value: 'Language models' } });
    expect(onFilters).toHaveBeenLastCalledWith({ text: 'gpt', status: 'read', topic: 'Language models' });
    fireEvent.change(select('Site'), { target: { value: 'huggingface' } });
    expect(onFilters).toHaveBeenLastCalledWith({ text: 'gpt', status: 'read', site: 'huggingface' });
    fireEvent.change(select('Status'), { target: { value: '' } });
    expect(onFilters).toHaveBeenLastCalledWith({ text: 'gpt', status: undefined });
  });

  it('shows the filters in force', () => {
    renderBar({ text: 'gpt', tag: 'agents', topic: 'Language models', status: 'reading', site: 'arxiv' }, 'title');
    expect((screen.getByRole('searchbox') as HTMLInputElement).value).toBe('gpt');
    expect(select('Tag').value).toBe('agents');
    expect(select('Topic').value).toBe('Language models');
    expect(select('Status').value).toBe('reading');
    expect(select('Site').value).toBe('arxiv');
    expect(select('Sort').value).toBe('title');
  });

  it('filters by the days saved and first seen', () => {
    const { onFilters, container } = renderBar();
    const date = (label: string) => container.querySelector(`input[type=date][aria-label="${label}"]`) as HTMLElement;
    fireEvent.input(date('Saved from'), { target: { value: '2026-11-01' } });
    expect(onFilters).toHaveBeenLastCalledWith({ text: '', savedFrom: '2026-11-01' });
    fireEvent.input(date('Saved until'), { target: { value: '2026-11-30' } });
    expect(onFilters).toHaveBeenLastCalledWith({ text: '', savedTo: '2026-11-30' });
    fireEvent.input(date('Seen from'), { target: { value: '2026-10-01' } });
    expect(onFilters).toHaveBeenLastCalledWith({ text: '', seenFrom: '2026-10-01' });
    fireEvent.input(date('Seen until'), { target: { value: '' } });
    expect(onFilters).toHaveBeenLastCalledWith({ text: '', seenTo: undefined });
    expect(screen.getByRole('group', { name: 'Saved' })).toBeTruthy();
    expect(screen.getByRole('group', { name: 'First seen' })).toBeTruthy();
  });

  it('sorts', () => {
    const { onSort } = renderBar();
    expect(options('Sort').map(([, label]) => label)).toEqual([
      'Newest saved',
      'Oldest saved',
      'Title',
      'Year',
      'Relevance',
    ]);
    fireEvent.change(select('Sort'), { target: { value: 'year-desc' } });
    expect(onSort).toHaveBeenCalledExactlyOnceWith('year-desc');
  });

  it('shows hostile tag names as text', () => {
    const { container } = renderBar({ text: '' }, 'saved-desc', new Map([[HOSTILE, 1]]));
    expectShownAsText(container);
  });
});
