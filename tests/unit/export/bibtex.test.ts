// BibTeX read back by @retorquere/bibtex-parser, the parser Better BibTeX for Zotero uses: not our reader.
import { parse } from '@retorquere/bibtex-parser';
import { describe, expect, it } from 'vitest';
import { writeBibtex } from '@/lib/export/bibtex';
import { citeKeys } from '@/lib/export/cite-keys';
import { AWKWARD_TITLES, asLine, hostilePapers, input, paper } from './fixtures';

const read = (bib: string) => {
  const library = parse(bib, { english: false, caseProtection: false, sentenceCase: false });
  expect(library.errors).toEqual([]);
  return library.entries;
};

describe('BibTeX export', () => {
  it('writes what arXiv writes, plus eprinttype and the arXiv DOI', () => {
    const bib = writeBibtex(
      input([
        paper('1706.03762', {
          title: 'Attention Is All You Need',
          authors: ['Ashish Vaswani', 'Noam Shazeer', 'Illia Polosukhin'],
          published: '2017-06-12',
          subjects: [{ code: 'cs.CL' }],
          tags: ['transformers', 'nlp'],
          abstract: 'The dominant sequence transduction models…',
        }),
      ]),
    );
    const [entry] = read(bib);
    expect(entry?.type).toBe('misc');
    expect(entry?.key).toBe('vaswani2017attentionneed');
    expect(entry?.fields).toMatchObject({
      title: 'Attention Is All You Need',
      year: '2017',
      eprint: '1706.03762',
      archiveprefix: 'arXiv',
      primaryclass: 'cs.CL',
      eprinttype: 'arxiv',
      doi: '10.48550/arXiv.1706.03762',
      url: 'https://arxiv.org/abs/1706.03762',
      abstract: 'The dominant sequence transduction models…',
    });
    expect(entry?.fields.keywords).toEqual(expect.arrayContaining(['transformers', 'nlp']));
    expect(entry?.fields.author).toEqual([
      { firstName: 'Ashish', lastName: 'Vaswani' },
      { firstName: 'Noam', lastName: 'Shazeer' },
      { firstName: 'Illia', lastName: 'Polosukhin' },
    ]);
  });

  it('every awkward title and name comes back exactly', () => {
    const papers = AWKWARD_TITLES.map((title, i) =>
      paper(`2501.0000${i}`, { title, authors: ['Plato', 'Turing, Alan', 'Jean-Luc Picard', 'Ludwig van Beethoven'] }),
    );
    const entries = read(writeBibtex(input(papers)));
    expect(entries).toHaveLength(papers.length);
    for (const [i, entry] of entries.entries()) {
      expect(entry.fields.title).toBe(papers[i]?.title);
      expect(entry.fields.author).toEqual([
        { lastName: 'Plato' },
        { lastName: 'Turing', firstName: 'Alan' },
        { lastName: 'Picard', firstName: 'Jean-Luc' },
        { lastName: 'Beethoven', firstName: 'Ludwig', prefix: 'van' },
      ]);
    }
  });

  it('hostile papers (markup, formulas, bidi overrides, injected entries, a 100 KB title) parse back exactly', () => {
    const papers = hostilePapers();
    const entries = read(writeBibtex(input(papers)));
    expect(entries).toHaveLength(papers.length);
    for (const [i, entry] of entries.entries()) {
      const source = papers[i];
      expect(entry.fields.title).toBe(asLine(source?.title ?? ''));
      expect(entry.fields.abstract).toBe(asLine(source?.abstract ?? ''));
      // Keyword lists split on commas and semicolons in every reader: only separator-free tags survive whole.
      const whole = source?.tags.filter((tag) => !/[,;]/.test(tag)).map(asLine) ?? [];
      expect(entry.fields.keywords ?? []).toEqual(expect.arrayContaining(whole));
    }
  });

  it('protects capitals a style must keep: {BERT}, {LLaMA}, {GPT-4}', () => {
    const bib = writeBibtex(input([paper('2501.00001', { title: 'BERT and LLaMA beat GPT-4' })]));
    expect(bib).toContain('title = {{BERT} and {LLaMA} beat {GPT-4}}');
    const [sentenceCased] = parse(bib).entries;
    expect(sentenceCased?.fields.title).toContain('BERT');
    expect(sentenceCased?.fields.title).toContain('LLaMA');
  });

  it('keeps braces balanced whatever the title', () => {
    const bib = writeBibtex(input(AWKWARD_TITLES.map((title, i) => paper(`2501.0000${i}`, { title }))));
    let depth = 0;
    for (let i = 0; i < bib.length; i++) {
      if (bib[i] === '\\') i++;
      else if (bib[i] === '{') depth++;
      else if (bib[i] === '}') depth--;
      expect(depth).toBeGreaterThanOrEqual(0);
    }
    expect(depth).toBe(0);
  });

  it('a paper without an arXiv id has no eprint or DOI, but its title, authors and link', () => {
    const untitled = paper('title:abc123', {
      title: 'A Workshop Paper',
      published: undefined,
      links: { hf: 'https://huggingface.co/papers/some-paper' },
    });
    const [entry] = read(writeBibtex(input([untitled])));
    expect(entry?.fields.title).toBe('A Workshop Paper');
    expect(entry?.fields.url).toBe('https://huggingface.co/papers/some-paper');
    for (const field of ['eprint', 'doi', 'archiveprefix', 'eprinttype', 'year'])
      expect(entry?.fields).not.toHaveProperty(field);
  });

  it('makes keys unique within an export: a, b, …', () => {
    const same = { title: 'Deep Learning', authors: ['Yann LeCun'], published: '2015-05-27' };
    const papers = [
      paper('1505.00001', same),
      paper('1505.00002', same),
      paper('1505.00003', { ...same, title: 'Other' }),
    ];
    expect(citeKeys(papers)).toEqual(['lecun2015deeplearninga', 'lecun2015deeplearningb', 'lecun2015other']);
    const entries = read(writeBibtex(input(papers)));
    expect(new Set(entries.map((e) => e.key)).size).toBe(3);
  });

  it('keys are ASCII and fall back when there is no author or year', () => {
    const keys = citeKeys([
      paper('2501.00001', { authors: ['Zoë Ångström'], title: 'Ünïcödé Façade' }),
      paper('title:x', { authors: [], published: undefined, title: 'The A' }),
    ]);
    expect(keys).toEqual(['angstrom2025unicodefacade', 'anon']);
  });

  it('keeps an entry whose tags hold a lone $ or %: the reader returns it with every field', () => {
    const bib = writeBibtex(input([paper('2501.00001', { tags: ['cost $5', '50% off', 'plain'] })]));
    const { entries, errors } = parse(bib);
    expect(errors).toEqual([]);
    expect(entries).toHaveLength(1);
    expect(entries[0]?.fields.keywords).toEqual(expect.arrayContaining(['plain', 'cost \\$5', '50\\% off']));
  });

  it('writes 10,000 papers, one entry each (its speed is measured by npm run bench)', () => {
    const papers = Array.from({ length: 10_000 }, (_, i) =>
      paper(`2501.${String(i).padStart(5, '0')}`, {
        title: `Scaling {Laws} for $\\alpha$-Models & BERT ${i}`,
        abstract: 'An abstract of a few hundred characters. '.repeat(8),
        tags: ['scaling', 'llm'],
      }),
    );
    const bib = writeBibtex(input(papers));
    expect(bib.match(/^@misc\{/gm)).toHaveLength(10_000);
    expect(new Set(bib.match(/^@misc\{[^,]+/gm)).size).toBe(10_000);
  });
});
