// The arXiv adapters on hand-built fragments (tests/fixtures/pages) for the variants no saved real page covers:
// the pre-2024 markup, month listings, catch-up, search results.
import { describe, expect, it } from 'vitest';
import { readPage, readWithAdapter } from './helpers';

describe('arXiv listing, pre-2024 markup', () => {
  it('reads /new: h3 before each dl, span.list-identifier, "Authors:" descriptor, old-style ids', () => {
    const url = 'https://arxiv.org/list/hep-th/new';
    const { detected, cards, refs, papers } = readWithAdapter(readPage('arxiv_old_new_hep-th_2023-02-03.html'), url);
    expect(detected.handler.kind).toBe('new');
    expect(cards).toHaveLength(5);
    expect(refs.every(Boolean)).toBe(true);
    expect(papers.map((p) => [p.id, p.section, p.announced])).toEqual([
      ['2302.01234', 'new', '2023-02-03'],
      ['2302.01301', 'new', '2023-02-03'],
      ['2302.00999', 'cross', '2023-02-03'],
      ['hep-th/9901001', 'replaced', '2023-02-03'],
      // The subject class is not part of an old-style identifier.
      ['math/0309136', 'replaced', '2023-02-03'],
    ]);
    expect(papers[0]).toEqual({
      id: '2302.01234',
      title: 'Holography of $T\\bar{T}$ deformations at finite cutoff',
      authors: ['Jane Doe', 'Richard Roe'],
      abstract:
        'We study $T\\bar{T}$ deformed conformal field theories holographically dual to gravity with a finite radial cutoff.',
      subjects: [
        { code: 'hep-th', name: 'High Energy Physics - Theory' },
        { code: 'gr-qc', name: 'General Relativity and Quantum Cosmology' },
      ],
      announced: '2023-02-03',
      site: 'arxiv',
      pageUrl: url,
      section: 'new',
      links: { abs: 'https://arxiv.org/abs/2302.01234', pdf: 'https://arxiv.org/pdf/2302.01234' },
    });
    expect(papers[1]?.authors).toEqual(['Anna Müller']);
    expect(papers[3]?.links).toEqual({
      abs: 'https://arxiv.org/abs/hep-th/9901001',
      pdf: 'https://arxiv.org/pdf/hep-th/9901001',
    });
    expect(papers[4]?.subjects[0]).toEqual({ code: 'math.GT', name: 'Geometric Topology' });
    expect(papers.every((p) => p.version === undefined && !p.title.startsWith('Title'))).toBe(true);
  });

  it('reads /pastweek: a day heading per dl, even with a paging line between heading and dl', () => {
    const url = 'https://arxiv.org/list/math.GT/pastweek?show=25';
    const { detected, papers } = readWithAdapter(readPage('arxiv_old_pastweek_math.GT.html'), url);
    expect(detected.handler.kind).toBe('pastweek');
    expect(papers.map((p) => [p.id, p.section, p.announced])).toEqual([
      ['2302.01400', 'day', '2023-02-03'],
      ['2302.00999', 'day', '2023-02-03'],
      ['2302.00500', 'day', '2023-02-02'],
    ]);
  });
});

describe('arXiv month listing and catch-up (current markup)', () => {
  it('reads /list/<cat>/YYYY-MM: one dl without heading, no announcement day', () => {
    const url = 'https://arxiv.org/list/cs.LG/2026-09';
    const { detected, papers, layout, doc } = readWithAdapter(readPage('arxiv_list_cs.LG_2026-09.html'), url);
    expect(detected.handler.kind).toBe('month');
    expect(papers.map((p) => [p.id, p.version, p.section, p.announced])).toEqual([
      ['2609.00011', 2, 'listing', undefined],
      ['2609.00042', undefined, 'cross', undefined],
      ['2609.00107', 1, 'listing', undefined],
    ]);
    expect(papers[0]?.title).toBe('Scaling laws for $k$-sparse autoencoders');
    expect(papers[0]?.links.html).toBe('https://arxiv.org/html/2609.00011v2');
    expect(papers[1]?.subjects).toEqual([
      { code: 'stat.ML', name: 'Machine Learning' },
      { code: 'cs.LG', name: 'Machine Learning' },
    ]);
    expect(layout.summaryAnchor(doc)?.tagName).toBe('DL');
  });

  it('reads /catchup/<cat>/<day>: the day comes from the h1, sections from the h3s', () => {
    const url = 'https://arxiv.org/catchup/cs.LG/2026-09-21';
    const { detected, papers } = readWithAdapter(readPage('arxiv_catchup_cs.LG_2026-09-21.html'), url);
    expect(detected.handler.kind).toBe('catchup');
    expect(papers.map((p) => [p.id, p.version, p.section, p.announced])).toEqual([
      ['2609.21001', 1, 'new', '2026-09-21'],
      ['2609.20877', undefined, 'cross', '2026-09-21'],
      ['2501.01234', 4, 'replaced', '2026-09-21'],
    ]);
    // A <br> between paragraphs reads as a space, not as glued words.
    expect(papers[0]?.abstract).toBe('We study optimizers that forget. A second paragraph.');
  });
});

describe('arXiv search results', () => {
  const url = 'https://arxiv.org/search/?query=neighborhood+attention&searchtype=all';
  const read = () => readWithAdapter(readPage('arxiv_search_results.html'), url);

  it('reads every li.arxiv-result', () => {
    const { detected, cards, papers } = read();
    expect(detected.handler.kind).toBe('search');
    expect(cards).toHaveLength(3);
    expect(papers.map((p) => p.id)).toEqual(['2504.16922', '2209.15001', 'hep-th/9901001']);
    expect(papers.every((p) => p.section === 'search' && p.site === 'arxiv')).toBe(true);
  });

  it('reads title with search hits, authors without "Authors:", subjects with names, the full abstract', () => {
    const [first] = read().papers;
    expect(first).toEqual({
      id: '2504.16922',
      title: 'Generalized Neighborhood Attention: Multi-dimensional Sparse Attention at the Speed of Light',
      authors: ['Ali Hassani', 'Fengzhe Zhou'],
      abstract:
        'Many sparse attention mechanisms such as Neighborhood Attention have typically failed to consistently deliver speedup over the self attention baseline.',
      subjects: [
        { code: 'cs.CV', name: 'Computer Vision and Pattern Recognition' },
        { code: 'cs.LG', name: 'Machine Learning' },
      ],
      published: '2025-04-23',
      site: 'arxiv',
      pageUrl: url,
      section: 'search',
      links: { abs: 'https://arxiv.org/abs/2504.16922', pdf: 'https://arxiv.org/pdf/2504.16922' },
    });
  });

  it('takes the version from a versioned id and the first version date as published', () => {
    const second = read().papers[1];
    expect(second?.version).toBe(3);
    // "Submitted 3 March, 2025; v1 submitted 29 September, 2022"
    expect(second?.published).toBe('2022-09-29');
    expect(second?.abstract).toBe('A short abstract that is not truncated.');
  });

  it('reads a MathJax-rendered title as TeX', () => {
    const third = read().papers[2];
    expect(third?.title).toBe('Large $N$ limits and $AdS_5$ neighborhood attention');
    expect(third?.published).toBe('1999-01-04');
    expect(third?.abstract).toBeUndefined();
  });

  it('mounts in the identifier line', () => {
    const { cards, layout, doc } = read();
    expect(layout.mount(cards[0] as Element).parent.classList.contains('list-title')).toBe(true);
    expect(layout.summaryAnchor(doc)?.tagName).toBe('OL');
    expect(layout.cardKey(cards[1] as Element)).toBe('https://arxiv.org/abs/2209.15001v3');
  });
});

describe('arXiv listing entries that cannot be read', () => {
  it('returns null for an entry without an identifier or without its dd, and reads the rest', () => {
    const html = `<div id="dlpage"><dl id="articles">
      <dt><a name="item1">[1]</a> <a title="Abstract">no identifier</a></dt>
      <dd><div class="meta"><div class="list-title mathjax"><span class="descriptor">Title:</span> A</div></div></dd>
      <dt><a href="/abs/2609.00001" title="Abstract">arXiv:2609.00001</a></dt>
      <dt><a href="/abs/2609.00002" title="Abstract">arXiv:2609.00002</a> [<a href="http://[broken/html/2609.00002v1" title="View HTML">html</a>]</dt>
      <dd><div class="meta"><div class="list-title mathjax"><span class="descriptor">Title:</span> B</div></div></dd>
      <dt><a href="/abs/2609.00003" title="Abstract">arXiv:2609.00003</a></dt>
      <dd><div class="meta"><div class="list-title mathjax"><span class="descriptor">Title:</span></div></div></dd>
    </dl></div>`;
    const { refs } = readWithAdapter(html, 'https://arxiv.org/list/cs.LG/recent');
    expect(refs.map((ref) => ref?.id ?? null)).toEqual([null, null, '2609.00002', null]);
    // A malformed link costs the link, not the paper.
    expect(refs[2]?.links.html).toBeUndefined();
    expect(refs[2]?.title).toBe('B');
  });
});
