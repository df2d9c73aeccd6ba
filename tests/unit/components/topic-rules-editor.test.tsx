import { fireEvent, render, screen } from '@testing-library/preact';
import { describe, expect, it, vi } from 'vitest';
import { TopicRulesEditor } from '@/components/library/TopicRulesEditor';
import type { UserTopic } from '@/lib/settings';
import { expectShownAsText, HOSTILE } from './helpers';

const TOPICS: UserTopic[] = [
  { name: 'Robotics', keywords: ['robot', 'manipulation'] },
  { name: 'Retrieval', keywords: ['RAG', 'retrieval-augmented'] },
];

function renderEditor(topics = TOPICS) {
  const onSave = vi.fn(async (_topics: UserTopic[]) => {});
  const view = render(<TopicRulesEditor topics={topics} onSave={onSave} />);
  return { ...view, onSave };
}

const nameField = () => screen.getByRole('textbox', { name: 'Topic name' }) as HTMLInputElement;
const keywordsField = () => screen.getByRole('textbox', { name: 'Keywords, separated by commas' }) as HTMLInputElement;
function fill(name: string, keywords: string) {
  fireEvent.input(nameField(), { target: { value: name } });
  fireEvent.input(keywordsField(), { target: { value: keywords } });
}

describe('TopicRulesEditor', () => {
  it('lists the reader’s topics with their keywords', () => {
    const { container } = renderEditor();
    expect([...container.querySelectorAll('[data-margin-user-topic]')].map((li) => li.textContent)).toEqual([
      'Robotics: robot, manipulation EditDelete',
      'Retrieval: RAG, retrieval-augmented EditDelete',
    ]);
  });

  it('adds a topic, trimming its name and keywords, and clears the form', () => {
    const { onSave } = renderEditor();
    expect(screen.getByRole('form', { name: 'New topic' })).toBeTruthy();
    fill('  Diffusion ', ' diffusion model,  score matching , ,');
    fireEvent.click(screen.getByRole('button', { name: 'Add topic' }));
    expect(onSave).toHaveBeenCalledExactlyOnceWith([
      ...TOPICS,
      { name: 'Diffusion', keywords: ['diffusion model', 'score matching'] },
    ]);
    expect(nameField().value).toBe('');
    expect(keywordsField().value).toBe('');
    expect(screen.queryByRole('alert')).toBeNull();
  });

  it('refuses a topic without a name', () => {
    const { onSave } = renderEditor();
    fill('   ', 'robot');
    fireEvent.click(screen.getByRole('button', { name: 'Add topic' }));
    expect(screen.getByRole('alert').textContent).toBe('Name: expected at least 1 characters');
    expect(onSave).not.toHaveBeenCalled();
    expect(keywordsField().value).toBe('robot');
  });

  it('refuses a topic without keywords', () => {
    const { onSave } = renderEditor();
    fill('Vision', ' , ');
    fireEvent.click(screen.getByRole('button', { name: 'Add topic' }));
    expect(screen.getByRole('alert').textContent).toBe('Keywords: expected at least 1 items');
    expect(onSave).not.toHaveBeenCalled();
  });

  it('refuses a name that is too long', () => {
    const { onSave } = renderEditor();
    fill('x'.repeat(61), 'robot');
    fireEvent.click(screen.getByRole('button', { name: 'Add topic' }));
    expect(screen.getByRole('alert').textContent).toBe('Name: expected at most 60 characters');
    expect(onSave).not.toHaveBeenCalled();
  });

  it('refuses a keyword that is too long', () => {
    const { onSave } = renderEditor();
    fill('Vision', `image, ${'x'.repeat(101)}`);
    fireEvent.click(screen.getByRole('button', { name: 'Add topic' }));
    expect(screen.getByRole('alert').textContent).toBe('Keywords: expected at most 100 characters');
    expect(onSave).not.toHaveBeenCalled();
  });

  it('refuses a second topic with the same name, in any case', () => {
    const { onSave } = renderEditor();
    fill('robotics', 'arm');
    fireEvent.click(screen.getByRole('button', { name: 'Add topic' }));
    expect(screen.getByRole('alert').textContent).toBe('A topic named "robotics" already exists.');
    expect(onSave).not.toHaveBeenCalled();
  });

  it('clears the problem once a valid topic is added', () => {
    renderEditor();
    fill('', 'x');
    fireEvent.click(screen.getByRole('button', { name: 'Add topic' }));
    expect(screen.getByRole('alert')).toBeTruthy();
    fill('Vision', 'image');
    fireEvent.click(screen.getByRole('button', { name: 'Add topic' }));
    expect(screen.queryByRole('alert')).toBeNull();
  });

  it('edits a topic in place of the old one, and may keep its name', () => {
    const { onSave } = renderEditor();
    fireEvent.click(screen.getAllByRole('button', { name: 'Edit' })[0] as HTMLElement);
    expect(screen.getByRole('form', { name: 'Edit topic Robotics' })).toBeTruthy();
    expect(nameField().value).toBe('Robotics');
    expect(keywordsField().value).toBe('robot, manipulation');
    fireEvent.input(keywordsField(), { target: { value: 'robot, grasping' } });
    fireEvent.click(screen.getByRole('button', { name: 'Save topic' }));
    expect(onSave).toHaveBeenCalledOnce();
    const saved = onSave.mock.calls[0]?.[0] ?? [];
    expect(saved).toHaveLength(2);
    expect(saved).toContainEqual({ name: 'Robotics', keywords: ['robot', 'grasping'] });
    expect(saved).toContainEqual(TOPICS[1]);
    expect(screen.getByRole('form', { name: 'New topic' })).toBeTruthy();
  });

  it('refuses to rename a topic to another topic’s name', () => {
    const { onSave } = renderEditor();
    fireEvent.click(screen.getAllByRole('button', { name: 'Edit' })[0] as HTMLElement);
    fireEvent.input(nameField(), { target: { value: 'RETRIEVAL' } });
    fireEvent.click(screen.getByRole('button', { name: 'Save topic' }));
    expect(screen.getByRole('alert').textContent).toBe('A topic named "RETRIEVAL" already exists.');
    expect(onSave).not.toHaveBeenCalled();
  });

  it('cancels an edit, leaving an empty new-topic form', () => {
    const { onSave } = renderEditor();
    fireEvent.click(screen.getAllByRole('button', { name: 'Edit' })[1] as HTMLElement);
    fireEvent.input(keywordsField(), { target: { value: '' } });
    fireEvent.click(screen.getByRole('button', { name: 'Save topic' }));
    expect(screen.getByRole('alert')).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Cancel' }));
    expect(screen.queryByRole('alert')).toBeNull();
    expect(screen.getByRole('form', { name: 'New topic' })).toBeTruthy();
    expect(screen.queryByRole('button', { name: 'Cancel' })).toBeNull();
    expect(nameField().value).toBe('');
    expect(keywordsField().value).toBe('');
    expect(onSave).not.toHaveBeenCalled();
  });

  it('deletes a topic', () => {
    const { onSave } = renderEditor();
    fireEvent.click(screen.getAllByRole('button', { name: 'Delete' })[0] as HTMLElement);
    expect(onSave).toHaveBeenCalledExactlyOnceWith([TOPICS[1]]);
  });

  it('shows hostile topic names and keywords as text', () => {
    const { container } = renderEditor([{ name: HOSTILE, keywords: [HOSTILE] }]);
    expectShownAsText(container);
  });
});
