// BulkActions and UndoBar.
import { fireEvent, render, screen } from '@testing-library/preact';
import { describe, expect, it, vi } from 'vitest';
import { BulkActions } from '@/components/library/BulkActions';
import { UndoBar } from '@/components/library/UndoBar';
import type { ReadingStatus } from '@/lib/paper';

function renderBulk(count = 3, knownTags = ['llm', 'vision']) {
  const props = {
    onTag: vi.fn<(tag: string) => void>(),
    onStatus: vi.fn<(status: ReadingStatus) => void>(),
    onDelete: vi.fn(),
    onClear: vi.fn(),
  };
  const view = render(<BulkActions count={count} knownTags={knownTags} {...props} />);
  const tag = screen.getByRole('combobox', { name: 'Tag to add to the selection' }) as HTMLInputElement;
  return { ...view, ...props, tag };
}

describe('BulkActions', () => {
  it('says how many papers are selected', () => {
    renderBulk(12);
    const region = screen.getByRole('region', { name: 'Selected papers' });
    expect(region.hasAttribute('data-margin-bulk')).toBe(true);
    expect(screen.getByText('12 selected')).toBeTruthy();
  });

  it('adds a trimmed tag to the selection and clears the field', () => {
    const { tag, onTag } = renderBulk();
    fireEvent.input(tag, { target: { value: '  to-cite ' } });
    fireEvent.click(screen.getByRole('button', { name: 'Add tag' }));
    expect(onTag).toHaveBeenCalledExactlyOnceWith('to-cite');
    expect(tag.value).toBe('');
  });

  it('adds no empty tag', () => {
    const { tag, onTag } = renderBulk();
    fireEvent.input(tag, { target: { value: '   ' } });
    fireEvent.click(screen.getByRole('button', { name: 'Add tag' }));
    expect(onTag).not.toHaveBeenCalled();
  });

  it('autocompletes from the library’s tags', () => {
    const { tag, container } = renderBulk();
    const list = container.querySelector(`datalist#${tag.getAttribute('list')}`);
    expect([...(list?.querySelectorAll('option') ?? [])].map((o) => o.getAttribute('value'))).toEqual([
      'llm',
      'vision',
    ]);
  });

  it('sets the status of the selection, then shows the prompt again', () => {
    const { onStatus } = renderBulk();
    const select = screen.getByRole('combobox', { name: 'Set status of the selection' }) as HTMLSelectElement;
    expect([...select.options].map((o) => o.textContent)).toEqual(['Set status…', 'To read', 'Reading', 'Read']);
    fireEvent.change(select, { target: { value: 'read' } });
    expect(onStatus).toHaveBeenCalledExactlyOnceWith('read');
    expect(select.value).toBe('');
  });

  it('deletes and clears the selection', () => {
    const { onDelete, onClear } = renderBulk();
    const del = screen.getByRole('button', { name: 'Delete' });
    expect(del.getAttribute('data-margin-action')).toBe('bulk-delete');
    fireEvent.click(del);
    expect(onDelete).toHaveBeenCalledOnce();
    expect(onClear).not.toHaveBeenCalled();
    fireEvent.click(screen.getByRole('button', { name: 'Clear selection' }));
    expect(onClear).toHaveBeenCalledOnce();
  });
});

describe('UndoBar', () => {
  it('announces what happened and undoes it', () => {
    const onUndo = vi.fn();
    const onClose = vi.fn();
    render(<UndoBar message="Deleted 3 papers." onUndo={onUndo} onClose={onClose} />);
    const status = screen.getByRole('status');
    expect(status.hasAttribute('data-margin-undo')).toBe(true);
    expect(status.textContent).toContain('Deleted 3 papers.');
    const undo = screen.getByRole('button', { name: 'Undo' });
    expect(undo.getAttribute('data-margin-action')).toBe('undo');
    fireEvent.click(undo);
    expect(onUndo).toHaveBeenCalledOnce();
    expect(onClose).not.toHaveBeenCalled();
  });

  it('closes without undoing', () => {
    const onUndo = vi.fn();
    const onClose = vi.fn();
    render(<UndoBar message="Deleted 1 paper." onUndo={onUndo} onClose={onClose} />);
    fireEvent.click(screen.getByRole('button', { name: 'Close' }));
    expect(onClose).toHaveBeenCalledOnce();
    expect(onUndo).not.toHaveBeenCalled();
  });
});
