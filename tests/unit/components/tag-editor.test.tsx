import { fireEvent, render, screen } from '@testing-library/preact';
import { describe, expect, it, vi } from 'vitest';
import { TagEditor } from '@/components/TagEditor';
import { HOSTILE } from './helpers';

function renderEditor(tags: string[] = [], known: string[] = ['llm', 'vision', 'agents']) {
  const onSave = vi.fn<(tags: string[]) => void>();
  const onCancel = vi.fn();
  const view = render(<TagEditor tags={tags} known={known} onSave={onSave} onCancel={onCancel} />);
  const input = screen.getByRole('combobox', { name: 'Tags, separated by commas' }) as HTMLInputElement;
  return { ...view, input, onSave, onCancel };
}

/** Enter in a text field: the key, then the form's implicit submission unless a listener prevented it. */
function pressEnter(input: HTMLInputElement) {
  if (fireEvent.keyDown(input, { key: 'Enter' }) && input.form) fireEvent.submit(input.form);
}

const type = (input: HTMLInputElement, value: string) => fireEvent.input(input, { target: { value } });

describe('TagEditor', () => {
  it('starts with the paper’s tags, focused', () => {
    const { input } = renderEditor(['llm', 'vision']);
    expect(input.value).toBe('llm, vision');
    expect(document.activeElement).toBe(input);
  });

  it('autocompletes from the tags already in the library', () => {
    const { input, container } = renderEditor();
    const list = container.querySelector(`datalist#${input.getAttribute('list')}`);
    expect(list).not.toBeNull();
    expect([...(list?.querySelectorAll('option') ?? [])].map((o) => o.getAttribute('value'))).toEqual([
      'llm',
      'vision',
      'agents',
    ]);
  });

  it('Enter saves the tags typed', () => {
    const { input, onSave, onCancel } = renderEditor(['llm']);
    type(input, 'llm, agents');
    pressEnter(input);
    expect(onSave).toHaveBeenCalledExactlyOnceWith(['llm', 'agents']);
    expect(onCancel).not.toHaveBeenCalled();
  });

  it('the Save button saves too', () => {
    const { input, onSave } = renderEditor();
    type(input, 'vision');
    fireEvent.click(screen.getByRole('button', { name: 'Save' }));
    expect(onSave).toHaveBeenCalledExactlyOnceWith(['vision']);
  });

  it('trims tags and drops empty ones', () => {
    const { input, onSave } = renderEditor();
    type(input, '  llm ,, vision  ,  , ');
    pressEnter(input);
    expect(onSave).toHaveBeenCalledExactlyOnceWith(['llm', 'vision']);
  });

  it('saves no tags when everything is cleared', () => {
    const { input, onSave } = renderEditor(['llm']);
    type(input, '   ');
    pressEnter(input);
    expect(onSave).toHaveBeenCalledExactlyOnceWith([]);
  });

  it('saves each tag once, whatever its case', () => {
    const { input, onSave } = renderEditor();
    type(input, 'llm, vision, llm, LLM');
    pressEnter(input);
    expect(onSave).toHaveBeenCalledExactlyOnceWith(['llm', 'vision']);
  });

  it('Escape cancels without saving', () => {
    const { input, onSave, onCancel } = renderEditor(['llm']);
    type(input, 'llm, half-typed');
    fireEvent.keyDown(input, { key: 'Escape' });
    expect(onCancel).toHaveBeenCalledOnce();
    expect(onSave).not.toHaveBeenCalled();
  });

  it('keeps typed keys from the page’s triage shortcuts', () => {
    const pageKeys = vi.fn();
    document.addEventListener('keydown', pageKeys);
    try {
      const { input } = renderEditor();
      for (const key of ['j', 'k', 's', 'x', 'Escape']) fireEvent.keyDown(input, { key });
      expect(pageKeys).not.toHaveBeenCalled();
    } finally {
      document.removeEventListener('keydown', pageKeys);
    }
  });

  it('shows hostile tags as text', () => {
    const { container, input } = renderEditor([HOSTILE], [HOSTILE]);
    expect(input.value).toBe(HOSTILE);
    expect(container.querySelector('img')).toBeNull();
    expect(container.querySelector('option')?.getAttribute('value')).toBe(HOSTILE);
  });

  it('saves hostile tag text as plain strings', () => {
    const { input, onSave } = renderEditor();
    type(input, `${HOSTILE}, ok`);
    pressEnter(input);
    expect(onSave).toHaveBeenCalledExactlyOnceWith([HOSTILE, 'ok']);
    expect(document.querySelector('img')).toBeNull();
  });
});
