import { fireEvent, render, screen, within } from '@testing-library/preact';
import { describe, expect, it, vi } from 'vitest';
import { PaperTable } from '@/components/library/PaperTable';
import type { LibraryEntry } from '@/lib/library/search-index';
import { expectShownAsText, HOSTILE, NOW } from './helpers';

function entry(id: string, overrides: Partial<LibraryEntry> = {}): LibraryEntry {
  return {
    id,
    title: `Paper ${id}`,
    authors: ['Ada Lovelace', 'Alan Turing', 'Grace Hopper'],
    year: '2026',
    tags: [],
    topics: [],
    status: 'queue',
    site: 'arxiv',
    savedAt: NOW,
    updatedAt: NOW,
    hasNote: false,
    ...overrides,
  };
}

const ENTRIES = [
  entry('2611.00001', { title: 'Attention Is All You Need', tags: ['llm', 'classic'], status: 'read', hasNote: true }),
  entry('2611.00002', { title: 'Diffusion Models Beat GANs', authors: ['Prafulla Dhariwal'] }),
  entry('2611.00003', { title: 'Scaling Laws' }),
];

function renderTable({
  entries = ENTRIES,
  selected = new Set<string>(),
  openId = undefined as string | undefined,
} = {}) {
  const onToggle = vi.fn<(id: string, on: boolean) => void>();
  const onToggleAll = vi.fn<(on: boolean) => void>();
  const onOpen = vi.fn<(id: string) => void>();
  const view = render(
    <PaperTable
      entries={entries}
      selected={selected}
      openId={openId}
      onToggle={onToggle}
      onToggleAll={onToggleAll}
      onOpen={onOpen}
    />,
  );
  return { ...view, onToggle, onToggleAll, onOpen };
}

const rows = () => screen.getAllByRole('row').slice(1);
const row = (id: string) => document.querySelector(`tr[data-margin-paper="${id}"]`) as HTMLElement;

describe('PaperTable', () => {
  it('has a column header per field and one row per paper', () => {
    renderTable();
    expect(screen.getAllByRole('columnheader').map((th) => th.textContent)).toEqual([
      '',
      'Title',
      'Authors',
      'Tags',
      'Status',
      'Saved',
    ]);
    expect(rows().map((r) => r.getAttribute('data-margin-paper'))).toEqual(['2611.00001', '2611.00002', '2611.00003']);
  });

  it('shows title, first authors, tags, status and saved day of each paper', () => {
    renderTable();
    const cells = within(row('2611.00001'))
      .getAllByRole('cell')
      .map((td) => td.textContent);
    expect(cells).toEqual([
      '',
      'Attention Is All You Need ✎',
      'Ada Lovelace, Alan Turing et al.',
      '#llm#classic',
      'Read',
      new Date(NOW).toLocaleDateString(),
    ]);
    expect(within(row('2611.00001')).getByTitle('Has a note')).toBeTruthy();
    expect(within(row('2611.00002')).queryByTitle('Has a note')).toBeNull();
    expect(within(row('2611.00002')).getAllByRole('cell')[2]?.textContent).toBe('Prafulla Dhariwal');
  });

  it('opens a paper from its title', () => {
    const { onOpen } = renderTable();
    fireEvent.click(screen.getByRole('button', { name: 'Diffusion Models Beat GANs' }));
    expect(onOpen).toHaveBeenCalledExactlyOnceWith('2611.00002');
  });

  it('marks the open paper’s row', () => {
    renderTable({ openId: '2611.00002' });
    expect(row('2611.00002').classList.contains('open')).toBe(true);
    expect(row('2611.00001').classList.contains('open')).toBe(false);
  });

  it('selects and unselects a paper with a checkbox named after it', () => {
    const { onToggle } = renderTable({ selected: new Set(['2611.00003']) });
    const box = screen.getByRole('checkbox', { name: 'Select Attention Is All You Need' }) as HTMLInputElement;
    expect(box.checked).toBe(false);
    fireEvent.click(box);
    expect(onToggle).toHaveBeenLastCalledWith('2611.00001', true);
    const selected = screen.getByRole('checkbox', { name: 'Select Scaling Laws' }) as HTMLInputElement;
    expect(selected.checked).toBe(true);
    fireEvent.click(selected);
    expect(onToggle).toHaveBeenLastCalledWith('2611.00003', false);
  });

  it('selects every paper on the page at once; the box is checked only when all are', () => {
    const { onToggleAll } = renderTable({ selected: new Set(['2611.00001']) });
    const all = screen.getByRole('checkbox', { name: 'Select every paper on this page' }) as HTMLInputElement;
    expect(all.checked).toBe(false);
    fireEvent.click(all);
    expect(onToggleAll).toHaveBeenCalledExactlyOnceWith(true);
  });

  it('unselects every paper when all are selected', () => {
    const { onToggleAll } = renderTable({ selected: new Set(ENTRIES.map((e) => e.id)) });
    const all = screen.getByRole('checkbox', { name: 'Select every paper on this page' }) as HTMLInputElement;
    expect(all.checked).toBe(true);
    fireEvent.click(all);
    expect(onToggleAll).toHaveBeenCalledExactlyOnceWith(false);
  });

  it('has an unchecked select-all box and no rows when the page is empty', () => {
    renderTable({ entries: [] });
    expect(rows()).toEqual([]);
    expect((screen.getByRole('checkbox') as HTMLInputElement).checked).toBe(false);
  });

  it('shows hostile titles, authors and tags as text', () => {
    const { container } = renderTable({
      entries: [entry('2611.00009', { title: HOSTILE, authors: [HOSTILE], tags: [HOSTILE] })],
    });
    expectShownAsText(container);
    expect(screen.getByRole('button', { name: HOSTILE })).toBeTruthy();
    expect(screen.getByRole('checkbox', { name: `Select ${HOSTILE}` })).toBeTruthy();
  });
});
