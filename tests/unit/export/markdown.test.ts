// The Markdown reading list read back by mdast-util-from-markdown (CommonMark): page text stays text, the only
// links are ours, no HTML gets through.
import { fromMarkdown } from 'mdast-util-from-markdown';
import { describe, expect, it } from 'vitest';
import { writeMarkdown } from '@/lib/export/markdown';
import type { Paper } from '@/lib/paper';
import { AWKWARD_TITLES, hostilePapers, input, paper, T0 } from './fixtures';

interface Node {
  type: string;
  url?: string;
  value?: string;
  children?: Node[];
}

function walk(node: Node, visit: (node: Node) => void): void {
  visit(node);
  for (const child of node.children ?? []) walk(child, visit);
}

const textOf = (node: Node): string =>
  node.type === 'text' || node.type === 'inlineCode' ? (node.value ?? '') : (node.children ?? []).map(textOf).join('');

function links(markdown: string): Node[] {
  const found: Node[] = [];
  walk(fromMarkdown(markdown) as Node, (node) => {
    expect(node.type).not.toBe('html');
    expect(node.type).not.toBe('image');
    if (node.type === 'link') found.push(node);
  });
  return found;
}

const seen = {
  firstAt: T0,
  firstUrl: 'https://arxiv.org/list/cs.LG/new',
  firstSite: 'arxiv',
  firstKind: 'new',
  count: 2,
  lastAt: T0,
} as const;

describe('Markdown export', () => {
  it('writes one line per paper, grouped by status', () => {
    const md = writeMarkdown(
      input([
        paper('1706.03762', {
          title: 'Attention Is All You Need',
          authors: ['Ashish Vaswani', 'Noam Shazeer'],
          published: '2025-06-12',
          tags: ['nlp'],
          seen,
        }),
        paper('2501.00002', { title: 'Read One', authors: ['Plato'], status: 'read', published: '2025-01-02' }),
      ]),
    );
    expect(md).toContain(
      '## To read\n\n- [ ] [Attention Is All You Need](https://arxiv.org/abs/1706.03762) — Vaswani et al., 2025 · #nlp · seen 2025-12-08\n',
    );
    expect(md).toContain('## Read\n\n- [x] [Read One](https://arxiv.org/abs/2501.00002) — Plato, 2025\n');
    expect(md).not.toContain('## Reading');
  });

  it('can group by tag, a paper under each of its tags', () => {
    const md = writeMarkdown(
      input([paper('2501.00001', { tags: ['a', 'b'] }), paper('2501.00002', { tags: [] })]),
      'tag',
    );
    expect(md.match(/2501\.00001/g)).toHaveLength(4);
    expect(md).toMatch(/## a\n[\s\S]*## b\n[\s\S]*## Untagged\n/);
  });

  it('titles come back as the same text, and each link goes to the paper', () => {
    const papers: Paper[] = AWKWARD_TITLES.map((title, i) => paper(`2501.0000${i}`, { title }));
    const found = links(writeMarkdown(input(papers)));
    expect(found.map((link) => link.url)).toEqual(papers.map((p) => `https://arxiv.org/abs/${p.id}`));
    expect(found.map(textOf)).toEqual(papers.map((p) => p.title));
  });

  it('hostile text never becomes markup or a link', () => {
    const papers = hostilePapers().map((p) => ({ ...p, seen }));
    const md = writeMarkdown(input(papers), 'tag') + writeMarkdown(input(papers), 'status');
    for (const link of links(md)) expect(link.url).toMatch(/^https:\/\/arxiv\.org\/abs\/2512\.\d{5}$/);
    expect(md).not.toMatch(/(?<!\\)</);
    expect(md).not.toMatch(/(?<!\\)\[click\]/);
    expect(md).not.toMatch(/javascript:/i);
    expect(md).not.toMatch(/https:\/\/evil/);
    expect(md).not.toMatch(/(?<!\\)www\./);
  });

  it('a paper without an arXiv id links to its own page, only if it is http(s)', () => {
    const md = writeMarkdown(
      input([
        paper('title:a', { title: 'Linked', links: { hf: 'https://huggingface.co/papers/a (b)' } }),
        paper('title:b', { title: 'Unlinked', links: {} }),
      ]),
    );
    const found = links(md);
    expect(found.map((link) => link.url)).toEqual(['https://huggingface.co/papers/a%20%28b%29']);
    expect(md).toContain('- [ ] Unlinked — Lovelace et al., 2025');
  });
});
