// PaperDetail, without its tag suggestions (covered with the suggestion model).
import { fireEvent, render, screen, waitFor, within } from '@testing-library/preact';
import { describe, expect, it, vi } from 'vitest';
import { PaperDetail } from '@/components/library/PaperDetail';
import type { MarginDB } from '@/lib/db';
import { libraryActions } from '@/lib/library/extension-page';
import type { Paper, Sighting } from '@/lib/paper';
import { sighting } from '../export/fixtures';
import { freshDb } from '../library/helpers';
import { DAY, expectShownAsText, HOSTILE, NOW, savedPaper } from './helpers';

const ID = '2611.00001';

async function seeded(paper: Partial<Paper> = {}, sightings?: Sighting[]): Promise<MarginDB> {
  const db = freshDb();
  await db.papers.bulkPut([
    savedPaper(ID, {
      title: 'Attention Is All You Need',
      version: 7,
      authors: ['Ashish Vaswani', 'Noam Shazeer', 'Niki Parmar'],
      abstract: 'The dominant sequence transduction models are based on recurrent networks.',
      subjects: [{ code: 'cs.CL', name: 'Computation and Language' }, { code: 'cs.LG' }],
      published: '2017-06-12',
      announced: '2017-06-13',
      topics: ['Language models'],
      tags: ['classic'],
      links: {
        abs: `https://arxiv.org/abs/${ID}`,
        pdf: `https://arxiv.org/pdf/${ID}`,
        hf: `https://huggingface.co/papers/${ID}`,
      },
      ...paper,
    }),
    savedPaper('2611.00002', { title: 'Another paper', note: 'Other **note**' }),
  ]);
  await db.sightings.bulkPut(
    sightings ?? [
      sighting(ID, NOW - 2 * DAY, 'https://huggingface.co/papers/date/2026-11-21', { section: 'day' }),
      sighting(ID, NOW - DAY, 'https://arxiv.org/list/cs.CL/new', { section: 'listing' }),
    ],
  );
  return db;
}

async function renderDetail(db: MarginDB, id = ID) {
  const props = {
    onDelete: vi.fn<(id: string) => void>(),
    onClose: vi.fn(),
    onError: vi.fn<(message: string) => void>(),
  };
  const actions = libraryActions(db, () => NOW + DAY);
  const view = render(
    <PaperDetail
      db={db}
      id={id}
      knownTags={['classic', 'llm']}
      actions={actions}
      suggest={async () => []}
      {...props}
    />,
  );
  const detail = await screen.findByRole('complementary', { name: 'Paper detail' });
  return { ...view, ...props, actions, detail };
}

const field = (detail: HTMLElement, name: string) =>
  [...detail.querySelectorAll('dt')].find((dt) => dt.textContent === name)?.nextElementSibling?.textContent;

describe('PaperDetail', () => {
  it('shows every field of the paper', async () => {
    const { detail } = await renderDetail(await seeded());
    expect(detail.getAttribute('data-margin-detail')).toBe(ID);
    expect(within(detail).getByRole('heading', { level: 2 }).textContent).toBe('Attention Is All You Need');
    expect(detail.querySelector('.authors')?.textContent).toBe('Ashish Vaswani, Noam Shazeer, Niki Parmar');
    expect(field(detail, 'Identifier')).toBe(`${ID} (v7)`);
    expect(field(detail, 'Subjects')).toBe('Computation and Language (cs.CL); cs.LG');
    expect(field(detail, 'Published')).toBe('2017-06-12');
    expect(field(detail, 'Announced')).toBe('2017-06-13');
    expect(field(detail, 'Saved')).toBe('2026-11-23');
    expect(field(detail, 'Topics')).toBe('Language models');
    expect(detail.querySelector('.abstract')?.textContent).toBe(
      'The dominant sequence transduction models are based on recurrent networks.',
    );
  });

  it('says what it does not know', async () => {
    const db = await seeded({
      authors: [],
      version: undefined,
      subjects: [],
      published: undefined,
      announced: undefined,
      topics: [],
      abstract: undefined,
    });
    const { detail } = await renderDetail(db);
    expect(detail.querySelector('.authors')?.textContent).toBe('Unknown authors');
    expect(field(detail, 'Identifier')).toBe(ID);
    expect(field(detail, 'Subjects')).toBe('—');
    expect(field(detail, 'Published')).toBe('—');
    expect(field(detail, 'Topics')).toBe('—');
    expect(detail.querySelector('.abstract')).toBeNull();
  });

  it('links to every place the paper lives, in new tabs', async () => {
    const { detail } = await renderDetail(await seeded());
    const links = [...(detail.querySelector('dd.links')?.querySelectorAll('a') ?? [])];
    expect(links.map((a) => [a.textContent, a.getAttribute('href')])).toEqual([
      ['abs', `https://arxiv.org/abs/${ID}`],
      ['pdf', `https://arxiv.org/pdf/${ID}`],
      ['Hugging Face', `https://huggingface.co/papers/${ID}`],
    ]);
    for (const a of links) expect(a.getAttribute('rel')).toBe('noopener noreferrer');
  });

  it('lists where and when the paper was seen', async () => {
    const { detail } = await renderDetail(await seeded());
    await waitFor(() => expect(detail.querySelectorAll('ul.sightings li')).toHaveLength(2));
    const items = [...detail.querySelectorAll('ul.sightings li')];
    expect(items.map((li) => li.textContent)).toEqual(['2026-11-21 on HF daily (day)', '2026-11-22 on arXiv new']);
    expect(items[0]?.querySelector('a')?.getAttribute('href')).toBe('https://huggingface.co/papers/date/2026-11-21');
  });

  it('says when an imported paper was never seen on a listing', async () => {
    const { detail } = await renderDetail(await seeded({}, []));
    await waitFor(() =>
      expect(detail.querySelector('ul.sightings')?.textContent).toBe('Never seen on a listing (imported).'),
    );
  });

  it('adds and removes tags in the library', async () => {
    const db = await seeded();
    const { detail } = await renderDetail(db);
    const add = within(detail).getByRole('combobox', { name: 'Add a tag' });
    fireEvent.input(add, { target: { value: 'llm' } });
    fireEvent.keyDown(add, { key: 'Enter' });
    await waitFor(async () => expect((await db.papers.get(ID))?.tags).toEqual(['classic', 'llm']));
    await waitFor(() => expect(within(detail).getByRole('button', { name: 'Remove tag llm' })).toBeTruthy());
    fireEvent.click(within(detail).getByRole('button', { name: 'Remove tag classic' }));
    await waitFor(async () => expect((await db.papers.get(ID))?.tags).toEqual(['llm']));
  });

  it('sets the reading status', async () => {
    const db = await seeded();
    const { detail } = await renderDetail(db);
    fireEvent.change(within(detail).getByRole('combobox', { name: 'Reading status' }), {
      target: { value: 'reading' },
    });
    await waitFor(async () => expect((await db.papers.get(ID))?.status).toBe('reading'));
  });

  it('writes a Markdown note and shows it rendered', async () => {
    const db = await seeded();
    const { detail } = await renderDetail(db);
    expect(within(detail).getByText('No note yet.')).toBeTruthy();
    fireEvent.click(within(detail).getByRole('button', { name: 'Edit note' }));
    const box = within(detail).getByRole('textbox', { name: 'Note (Markdown)' }) as HTMLTextAreaElement;
    expect(box.value).toBe('');
    fireEvent.input(box, { target: { value: 'See **section 3** and [code](https://github.com/x/y).' } });
    fireEvent.click(within(detail).getByRole('button', { name: 'Save note' }));
    await waitFor(async () =>
      expect((await db.papers.get(ID))?.note).toBe('See **section 3** and [code](https://github.com/x/y).'),
    );
    await waitFor(() => expect(detail.querySelector('.markdown strong')?.textContent).toBe('section 3'));
    expect(within(detail).getByRole('link', { name: 'code' }).getAttribute('href')).toBe('https://github.com/x/y');
    expect(within(detail).queryByRole('textbox', { name: 'Note (Markdown)' })).toBeNull();
  });

  it('edits the existing note, and Cancel keeps it', async () => {
    const db = await seeded({ note: 'First *thoughts*.' });
    const { detail } = await renderDetail(db);
    expect(detail.querySelector('.markdown em')?.textContent).toBe('thoughts');
    fireEvent.click(within(detail).getByRole('button', { name: 'Edit note' }));
    const box = within(detail).getByRole('textbox', { name: 'Note (Markdown)' }) as HTMLTextAreaElement;
    expect(box.value).toBe('First *thoughts*.');
    fireEvent.input(box, { target: { value: 'Thrown away' } });
    fireEvent.click(within(detail).getByRole('button', { name: 'Cancel' }));
    expect(detail.querySelector('.markdown')?.textContent).toBe('First thoughts.');
    expect((await db.papers.get(ID))?.note).toBe('First *thoughts*.');
  });

  // The first paper's draft must never be saved into the second one.
  it('closes the note editor when another paper is opened', async () => {
    const db = await seeded();
    const { detail, rerender, actions, onDelete, onClose, onError } = await renderDetail(db);
    fireEvent.click(within(detail).getByRole('button', { name: 'Edit note' }));
    fireEvent.input(within(detail).getByRole('textbox', { name: 'Note (Markdown)' }), {
      target: { value: 'Draft about Attention' },
    });
    rerender(
      <PaperDetail
        db={db}
        id="2611.00002"
        knownTags={[]}
        actions={actions}
        suggest={async () => []}
        onDelete={onDelete}
        onClose={onClose}
        onError={onError}
      />,
    );
    const other = await screen.findByRole('heading', { level: 2, name: 'Another paper' });
    const aside = other.closest('aside') as HTMLElement;
    expect(within(aside).queryByRole('textbox', { name: 'Note (Markdown)' })).toBeNull();
    expect(aside.querySelector('.markdown strong')?.textContent).toBe('note');
  });

  it('deletes and closes through its buttons', async () => {
    const { detail, onDelete, onClose } = await renderDetail(await seeded());
    fireEvent.click(within(detail).getByRole('button', { name: 'Delete from library' }));
    expect(onDelete).toHaveBeenCalledExactlyOnceWith(ID);
    fireEvent.click(within(detail).getByRole('button', { name: 'Close detail' }));
    expect(onClose).toHaveBeenCalledOnce();
  });

  it('reports a failed edit', async () => {
    const db = await seeded();
    const { detail, onError, actions } = await renderDetail(db);
    vi.spyOn(actions, 'setStatus').mockRejectedValue(new Error('Storage is full.'));
    fireEvent.change(within(detail).getByRole('combobox', { name: 'Reading status' }), { target: { value: 'read' } });
    await waitFor(() => expect(onError).toHaveBeenCalledExactlyOnceWith('Storage is full.'));
  });

  it('shows nothing for a paper that is not in the library', async () => {
    const db = await seeded();
    render(
      <PaperDetail
        db={db}
        id="nope"
        knownTags={[]}
        actions={libraryActions(db)}
        suggest={async () => []}
        onDelete={() => {}}
        onClose={() => {}}
        onError={() => {}}
      />,
    );
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(screen.queryByRole('complementary')).toBeNull();
  });

  it('shows hostile titles, authors, abstracts, tags and notes as text', async () => {
    const db = await seeded({
      title: HOSTILE,
      authors: [HOSTILE],
      abstract: HOSTILE,
      tags: [HOSTILE],
      note: `${HOSTILE}\n\n[x](javascript:alert(1))`,
      subjects: [{ code: 'cs.LG', name: HOSTILE }],
    });
    const { detail } = await renderDetail(db);
    expectShownAsText(detail);
    expect(within(detail).getByRole('heading', { level: 2 }).textContent).toBe(HOSTILE);
    expect(detail.querySelector('.abstract')?.textContent).toBe(HOSTILE);
    expect(detail.querySelector('.markdown')?.textContent).toContain(HOSTILE);
    expect(detail.querySelector('a[href^="javascript"]')).toBeNull();
  });
});
