import { fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { describe, expect, it, vi } from 'vitest';
import { PaperItem } from '@/components/popup/PaperItem';
import type { LibraryActions } from '@/lib/library/extension-page';
import type { Paper } from '@/lib/paper';
import { expectShownAsText, HOSTILE, savedPaper } from './helpers';

function fakeActions() {
  const done = async () => ({}) as Paper;
  return {
    unsave: vi.fn(done),
    addTag: vi.fn(done),
    removeTag: vi.fn(done),
    setStatus: vi.fn(done),
    setNote: vi.fn(done),
  };
}

function renderItem(paper: Paper, { knownTags = ['llm', 'rl'], actions = fakeActions() } = {}) {
  const onError = vi.fn<(message: string) => void>();
  const view = render(
    <ul>
      <PaperItem paper={paper} knownTags={knownTags} actions={actions as unknown as LibraryActions} onError={onError} />
    </ul>,
  );
  return { ...view, actions, onError };
}

const P = savedPaper('2611.00001', { title: 'Attention Is All You Need', tags: ['llm'] });

describe('PaperItem', () => {
  it('links the title to the paper, opening a new tab', () => {
    renderItem(P);
    const link = screen.getByRole('link', { name: 'Attention Is All You Need' });
    expect(link.getAttribute('href')).toBe('https://arxiv.org/abs/2611.00001');
    expect(link.getAttribute('target')).toBe('_blank');
    expect(link.getAttribute('rel')).toBe('noopener noreferrer');
    expect(screen.getByRole('listitem').getAttribute('data-margin-paper')).toBe('2611.00001');
  });

  it('links a Hugging Face-only paper to its Hugging Face page', () => {
    renderItem(savedPaper('title:abc', { title: 'HF only', links: { hf: 'https://huggingface.co/papers/x' } }));
    expect(screen.getByRole('link', { name: 'HF only' }).getAttribute('href')).toBe('https://huggingface.co/papers/x');
  });

  it('shows the first two authors and the year', () => {
    const { container } = renderItem(P);
    expect(container.querySelector('.paper-meta')?.textContent).toBe('Ada Lovelace, Alan Turing et al. · 2026');
  });

  it('says when authors and year are unknown', () => {
    const { container } = renderItem(savedPaper('x', { authors: [], published: undefined, announced: undefined }));
    expect(container.querySelector('.paper-meta')?.textContent).toBe('Unknown authors');
  });

  it('unstars with a button named after the paper', () => {
    const { actions } = renderItem(P);
    const unstar = screen.getByRole('button', { name: 'Remove from library: Attention Is All You Need' });
    expect(unstar.getAttribute('data-margin-action')).toBe('unstar');
    fireEvent.click(unstar);
    expect(actions.unsave).toHaveBeenCalledExactlyOnceWith('2611.00001');
  });

  it('adds and removes tags one at a time', () => {
    const { actions } = renderItem(P);
    fireEvent.click(screen.getByRole('button', { name: 'Remove tag llm' }));
    expect(actions.removeTag).toHaveBeenCalledExactlyOnceWith('2611.00001', 'llm');
    const add = screen.getByRole('combobox', { name: 'Add a tag' }) as HTMLInputElement;
    expect(add.getAttribute('list')).toBe('tags-2611.00001');
    fireEvent.input(add, { target: { value: 'rl' } });
    fireEvent.keyDown(add, { key: 'Enter' });
    expect(actions.addTag).toHaveBeenCalledExactlyOnceWith('2611.00001', 'rl');
  });

  it('sets the reading status', () => {
    const { actions } = renderItem(P);
    const select = screen.getByRole('combobox', { name: 'Reading status' }) as HTMLSelectElement;
    expect(select.value).toBe('queue');
    fireEvent.change(select, { target: { value: 'reading' } });
    expect(actions.setStatus).toHaveBeenCalledExactlyOnceWith('2611.00001', 'reading');
  });

  it('opens a note field and saves the note when it loses focus', () => {
    const { actions } = renderItem(P);
    const toggle = screen.getByRole('button', { name: 'Note' });
    expect(toggle.getAttribute('aria-expanded')).toBe('false');
    expect(screen.queryByRole('textbox')).toBeNull();
    fireEvent.click(toggle);
    expect(toggle.getAttribute('aria-expanded')).toBe('true');
    const note = screen.getByRole('textbox', { name: 'Note on Attention Is All You Need' }) as HTMLTextAreaElement;
    expect(note.maxLength).toBe(2000);
    fireEvent.input(note, { target: { value: 'Read section 3.' } });
    fireEvent.blur(note);
    expect(actions.setNote).toHaveBeenCalledExactlyOnceWith('2611.00001', 'Read section 3.');
    fireEvent.click(toggle);
    expect(screen.queryByRole('textbox')).toBeNull();
  });

  it('keeps a note being typed when the library changes under it', () => {
    const { actions, rerender } = renderItem(P);
    fireEvent.click(screen.getByRole('button', { name: 'Note' }));
    fireEvent.input(screen.getByRole('textbox'), { target: { value: 'half a thought' } });
    // Another tab tags the paper: the popup's live list hands the item a new row.
    rerender(
      <ul>
        <PaperItem
          paper={{ ...P, tags: ['llm', 'rl'] }}
          knownTags={['llm', 'rl']}
          actions={actions as unknown as LibraryActions}
          onError={() => {}}
        />
      </ul>,
    );
    const note = screen.getByRole('textbox') as HTMLTextAreaElement;
    expect(note.value).toBe('half a thought');
    fireEvent.blur(note);
    expect(actions.setNote).toHaveBeenCalledExactlyOnceWith('2611.00001', 'half a thought');
  });

  it('does not write an unchanged note', () => {
    const { actions } = renderItem({ ...P, note: 'Already here.' });
    const toggle = screen.getByRole('button', { name: 'Note' });
    expect(toggle.textContent).toBe('✎ note');
    expect(toggle.getAttribute('title')).toBe('Already here.');
    fireEvent.click(toggle);
    const note = screen.getByRole('textbox') as HTMLTextAreaElement;
    expect(note.value).toBe('Already here.');
    fireEvent.blur(note);
    expect(actions.setNote).not.toHaveBeenCalled();
  });

  it('reports a failed edit', async () => {
    const actions = fakeActions();
    actions.unsave.mockRejectedValueOnce(new Error('Storage is full.'));
    const { onError } = renderItem(P, { actions });
    fireEvent.click(screen.getByRole('button', { name: /Remove from library/ }));
    await waitFor(() => expect(onError).toHaveBeenCalledExactlyOnceWith('Storage is full.'));
  });

  it('shows a hostile title, authors and tags as text', () => {
    const hostile = savedPaper('2611.00002', { title: HOSTILE, authors: [HOSTILE], tags: [HOSTILE] });
    const { container } = renderItem(hostile);
    expectShownAsText(container);
    expect(screen.getByRole('link').textContent).toBe(HOSTILE);
    expect(screen.getByRole('button', { name: `Remove from library: ${HOSTILE}` })).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Note' }));
    expect(screen.getByRole('textbox', { name: `Note on ${HOSTILE}` })).toBeTruthy();
    expect(container.querySelector('img')).toBeNull();
  });
});
