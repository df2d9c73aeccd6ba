// The full-page library, smoke-tested on a seeded fake-indexeddb library.
import { fireEvent, render, screen, waitFor, within } from '@testing-library/preact';
import { beforeEach, describe, expect, it } from 'vitest';
import { LibraryApp } from '@/components/library/LibraryApp';
import type { MarginDB } from '@/lib/db';
import type { Paper } from '@/lib/paper';
import { freshDb } from '../library/helpers';
import { DAY, expectShownAsText, HOSTILE, savedPaper } from './helpers';

// Edits stamp the real clock; seeded rows are older, so the index sees every edit as newer.
const BEFORE = Date.now() - 30 * DAY;

const PAPERS: Paper[] = [
  savedPaper('2611.00001', {
    title: 'Attention Is All You Need',
    tags: ['llm', 'classic'],
    savedAt: BEFORE,
    updatedAt: BEFORE,
  }),
  savedPaper('2611.00002', {
    title: 'Denoising Diffusion Probabilistic Models',
    abstract: 'Image synthesis with diffusion.',
    tags: ['vision'],
    savedAt: BEFORE + DAY,
    updatedAt: BEFORE,
  }),
  savedPaper('2611.00003', {
    title: 'Scaling Laws for Language Models',
    tags: ['llm'],
    savedAt: BEFORE + 2 * DAY,
    updatedAt: BEFORE,
  }),
  savedPaper('2611.00004', { title: HOSTILE, savedAt: BEFORE + 3 * DAY, updatedAt: BEFORE }),
  // Seen but never starred: not in the library.
  savedPaper('2611.00005', { title: 'Only seen', savedAt: undefined, updatedAt: BEFORE }),
];

beforeEach(() => history.replaceState(null, '', '#'));

async function renderLibrary(papers: Paper[] = PAPERS): Promise<MarginDB> {
  const db = freshDb();
  await db.papers.bulkPut(papers);
  render(<LibraryApp db={db} suggest={async () => []} />);
  const saved = papers.filter((p) => p.savedAt !== undefined).length;
  await waitFor(() => expect(libraryCount()).toBe(`${saved.toLocaleString()} saved papers`));
  return db;
}

const libraryCount = () => document.querySelector('[data-margin-library-count]')?.textContent;
const resultCount = () => document.querySelector('[data-margin-result-count]')?.textContent;
const titles = () => [...document.querySelectorAll('tbody tr .title-link')].map((b) => b.textContent);
const select = (name: string) => screen.getByRole('checkbox', { name: `Select ${name}` });

describe('LibraryApp', () => {
  it('lists the saved papers, newest saved first', async () => {
    await renderLibrary();
    expect(screen.getByRole('heading', { level: 1 }).textContent).toBe('Margin library');
    expect(resultCount()).toBe('4 papers');
    expect(titles()).toEqual([
      HOSTILE,
      'Scaling Laws for Language Models',
      'Denoising Diffusion Probabilistic Models',
      'Attention Is All You Need',
    ]);
  });

  it('shows hostile titles as text', async () => {
    await renderLibrary();
    expectShownAsText(screen.getByRole('table'));
  });

  it('search narrows the results and ranks them by relevance', async () => {
    await renderLibrary();
    fireEvent.input(screen.getByRole('searchbox'), { target: { value: 'diffusion' } });
    await waitFor(() => expect(titles()).toEqual(['Denoising Diffusion Probabilistic Models']));
    expect(resultCount()).toBe('1 paper match');
    expect((screen.getByRole('combobox', { name: 'Sort' }) as HTMLSelectElement).value).toBe('relevance');
    fireEvent.input(screen.getByRole('searchbox'), { target: { value: '' } });
    await waitFor(() => expect(titles()).toHaveLength(4));
  });

  it('filters by tag', async () => {
    await renderLibrary();
    fireEvent.change(screen.getByRole('combobox', { name: 'Tag' }), { target: { value: 'llm' } });
    await waitFor(() => expect(titles()).toEqual(['Scaling Laws for Language Models', 'Attention Is All You Need']));
    expect(resultCount()).toBe('2 papers match');
  });

  it('tags the selected papers at once', async () => {
    const db = await renderLibrary();
    fireEvent.click(select('Attention Is All You Need'));
    fireEvent.click(select('Denoising Diffusion Probabilistic Models'));
    const bulk = screen.getByRole('region', { name: 'Selected papers' });
    expect(within(bulk).getByText('2 selected')).toBeTruthy();
    fireEvent.input(within(bulk).getByRole('combobox', { name: 'Tag to add to the selection' }), {
      target: { value: 'to-read-first' },
    });
    fireEvent.click(within(bulk).getByRole('button', { name: 'Add tag' }));
    await waitFor(async () => {
      expect((await db.papers.get('2611.00001'))?.tags).toEqual(['llm', 'classic', 'to-read-first']);
      expect((await db.papers.get('2611.00002'))?.tags).toEqual(['vision', 'to-read-first']);
    });
    expect((await db.papers.get('2611.00003'))?.tags).toEqual(['llm']);
    // The table and the tag filter follow.
    await waitFor(() =>
      expect(document.querySelector('tr[data-margin-paper="2611.00002"]')?.textContent).toContain('#to-read-first'),
    );
    const tagFilter = screen.getByRole('combobox', { name: 'Tag' }) as HTMLSelectElement;
    expect([...tagFilter.options].map((o) => o.textContent)).toContain('#to-read-first (2)');
  });

  it('sets the status of the selected papers', async () => {
    const db = await renderLibrary();
    fireEvent.click(screen.getByRole('checkbox', { name: 'Select every paper on this page' }));
    expect(screen.getByText('4 selected')).toBeTruthy();
    fireEvent.change(screen.getByRole('combobox', { name: 'Set status of the selection' }), {
      target: { value: 'read' },
    });
    await waitFor(async () =>
      expect((await db.papers.toArray()).filter((p) => p.savedAt !== undefined).map((p) => p.status)).toEqual([
        'read',
        'read',
        'read',
        'read',
      ]),
    );
    expect((await db.papers.get('2611.00005'))?.status).toBe('queue');
  });

  it('deletes the selection, and Undo brings it back', async () => {
    const db = await renderLibrary();
    fireEvent.click(select('Attention Is All You Need'));
    fireEvent.click(select('Scaling Laws for Language Models'));
    fireEvent.click(screen.getByRole('button', { name: 'Delete' }));
    const bar = await waitFor(() => {
      const found = document.querySelector('[data-margin-undo]');
      if (!found) throw new Error('no undo bar');
      return found as HTMLElement;
    });
    expect(bar.textContent).toContain('Deleted 2 papers.');
    await waitFor(() => expect(titles()).toEqual([HOSTILE, 'Denoising Diffusion Probabilistic Models']));
    expect(await db.papers.get('2611.00001')).toBeUndefined();
    expect(screen.queryByRole('region', { name: 'Selected papers' })).toBeNull();

    fireEvent.click(within(bar).getByRole('button', { name: 'Undo' }));
    await waitFor(() => expect(titles()).toHaveLength(4));
    expect((await db.papers.get('2611.00001'))?.tags).toEqual(['llm', 'classic']);
    expect(document.querySelector('[data-margin-undo]')).toBeNull();
  });

  it('opens a paper’s detail from its title, and closes it', async () => {
    await renderLibrary();
    fireEvent.click(screen.getByRole('button', { name: 'Scaling Laws for Language Models' }));
    const detail = await screen.findByRole('complementary', { name: 'Paper detail' });
    expect(detail.getAttribute('data-margin-detail')).toBe('2611.00003');
    expect(location.hash).toBe('#paper=2611.00003');
    expect(document.querySelector('tr[data-margin-paper="2611.00003"]')?.classList.contains('open')).toBe(true);
    fireEvent.click(within(detail).getByRole('button', { name: 'Close detail' }));
    await waitFor(() => expect(screen.queryByRole('complementary')).toBeNull());
  });

  it('deleting the open paper from its detail closes it and offers Undo', async () => {
    const db = await renderLibrary();
    fireEvent.click(screen.getByRole('button', { name: 'Attention Is All You Need' }));
    const detail = await screen.findByRole('complementary', { name: 'Paper detail' });
    fireEvent.click(within(detail).getByRole('button', { name: 'Delete from library' }));
    await waitFor(() =>
      expect(document.querySelector('[data-margin-undo]')?.textContent).toContain('Deleted 1 paper.'),
    );
    expect(screen.queryByRole('complementary')).toBeNull();
    expect(await db.papers.get('2611.00001')).toBeUndefined();
  });

  it('pages a long library 50 at a time', async () => {
    const many = Array.from({ length: 55 }, (_, i) =>
      savedPaper(`2612.${String(i).padStart(5, '0')}`, {
        title: `Paper number ${i}`,
        savedAt: BEFORE + i,
        updatedAt: BEFORE,
      }),
    );
    await renderLibrary(many);
    const pager = screen.getByRole('navigation', { name: 'Pages' });
    expect(pager.textContent).toContain('Page 1 of 2');
    expect(titles()).toHaveLength(50);
    expect(titles()[0]).toBe('Paper number 54');
    const previous = within(pager).getByRole('button', { name: 'Previous' }) as HTMLButtonElement;
    const next = within(pager).getByRole('button', { name: 'Next' }) as HTMLButtonElement;
    expect(previous.disabled).toBe(true);
    fireEvent.click(next);
    await waitFor(() =>
      expect(titles()).toEqual([
        'Paper number 4',
        'Paper number 3',
        'Paper number 2',
        'Paper number 1',
        'Paper number 0',
      ]),
    );
    expect(pager.textContent).toContain('Page 2 of 2');
    expect(next.disabled).toBe(true);
    // Select all selects this page only.
    fireEvent.click(screen.getByRole('checkbox', { name: 'Select every paper on this page' }));
    expect(screen.getByText('5 selected')).toBeTruthy();
    fireEvent.click(previous);
    await waitFor(() => expect(titles()).toHaveLength(50));
  });

  it('exports what is shown, or the selection', async () => {
    await renderLibrary();
    const exportRegion = screen.getByRole('region', { name: 'Export' });
    expect(within(exportRegion).getByRole('heading', { level: 2 }).textContent).toBe('Export the 4 papers shown');
    expect(
      [...exportRegion.querySelectorAll('[data-margin-export]')].map((b) => b.getAttribute('data-margin-export')),
    ).toEqual(['bibtex', 'ris', 'csl-json', 'markdown', 'csv', 'json']);
    fireEvent.click(select('Attention Is All You Need'));
    expect(within(exportRegion).getByRole('heading', { level: 2 }).textContent).toBe('Export the 1 selected paper');
  });

  it('opens the settings panel', async () => {
    await renderLibrary();
    const settings = screen.getByRole('button', { name: 'Settings' });
    expect(settings.getAttribute('aria-expanded')).toBe('false');
    fireEvent.click(settings);
    expect(settings.getAttribute('aria-expanded')).toBe('true');
    expect(await screen.findByRole('region', { name: 'Settings' })).toBeTruthy();
    fireEvent.click(settings);
    await waitFor(() => expect(screen.queryByRole('region', { name: 'Settings' })).toBeNull());
  });
});
