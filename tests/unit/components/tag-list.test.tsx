import { fireEvent, render, screen } from '@testing-library/preact';
import { describe, expect, it, vi } from 'vitest';
import { TagList } from '@/components/TagList';
import { expectShownAsText, HOSTILE } from './helpers';

function renderList(tags = ['llm', 'vision'], known = ['agents', 'llm', 'rl', 'vision']) {
  const onAdd = vi.fn<(tag: string) => void>();
  const onRemove = vi.fn<(tag: string) => void>();
  const view = render(<TagList tags={tags} known={known} onAdd={onAdd} onRemove={onRemove} listId="tags-p1" />);
  const input = screen.getByRole('combobox', { name: 'Add a tag' }) as HTMLInputElement;
  return { ...view, input, onAdd, onRemove };
}

const type = (input: HTMLInputElement, value: string) => fireEvent.input(input, { target: { value } });

describe('TagList', () => {
  it('shows each tag with a named remove button', () => {
    const { container } = renderList();
    expect([...container.querySelectorAll('.tag')].map((t) => t.textContent)).toEqual(['#llm×', '#vision×']);
    expect(screen.getByRole('button', { name: 'Remove tag llm' })).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Remove tag vision' })).toBeTruthy();
  });

  it('removes one tag', () => {
    const { onRemove, onAdd } = renderList();
    fireEvent.click(screen.getByRole('button', { name: 'Remove tag vision' }));
    expect(onRemove).toHaveBeenCalledExactlyOnceWith('vision');
    expect(onAdd).not.toHaveBeenCalled();
  });

  it('autocompletes from library tags the paper does not have yet', () => {
    const { container, input } = renderList();
    expect(input.getAttribute('list')).toBe('tags-p1');
    const options = container.querySelectorAll('datalist#tags-p1 option');
    expect([...options].map((o) => o.getAttribute('value'))).toEqual(['agents', 'rl']);
  });

  it('Enter adds the trimmed tag and clears the field', () => {
    const { input, onAdd } = renderList();
    type(input, '  agents  ');
    const notPrevented = fireEvent.keyDown(input, { key: 'Enter' });
    expect(notPrevented).toBe(false); // Enter does not also submit a surrounding form
    expect(onAdd).toHaveBeenCalledExactlyOnceWith('agents');
    expect(input.value).toBe('');
  });

  it('adds what was typed when the field loses focus', () => {
    const { input, onAdd } = renderList();
    type(input, 'rl');
    fireEvent.blur(input);
    expect(onAdd).toHaveBeenCalledExactlyOnceWith('rl');
  });

  it('does not add a tag the paper already has, in any case, nor an empty one', () => {
    const { input, onAdd } = renderList();
    type(input, 'LLM');
    fireEvent.keyDown(input, { key: 'Enter' });
    type(input, '   ');
    fireEvent.keyDown(input, { key: 'Enter' });
    fireEvent.blur(input);
    expect(onAdd).not.toHaveBeenCalled();
    expect(input.value).toBe('');
  });

  it('shows hostile tags as text', () => {
    const { container } = renderList([HOSTILE], [HOSTILE, 'ok']);
    expectShownAsText(container);
    expect(screen.getByRole('button', { name: `Remove tag ${HOSTILE}` })).toBeTruthy();
  });
});
