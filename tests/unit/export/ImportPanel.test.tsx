import { fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { describe, expect, it, vi } from 'vitest';
import { ImportPanel } from '@/components/library/ImportPanel';
import { writeBackup } from '@/lib/export/backup';
import { dump, freshDb } from '../library/helpers';
import { input, paper } from './fixtures';

const BACKUP = writeBackup(input([paper('2512.00001'), paper('2512.00002')]));

function choose(name: string, text: string) {
  const field = document.querySelector<HTMLInputElement>('input[type=file][data-margin-import]');
  if (!field) throw new Error('no import input');
  expect(field.accept).toBe('.json,.bib,application/json');
  Object.defineProperty(field, 'files', { configurable: true, value: [new File([text], name)] });
  fireEvent.change(field);
}

describe('ImportPanel', () => {
  it('imports a chosen backup and says what it did', async () => {
    const db = freshDb();
    const onImported = vi.fn();
    render(<ImportPanel db={db} onImported={onImported} />);
    choose('margin-backup.json', BACKUP);
    await waitFor(() =>
      expect(screen.getByRole('status').textContent).toBe(
        'Imported margin-backup.json: 2 added, 0 updated, 0 unchanged.',
      ),
    );
    expect(onImported).toHaveBeenCalledOnce();
    expect((await db.papers.toArray()).map((p) => p.id)).toEqual(['2512.00001', '2512.00002']);
  });

  it('imports a BibTeX file and names the first skipped entry', async () => {
    const db = freshDb();
    render(<ImportPanel db={db} onImported={() => {}} />);
    choose('refs.bib', '@misc{a, title={A}, eprint={2301.00001}}\n@book{b, title={B}}');
    await waitFor(() =>
      expect(screen.getByRole('status').textContent).toBe(
        'Imported refs.bib: 1 added, 0 updated, 0 unchanged. 1 entry skipped (first: b (line 2): no arXiv id, URL or DOI).',
      ),
    );
  });

  it('refuses an invalid file with an alert naming the first problem, and leaves the library alone', async () => {
    const db = freshDb();
    await db.papers.put(paper('2401.00001'));
    const before = await dump(db);
    const onImported = vi.fn();
    render(<ImportPanel db={db} onImported={onImported} />);
    const broken = BACKUP.replace('"title": "Paper 2512.00002"', '"title": 7');
    choose('broken.json', broken);
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toBe('Could not import broken.json: papers[1].title: expected a string, got number');
    expect(await dump(db)).toEqual(before);
    expect(onImported).not.toHaveBeenCalled();
  });

  it('shows file text as text only', async () => {
    const db = freshDb();
    render(<ImportPanel db={db} onImported={() => {}} />);
    choose('<img src=x onerror=alert(1)>.json', JSON.stringify({ format: '<img src=x onerror=alert(2)>' }));
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toContain('<img src=x onerror=alert(2)>');
    expect(document.querySelector('img')).toBeNull();
  });

  it('replace waits for a second, explicit click', async () => {
    const db = freshDb();
    await db.papers.put(paper('2401.00001'));
    const before = await dump(db);
    render(<ImportPanel db={db} onImported={() => {}} />);
    fireEvent.click(screen.getByLabelText(/Replace the whole library/));
    choose('margin-backup.json', BACKUP);
    const confirm = await screen.findByRole('button', { name: 'Replace library' });
    expect(await dump(db)).toEqual(before);
    fireEvent.click(confirm);
    await waitFor(() =>
      expect(screen.getByRole('status').textContent).toBe(
        'Imported margin-backup.json: 2 added, 0 updated, 0 unchanged, 1 removed.',
      ),
    );
    await waitFor(async () =>
      expect((await db.papers.toArray()).map((p) => p.id)).toEqual(['2512.00001', '2512.00002']),
    );
  });
});
