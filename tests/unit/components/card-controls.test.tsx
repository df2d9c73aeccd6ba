import { fireEvent, render, screen } from '@testing-library/preact';
import { describe, expect, it, vi } from 'vitest';
import { type CardActions, CardControls } from '@/components/CardControls';
import type { PaperState } from '@/lib/library/states';
import { expectShownAsText, HOSTILE, NOW, paperState } from './helpers';

function actions() {
  return {
    star: vi.fn<CardActions['star']>(),
    dismiss: vi.fn<CardActions['dismiss']>(),
    saveTags: vi.fn<CardActions['saveTags']>(),
    editTags: vi.fn<CardActions['editTags']>(),
  };
}

function renderCard(
  state: PaperState | undefined,
  { title = 'Attention Is All You Need', editingTags = false, knownTags = ['llm', 'vision'] } = {},
) {
  const spy = actions();
  const view = render(
    <CardControls
      title={title}
      state={state}
      now={NOW}
      editingTags={editingTags}
      knownTags={knownTags}
      actions={spy}
    />,
  );
  return { ...view, actions: spy };
}

const star = () => screen.getByRole('button', { name: /library:/ });

describe('CardControls', () => {
  it('offers an unpressed star that saves, named after the paper', () => {
    const { actions } = renderCard(paperState());
    expect(star().getAttribute('data-margin-action')).toBe('star');
    expect(star().getAttribute('aria-pressed')).toBe('false');
    expect(star().getAttribute('aria-label')).toBe('Save to library: Attention Is All You Need');
    expect(star().textContent).toBe('☆');
    fireEvent.click(star());
    expect(actions.star).toHaveBeenCalledExactlyOnceWith(true);
  });

  it('shows a saved paper with a pressed star that removes it', () => {
    const { actions } = renderCard(paperState({ state: 'saved' }));
    expect(star().getAttribute('aria-pressed')).toBe('true');
    expect(screen.getByRole('button', { name: 'Remove from library: Attention Is All You Need' })).toBe(star());
    expect(star().textContent).toBe('★');
    fireEvent.click(star());
    expect(actions.star).toHaveBeenCalledExactlyOnceWith(false);
  });

  it('keeps a star (unpressed, no badge) while the library has not answered', () => {
    const { container, actions } = renderCard(undefined);
    expect(star().getAttribute('aria-pressed')).toBe('false');
    expect(container.querySelector('[data-margin-badge]')).toBeNull();
    fireEvent.click(star());
    expect(actions.star).toHaveBeenCalledWith(true);
  });

  it('shows the state badge next to the star', () => {
    const { container } = renderCard(paperState({ state: 'saved', tags: ['llm'] }));
    expect(container.querySelector('[data-margin-badge="saved"]')?.textContent).toBe('Saved · #llm');
  });

  it('shortens a long title in the star name', () => {
    renderCard(paperState(), { title: 'x'.repeat(200) });
    expect(star().getAttribute('aria-label')).toBe(`Save to library: ${'x'.repeat(79)}…`);
  });

  it('dismisses with a named button', () => {
    const { actions } = renderCard(paperState());
    const dismiss = screen.getByRole('button', { name: 'Dismiss: not interested' });
    expect(dismiss.getAttribute('data-margin-action')).toBe('dismiss');
    fireEvent.click(dismiss);
    expect(actions.dismiss).toHaveBeenCalledExactlyOnceWith(true);
    expect(actions.star).not.toHaveBeenCalled();
  });

  it('collapses a dismissed paper to its title and a reopen button', () => {
    const { actions } = renderCard(paperState({ dismissed: true, state: 'seen' }));
    expect(screen.queryByRole('button', { name: /library:/ })).toBeNull();
    expect(screen.queryByRole('button', { name: 'Dismiss: not interested' })).toBeNull();
    expect(screen.getByText('Attention Is All You Need')).toBeTruthy();
    const reopen = screen.getByRole('button', { name: 'Dismissed · reopen' });
    expect(reopen.getAttribute('data-margin-action')).toBe('reopen');
    fireEvent.click(reopen);
    expect(actions.dismiss).toHaveBeenCalledExactlyOnceWith(false);
  });

  it('opens the tag editor from the tag button', () => {
    const { actions } = renderCard(paperState());
    const tag = screen.getByRole('button', { name: 'Tag this paper' });
    expect(tag.getAttribute('data-margin-action')).toBe('tag');
    fireEvent.click(tag);
    expect(actions.editTags).toHaveBeenCalledExactlyOnceWith(true);
  });

  it('while tagging, edits the current tags, saves them, and Escape closes the editor', () => {
    const { actions } = renderCard(paperState({ state: 'saved', tags: ['llm'] }), { editingTags: true });
    expect(screen.queryByRole('button', { name: 'Tag this paper' })).toBeNull();
    const input = screen.getByRole('combobox', { name: 'Tags, separated by commas' }) as HTMLInputElement;
    expect(input.value).toBe('llm');
    fireEvent.input(input, { target: { value: 'llm, agents' } });
    fireEvent.click(screen.getByRole('button', { name: 'Save' }));
    expect(actions.saveTags).toHaveBeenCalledExactlyOnceWith(['llm', 'agents']);
    fireEvent.keyDown(input, { key: 'Escape' });
    expect(actions.editTags).toHaveBeenCalledExactlyOnceWith(false);
  });

  it('offers at most two suggested tags; one click adds it to the tags the paper has', () => {
    const { actions } = renderCard(
      paperState({
        state: 'saved',
        tags: ['llm'],
        suggestions: [
          { tag: 'agents', confidence: 0.91 },
          { tag: 'rl', confidence: 0.7 },
          { tag: 'vision', confidence: 0.6 },
        ],
      }),
    );
    const suggested = screen.getAllByRole('button', { name: /^\+#/ });
    expect(suggested.map((b) => b.textContent)).toEqual(['+#agents?', '+#rl?']);
    expect(suggested[0]?.getAttribute('title')).toContain('91% confident');
    fireEvent.click(suggested[0] as HTMLElement);
    expect(actions.saveTags).toHaveBeenCalledExactlyOnceWith(['llm', 'agents']);
  });

  it('shows a hostile title as text, in the star name and when collapsed', () => {
    renderCard(paperState(), { title: HOSTILE });
    expect(star().getAttribute('aria-label')).toBe(`Save to library: ${HOSTILE}`);
    expect(document.querySelector('img')).toBeNull();

    const collapsed = renderCard(paperState({ dismissed: true }), { title: HOSTILE });
    expectShownAsText(collapsed.container);
  });
});
