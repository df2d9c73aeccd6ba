import { describe, expect, it } from 'vitest';
import { pageCss } from '@/components/page-css';

describe('the page stylesheet', () => {
  it('anchors the overlaid controls on Hugging Face cards', () => {
    expect(pageCss('huggingface')).toContain('article[data-margin-id]{position:relative;}');
  });

  it('has no rule on data-margin-id for arXiv, whose every entry gets one (each would restyle)', () => {
    expect(pageCss('arxiv')).not.toContain('[data-margin-id]');
  });

  it('follows each site\u2019s theme switch', () => {
    expect(pageCss('huggingface')).toContain('html.dark');
    expect(pageCss('arxiv')).toContain('prefers-color-scheme: dark');
  });
});
