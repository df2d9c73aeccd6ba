import { render } from '@testing-library/preact';
import { describe, expect, it } from 'vitest';
import { TopicChips } from '@/components/TopicChips';

describe('TopicChips', () => {
  it('shows at most three chips, each with data-margin-topic and the matched words on hover', () => {
    const { container } = render(
      <TopicChips
        topics={[
          { name: 'LLMs', terms: ['large language models', 'LLM'] },
          { name: 'Reasoning', terms: ['chain-of-thought'] },
          { name: 'Code', terms: ['code generation'] },
          { name: 'Theory', terms: ['we prove'] },
        ]}
      />,
    );
    const chips = [...container.querySelectorAll('[data-margin-topic]')];
    expect(chips.map((chip) => chip.getAttribute('data-margin-topic'))).toEqual(['LLMs', 'Reasoning', 'Code']);
    expect(chips[0]?.getAttribute('title')).toBe('Matched: large language models, LLM');
    expect(chips[0]?.textContent).toBe('LLMs');
  });

  it('renders a hostile topic name as text', () => {
    const name = '<img src=x onerror=alert(1)>';
    const { container } = render(<TopicChips topics={[{ name, terms: [name] }]} />);
    expect(container.querySelector('img')).toBeNull();
    expect(container.querySelector('[data-margin-topic]')?.textContent).toBe(name);
  });
});
