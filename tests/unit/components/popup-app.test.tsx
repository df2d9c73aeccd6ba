import { fireEvent, render, screen, waitFor, within } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { browser } from 'wxt/browser';
import { PopupApp } from '@/components/popup/PopupApp';
import type { MarginDB } from '@/lib/db';
import type { Diagnostics } from '@/lib/messages';
import { freshDb } from '../library/helpers';
import { DAY, expectShownAsText, HOSTILE, NOW, savedPaper } from './helpers';

const TAB_ID = 42;
let tabMessages: { tabId: number; message: unknown }[];
let pageDiagnostics: Diagnostics | undefined;

beforeEach(() => {
  tabMessages = [];
  pageDiagnostics = undefined;
  // The active tab, and its content script (if any) answering the popup's diagnostics request.
  vi.spyOn(browser.tabs, 'query').mockResolvedValue([{ id: TAB_ID }] as never);
  vi.spyOn(browser.tabs, 'sendMessage').mockImplementation((async (tabId: number, message: unknown) => {
    tabMessages.push({ tabId, message });
    const type = (message as { type?: string }).type;
    if (type === 'diagnostics') {
      if (!pageDiagnostics) throw new Error('Could not establish connection. Receiving end does not exist.');
      return pageDiagnostics;
    }
    return undefined;
  }) as typeof browser.tabs.sendMessage);
});
afterEach(() => vi.restoreAllMocks());

async function seeded(): Promise<MarginDB> {
  const db = freshDb();
  await db.papers.bulkPut([
    savedPaper('2611.00001', {
      title: 'Attention Is All You Need',
      authors: ['Ashish Vaswani', 'Noam Shazeer', 'Niki Parmar'],
      tags: ['llm'],
      savedAt: NOW - 2 * DAY,
    }),
    savedPaper('2611.00002', { title: 'Diffusion Models Beat GANs', tags: ['vision'], savedAt: NOW - DAY }),
    savedPaper('2611.00003', { title: HOSTILE, authors: ['Mallory'], tags: ['llm'], savedAt: NOW }),
    // Seen on a page but never starred: not in the reading list.
    savedPaper('2611.00004', { title: 'Only seen, never saved', savedAt: undefined }),
  ]);
  return db;
}

const titles = () => [...document.querySelectorAll('ul.papers > li .paper-title')].map((a) => a.textContent);

async function renderPopup(db?: MarginDB) {
  const database = db ?? (await seeded());
  const view = render(<PopupApp db={database} />);
  await waitFor(() => expect(document.querySelector('h2 .count')?.textContent).not.toBe(''));
  return { ...view, db: database };
}

describe('PopupApp', () => {
  it('lists saved papers, newest first, with link and first authors', async () => {
    await renderPopup();
    expect(titles()).toEqual([HOSTILE, 'Diffusion Models Beat GANs', 'Attention Is All You Need']);
    expect(document.querySelector('h2 .count')?.textContent).toBe('3');
    const item = screen.getByRole('link', { name: 'Attention Is All You Need' }).closest('li') as HTMLElement;
    expect(within(item).getByRole('link').getAttribute('href')).toBe('https://arxiv.org/abs/2611.00001');
    expect(item.querySelector('.paper-meta')?.textContent).toBe('Ashish Vaswani, Noam Shazeer et al. · 2026');
    expect(screen.queryByText('Only seen, never saved')).toBeNull();
  });

  it('shows a hostile title as text', async () => {
    const { container } = await renderPopup();
    expectShownAsText(container);
  });

  it('invites a first star when the library is empty', async () => {
    await renderPopup(freshDb());
    expect(document.querySelector('h2 .count')?.textContent).toBe('0');
    expect(screen.getByText('Star a paper on a digest page to keep it here.')).toBeTruthy();
  });

  it('unstars a paper: it leaves the list and the library', async () => {
    const { db } = await renderPopup();
    fireEvent.click(screen.getByRole('button', { name: 'Remove from library: Diffusion Models Beat GANs' }));
    await waitFor(() => expect(titles()).toEqual([HOSTILE, 'Attention Is All You Need']));
    expect((await db.papers.get('2611.00002'))?.savedAt).toBeUndefined();
    // Open digest pages hear of it.
    expect(tabMessages.some((m) => (m.message as { type: string }).type === 'papersChanged')).toBe(true);
  });

  it('filters by tag', async () => {
    await renderPopup();
    const filter = screen.getByRole('combobox', { name: 'Filter by tag' }) as HTMLSelectElement;
    await waitFor(() => expect([...filter.options].map((o) => o.textContent)).toEqual(['All tags', '#llm', '#vision']));
    fireEvent.change(filter, { target: { value: 'vision' } });
    await waitFor(() => expect(titles()).toEqual(['Diffusion Models Beat GANs']));
    fireEvent.change(filter, { target: { value: '' } });
    await waitFor(() => expect(titles()).toHaveLength(3));
  });

  it('searches saved papers and says when nothing matches', async () => {
    await renderPopup();
    const search = screen.getByRole('searchbox', { name: 'Search saved papers' });
    fireEvent.input(search, { target: { value: 'shazeer' } });
    await waitFor(() => expect(titles()).toEqual(['Attention Is All You Need']));
    fireEvent.input(search, { target: { value: 'no such words' } });
    await waitFor(() => expect(screen.getByText('No saved paper matches.')).toBeTruthy());
    expect(titles()).toEqual([]);
  });

  it('writes a note and a reading status to the library', async () => {
    const { db } = await renderPopup();
    const item = screen.getByRole('link', { name: 'Attention Is All You Need' }).closest('li') as HTMLElement;
    fireEvent.click(within(item).getByRole('button', { name: 'Note' }));
    const note = within(item).getByRole('textbox', { name: 'Note on Attention Is All You Need' });
    fireEvent.input(note, { target: { value: 'Read **section 3**.' } });
    fireEvent.blur(note);
    fireEvent.change(within(item).getByRole('combobox', { name: 'Reading status' }), { target: { value: 'read' } });
    await waitFor(async () =>
      expect(await db.papers.get('2611.00001')).toMatchObject({ note: 'Read **section 3**.', status: 'read' }),
    );
    await waitFor(() => expect(within(item).getByRole('button', { name: 'Note' }).textContent).toBe('✎ note'));
  });

  it('adds a tag, which then appears in the tag filter', async () => {
    const { db } = await renderPopup();
    const item = screen.getByRole('link', { name: 'Diffusion Models Beat GANs' }).closest('li') as HTMLElement;
    const add = within(item).getByRole('combobox', { name: 'Add a tag' });
    fireEvent.input(add, { target: { value: 'to-cite' } });
    fireEvent.keyDown(add, { key: 'Enter' });
    await waitFor(async () => expect((await db.papers.get('2611.00002'))?.tags).toEqual(['vision', 'to-cite']));
    const filter = screen.getByRole('combobox', { name: 'Filter by tag' }) as HTMLSelectElement;
    await waitFor(() => expect([...filter.options].map((o) => o.value)).toContain('to-cite'));
  });

  it('pages a long library with Show more', async () => {
    const db = freshDb();
    await db.papers.bulkPut(
      Array.from({ length: 35 }, (_, i) => savedPaper(`2611.${String(i).padStart(5, '0')}`, { savedAt: NOW + i })),
    );
    await renderPopup(db);
    expect(document.querySelector('h2 .count')?.textContent).toBe('35');
    expect(titles()).toHaveLength(30);
    fireEvent.click(screen.getByRole('button', { name: 'Show more' }));
    await waitFor(() => expect(titles()).toHaveLength(35));
    expect(screen.queryByRole('button', { name: 'Show more' })).toBeNull();
  });

  it('says so when the tab is not a digest page', async () => {
    await renderPopup();
    await waitFor(() =>
      expect(document.querySelector('[data-margin-diagnostics]')?.getAttribute('data-margin-diagnostics')).toBe('none'),
    );
    expect(screen.getByText(/this tab is neither/)).toBeTruthy();
    expect(screen.queryByText(/Export this page/)).toBeNull();
  });

  it('reports on the digest page in the active tab and offers to export its papers', async () => {
    pageDiagnostics = {
      adapter: 'arXiv',
      kind: 'new',
      url: 'https://arxiv.org/list/cs.LG/new',
      papers: 2,
      unreadable: 0,
      ids: ['2611.00001', '2611.00009'],
      counts: { new: 1, seen: 0, saved: 1, dismissed: 0 },
    };
    await renderPopup();
    await waitFor(() => expect(screen.getByText(/2 papers found/)).toBeTruthy());
    expect(tabMessages[0]).toMatchObject({ tabId: TAB_ID, message: { margin: 1, type: 'diagnostics' } });
    expect(document.querySelector('.page-status')?.textContent).toBe(
      'arXiv (new): 2 papers found · 1 new · 0 seen · 1 saved',
    );
    const pageExport = screen.getByText("Export this page's 2 papers").closest('details') as HTMLElement;
    expect(
      [...pageExport.querySelectorAll('[data-margin-export]')].map((b) => b.getAttribute('data-margin-export')),
    ).toEqual(['bibtex', 'ris', 'csl-json', 'markdown', 'csv']);
  });

  it('warns when the digest page shows 0 papers', async () => {
    const warning = "0 papers found — the site's layout may have changed. Margin could not read this page.";
    pageDiagnostics = {
      adapter: 'Hugging Face Daily Papers',
      kind: 'daily',
      url: 'https://huggingface.co/papers',
      papers: 0,
      unreadable: 0,
      ids: [],
      counts: { new: 0, seen: 0, saved: 0, dismissed: 0 },
      warning,
    };
    await renderPopup();
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toBe(warning);
    expect(document.querySelector('[data-margin-diagnostics]')?.getAttribute('data-margin-diagnostics')).toBe(
      'warning',
    );
  });

  it('exports the whole library from the popup', async () => {
    await renderPopup();
    const buttons = [...document.querySelectorAll('[data-margin-export]')].map((b) =>
      b.getAttribute('data-margin-export'),
    );
    expect(buttons).toEqual(['bibtex', 'ris', 'csl-json', 'markdown', 'csv', 'json']);
  });

  it('opens the library page and closes itself', async () => {
    const send = vi.spyOn(browser.runtime, 'sendMessage').mockResolvedValue({ ok: true, data: null } as never);
    const close = vi.spyOn(window, 'close').mockImplementation(() => {});
    await renderPopup();
    fireEvent.click(screen.getByRole('button', { name: 'Open library' }));
    await waitFor(() => expect(close).toHaveBeenCalledOnce());
    expect(send).toHaveBeenCalledWith({ margin: 1, type: 'openLibrary', data: {} });
  });

  it('says why the library could not be opened', async () => {
    vi.spyOn(browser.runtime, 'sendMessage').mockRejectedValue(new Error('Tabs cannot be edited right now.'));
    const close = vi.spyOn(window, 'close').mockImplementation(() => {});
    await renderPopup();
    fireEvent.click(screen.getByRole('button', { name: 'Open library' }));
    expect((await screen.findByRole('alert')).textContent).toBe('Tabs cannot be edited right now.');
    expect(close).not.toHaveBeenCalled();
  });
});
