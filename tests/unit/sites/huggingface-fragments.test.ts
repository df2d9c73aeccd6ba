// The Hugging Face adapter on hand-built fragments (tests/fixtures/pages): single paper pages, search, stale
// embedded data after in-page navigation, non-arXiv ids, hostile titles, malformed data-props.
import { describe, expect, it } from 'vitest';
import { parsePage, readPage, readWithAdapter } from './helpers';

describe('Hugging Face single paper page', () => {
  const url = 'https://huggingface.co/papers/2606.28322';

  it('reads the h1 and the PaperContent data', () => {
    const { detected, cards, papers } = readWithAdapter(readPage('hf_paper_2606.28322.html'), url);
    expect(detected.handler.kind).toBe('paper');
    expect(cards.map((card) => card.tagName)).toEqual(['H1']);
    expect(papers).toEqual([
      {
        id: '2606.28322',
        title: 'PerceptionRubrics: Calibrating Multimodal Evaluation to Human Perception',
        authors: ['Yana Wei', 'Hongbo Peng', 'Vishal M. Patel'],
        abstract:
          'We introduce PerceptionRubrics, a rubric-based evaluation framework that addresses the gap between saturated benchmark scores and real-world brittleness.',
        subjects: [],
        published: '2026-06-26',
        site: 'huggingface',
        pageUrl: url,
        section: 'single',
        links: {
          abs: 'https://arxiv.org/abs/2606.28322',
          pdf: 'https://arxiv.org/pdf/2606.28322',
          hf: 'https://huggingface.co/papers/2606.28322',
        },
      },
    ]);
  });

  it('ignores PaperContent left from the previous paper after in-page navigation', () => {
    const next = 'https://huggingface.co/papers/2607.01001';
    const doc = parsePage(readPage('hf_paper_2606.28322.html'), next);
    (doc.querySelector('h1') as Element).textContent = 'The paper now shown';
    const { papers } = readWithAdapter('', next, doc);
    expect(papers).toHaveLength(1);
    expect(papers[0]).toMatchObject({ id: '2607.01001', title: 'The paper now shown', authors: [] });
    expect(papers[0]?.abstract).toBeUndefined();
    expect(papers[0]?.published).toBeUndefined();
  });
});

describe('Hugging Face search page', () => {
  const url = 'https://huggingface.co/papers?q=neighborhood+attention';

  it('reads titles through <span class="highlight"> and enriches from searchResults', () => {
    const { detected, papers } = readWithAdapter(readPage('hf_papers_search.html'), url);
    expect(detected.handler.kind).toBe('search');
    expect(papers.map((p) => [p.id, p.title, p.section])).toEqual([
      [
        '2504.16922',
        'Generalized Neighborhood Attention: Multi-dimensional Sparse Attention at the Speed of Light',
        'search',
      ],
      ['2209.15001', 'Dilated Neighborhood Attention Transformer', 'search'],
      ['2410.07001', 'Local attention without a JSON entry', 'search'],
    ]);
    expect(papers[0]?.authors).toEqual(['Ali Hassani', 'Fengzhe Zhou']);
    expect(papers[0]?.published).toBe('2025-04-23');
    // A flat result item ({id, title, summary, authors}) is read as well as a wrapped one ({paper}).
    expect(papers[1]?.abstract).toBe('Transformers are quickly becoming one of the most applied architectures.');
    expect(papers[1]?.authors).toEqual(['Ali Hassani', 'Humphrey Shi']);
    expect(papers[2]?.abstract).toBeUndefined();
    expect(papers[2]?.authors).toEqual([]);
  });
});

describe('Hugging Face listing whose embedded data is stale', () => {
  const url = 'https://huggingface.co/papers/date/2026-07-03';
  const read = () => readWithAdapter(readPage('hf_papers_stale.html'), url);

  it('reads every visible card, by its h3 link, in page order', () => {
    const { cards, papers, layout } = read();
    expect(cards).toHaveLength(5);
    expect(cards.map((card) => layout.cardKey(card))).toEqual([
      '/papers/2607.01001',
      '/papers/2606.28322',
      '/papers/openreview-Zx81Qp',
      '/papers/2607.01002',
      '/papers/2606.30002',
    ]);
    expect(papers).toHaveLength(5);
  });

  it('uses the visible title and never another paper`s abstract or authors', () => {
    const { papers } = read();
    const byTitle = new Map(papers.map((p) => [p.title, p]));
    const unknown = byTitle.get('Visible paper that the stale JSON does not know');
    expect(unknown).toMatchObject({ id: '2607.01001', authors: [] });
    expect(unknown?.abstract).toBeUndefined();
    const reused = byTitle.get('Reused card: the JSON has 2606.30001, not this id');
    expect(reused).toMatchObject({ id: '2606.30002', authors: [] });
    expect(reused?.abstract).toBeUndefined();
    for (const paper of papers) {
      expect(paper.abstract ?? '').not.toContain('2606.30001');
      expect(paper.authors).not.toContain('Stale Author');
    }
  });

  it('still enriches a card whose id the stale data does describe (the same paper)', () => {
    const shared = read().papers[1];
    expect(shared).toMatchObject({
      id: '2606.28322',
      authors: ['Yana Wei', 'Hongbo Peng', 'Vishal M. Patel'],
      abstract: 'We introduce PerceptionRubrics, a rubric-based evaluation framework.',
      published: '2026-06-26',
    });
  });

  it('keys a card with a non-arXiv id by its title and links only to Hugging Face', () => {
    const other = read().papers[2];
    expect(other?.id).toMatch(/^title:[0-9a-z]+$/);
    expect(other?.title).toBe('A paper Hugging Face lists by a non-arXiv id');
    expect(other?.links).toEqual({ hf: 'https://huggingface.co/papers/openreview-Zx81Qp' });
  });

  it('reads a title that looks like markup as text, and changes nothing in the page', () => {
    const { doc } = read();
    const before = doc.body.innerHTML;
    const { papers } = readWithAdapter('', url, doc);
    expect(papers[3]?.title).toBe('<img src=x onerror=alert(1)> Robust tokenizers');
    expect(doc.querySelectorAll('img[src="x"]')).toHaveLength(0);
    expect(doc.body.innerHTML).toBe(before);
  });

  it('keeps markup in embedded titles and abstracts as text too', () => {
    const doc = parsePage(readPage('hf_papers_stale.html'), url);
    const holder = doc.querySelector('[data-target="DailyPapers"]') as Element;
    const data = JSON.parse(holder.getAttribute('data-props') ?? '');
    data.dailyPapers[0].paper.title = '<img src=x onerror=alert(2)>';
    data.dailyPapers[0].paper.summary = '<script>alert(3)</script> abstract';
    holder.setAttribute('data-props', JSON.stringify(data));
    const shared = readWithAdapter('', url, doc).papers[1];
    expect(shared?.title).toBe('<img src=x onerror=alert(2)>');
    expect(shared?.abstract).toBe('<script>alert(3)</script> abstract');
    expect(doc.querySelectorAll('img[src="x"], script')).toHaveLength(0);
  });
});

describe('Hugging Face embedded data that is malformed', () => {
  const url = 'https://huggingface.co/papers/date/2026-07-02';

  it('does not throw on cut-off JSON and reads the visible cards', () => {
    const { papers } = readWithAdapter(readPage('hf_papers_malformed.html'), url);
    expect(papers.map((p) => [p.id, p.title, p.abstract])).toEqual([
      ['2606.28322', 'PerceptionRubrics: Calibrating Multimodal Evaluation to Human Perception', undefined],
      ['2607.01001', 'Visible paper that the stale JSON does not know', undefined],
    ]);
  });

  it.each([
    ['not JSON', '{"dailyPapers": ['],
    ['null', 'null'],
    ['an array', '[]'],
    ['a string', '"dailyPapers"'],
    ['dailyPapers not a list', '{"dailyPapers": {"paper": {"id": "2606.28322"}}}'],
    [
      'items of every wrong shape',
      '{"dailyPapers": [null, 1, "x", [], {"paper": null}, {"paper": {"id": 2606.28322}}, {"paper": {"id": "2606.28322", "authors": "Yana Wei", "title": 7, "summary": {}}}]}',
    ],
  ])('does not throw when data-props is %s', (_label, props) => {
    const doc = parsePage(readPage('hf_papers_malformed.html'), url);
    doc.querySelector('[data-target="DailyPapers"]')?.setAttribute('data-props', props);
    const { papers } = readWithAdapter('', url, doc);
    expect(papers).toHaveLength(2);
    expect(papers[0]).toMatchObject({ id: '2606.28322', authors: [] });
    expect(papers[0]?.title).toBe('PerceptionRubrics: Calibrating Multimodal Evaluation to Human Perception');
    expect(papers[0]?.abstract).toBeUndefined();
  });

  it('does not throw on a title link with a malformed href', () => {
    const doc = parsePage(readPage('hf_papers_malformed.html'), url);
    doc.querySelector('h3 a')?.setAttribute('href', '/papers/%E0%A4%A');
    const { refs } = readWithAdapter('', url, doc);
    expect(refs).toHaveLength(2);
    expect(refs[0]?.id).toMatch(/^title:/);
    expect(refs[1]?.id).toBe('2607.01001');
  });
});
