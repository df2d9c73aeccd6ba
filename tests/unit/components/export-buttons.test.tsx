import { fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { ExportButtons } from '@/components/ExportButtons';
import { EXPORT_FORMAT_IDS, type ExportFormatId, type ExportInput } from '@/lib/export/types';
import { DEFAULT_SETTINGS } from '@/lib/settings';
import { HOSTILE, NOW, savedPaper } from './helpers';

interface Download {
  filename: string;
  type: string;
  text: string;
}

let downloads: Download[];
let blobs: Map<string, Blob>;

// The browser side of a download: the blob URL made for it and the click on a link with `download`.
beforeEach(() => {
  downloads = [];
  blobs = new Map();
  let n = 0;
  vi.spyOn(URL, 'createObjectURL').mockImplementation((blob) => {
    const url = `blob:margin/${++n}`;
    blobs.set(url, blob as Blob);
    return url;
  });
  vi.spyOn(URL, 'revokeObjectURL').mockImplementation(() => {});
  document.addEventListener('click', onClick, true);
});
afterEach(() => {
  document.removeEventListener('click', onClick, true);
  vi.restoreAllMocks();
});

function onClick(event: Event) {
  const link = event.target;
  if (!(link instanceof HTMLAnchorElement) || !link.download) return;
  event.preventDefault();
  const blob = blobs.get(link.href);
  if (!blob) throw new Error(`no blob for ${link.href}`);
  const download = { filename: link.download, type: blob.type, text: '' };
  downloads.push(download);
  void blob.text().then((text) => {
    download.text = text;
  });
}

const input = (count: number): ExportInput => ({
  papers: Array.from({ length: count }, (_, i) => savedPaper(`2611.0000${i + 1}`)),
  sightings: [],
  settings: DEFAULT_SETTINGS,
  exportedAt: NOW,
});

const status = () => screen.getByRole('status');

describe('ExportButtons', () => {
  it('has one button per format, each marked with data-margin-export', () => {
    render(<ExportButtons scope="library" load={async () => input(0)} />);
    const buttons = screen.getAllByRole('button');
    expect(buttons.map((b) => [b.getAttribute('data-margin-export'), b.textContent])).toEqual([
      ['bibtex', 'BibTeX'],
      ['ris', 'RIS'],
      ['csl-json', 'CSL-JSON'],
      ['markdown', 'Markdown'],
      ['csv', 'CSV'],
      ['json', 'JSON backup'],
    ]);
    expect(buttons.map((b) => b.getAttribute('data-margin-export'))).toEqual([...EXPORT_FORMAT_IDS]);
    expect(status().textContent).toBe('');
    expect(status().getAttribute('aria-live')).toBe('polite');
  });

  it('shows only the formats asked for', () => {
    render(<ExportButtons scope="page" formats={['bibtex', 'csv']} load={async () => input(0)} />);
    expect(screen.getAllByRole('button').map((b) => b.getAttribute('data-margin-export'))).toEqual(['bibtex', 'csv']);
  });

  it.each([
    ['bibtex', 'BibTeX', 'bib', '@'],
    ['ris', 'RIS', 'ris', 'TY  - '],
    ['csl-json', 'CSL-JSON', 'json', '['],
    ['markdown', 'Markdown', 'md', ''],
    ['csv', 'CSV', 'csv', ''],
    ['json', 'JSON backup', 'json', '{'],
  ] as const)(
    '%s: loads that format, downloads a file and says how many papers went in',
    async (id, label, ext, start) => {
      const load = vi.fn(async (_format: ExportFormatId) => input(2));
      render(<ExportButtons scope="library" load={load} />);
      fireEvent.click(screen.getByRole('button', { name: label }));
      const filename = `margin-library-2026-11-23.${ext}`;
      await waitFor(() => expect(status().textContent).toBe(`Exported 2 papers to ${filename}`));
      expect(load).toHaveBeenCalledExactlyOnceWith(id);
      expect(downloads.map((d) => d.filename)).toEqual([filename]);
      await waitFor(() => expect(downloads[0]?.text).not.toBe(''));
      expect(downloads[0]?.text.trimStart().startsWith(start)).toBe(true);
      expect(downloads[0]?.text).toContain('2611.00002');
    },
  );

  it('names the file after its scope', async () => {
    render(<ExportButtons scope="selection" load={async () => input(1)} />);
    fireEvent.click(screen.getByRole('button', { name: 'RIS' }));
    await waitFor(() => expect(status().textContent).toBe('Exported 1 paper to margin-selection-2026-11-23.ris'));
  });

  it('says what it is doing while it works', async () => {
    let release: (value: ExportInput) => void = () => {};
    const load = () => new Promise<ExportInput>((resolve) => (release = resolve));
    render(<ExportButtons scope="library" load={load} />);
    fireEvent.click(screen.getByRole('button', { name: 'CSV' }));
    await waitFor(() => expect(status().textContent).toBe('Reading the library…'));
    release(input(1234));
    await waitFor(() => expect(status().textContent).toBe('Writing 1,234 papers as CSV…'));
    await waitFor(() => expect(status().textContent).toBe('Exported 1,234 papers to margin-library-2026-11-23.csv'));
  });

  it('says why an export failed, and downloads nothing', async () => {
    const load = vi.fn(async () => {
      throw new Error('The database connection is closing.');
    });
    render(<ExportButtons scope="library" load={load} />);
    fireEvent.click(screen.getByRole('button', { name: 'BibTeX' }));
    await waitFor(() => expect(status().textContent).toBe('Export failed: The database connection is closing.'));
    expect(downloads).toEqual([]);
  });

  it('reports a failure that is not an Error as text', async () => {
    render(<ExportButtons scope="library" load={() => Promise.reject(HOSTILE)} />);
    fireEvent.click(screen.getByRole('button', { name: 'CSV' }));
    await waitFor(() => expect(status().textContent).toBe(`Export failed: ${HOSTILE}`));
    expect(document.querySelector('img')).toBeNull();
  });

  it('exports hostile titles into the file, not into the page', async () => {
    const hostile = { ...input(1), papers: [savedPaper('2611.00001', { title: HOSTILE })] };
    render(<ExportButtons scope="library" load={async () => hostile} />);
    fireEvent.click(screen.getByRole('button', { name: 'Markdown' }));
    await waitFor(() => expect(status().textContent).toContain('Exported 1 paper to'));
    expect(document.querySelector('img')).toBeNull();
    await waitFor(() => expect(downloads[0]?.text).not.toBe(''));
    expect(downloads[0]?.type).toMatch(/^text\/markdown/);
  });
});
