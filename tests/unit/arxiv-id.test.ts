// arXiv identifiers in every form pages and files carry them → one canonical key (id without version) or null.
import { describe, expect, it } from 'vitest';
import { arxivIdYearMonth, canonicalArxivId, isOldStyle, parseArxivId } from '@/lib/arxiv-id';

describe('parseArxivId', () => {
  it.each([
    // New style, both serial lengths, with and without version
    ['2609.31620', '2609.31620', undefined],
    ['2609.31620v2', '2609.31620', 2],
    ['2609.31620v12', '2609.31620', 12],
    ['1706.03762', '1706.03762', undefined],
    ['1501.00001', '1501.00001', undefined],
    ['1412.8765', '1412.8765', undefined],
    ['0704.0001', '0704.0001', undefined],
    ['0704.0001v3', '0704.0001', 3],
    ['  2609.31620  ', '2609.31620', undefined],
    // arXiv: prefix
    ['arXiv:2609.31620', '2609.31620', undefined],
    ['arxiv:2609.31620v1', '2609.31620', 1],
    ['ARXIV: 2609.31620', '2609.31620', undefined],
    ['arXiv:hep-th/9901001v2', 'hep-th/9901001', 2],
    // Old style, with and without subject class
    ['hep-th/9901001', 'hep-th/9901001', undefined],
    ['hep-th/9901001v3', 'hep-th/9901001', 3],
    ['math.GT/0309136', 'math/0309136', undefined],
    ['math/0309136v1', 'math/0309136', 1],
    ['cond-mat.mtrl-sci/0703001', 'cond-mat/0703001', undefined],
    ['astro-ph/9108001', 'astro-ph/9108001', undefined],
    ['q-bio/0401001', 'q-bio/0401001', undefined],
    // abs
    ['https://arxiv.org/abs/2609.31620', '2609.31620', undefined],
    ['https://arxiv.org/abs/2609.31620v3', '2609.31620', 3],
    ['http://arxiv.org/abs/2609.31620/', '2609.31620', undefined],
    ['https://www.arxiv.org/abs/2609.31620?context=cs.LG', '2609.31620', undefined],
    ['https://arxiv.org/abs/hep-th/9901001v2', 'hep-th/9901001', 2],
    ['https://arxiv.org/abs/math.GT/0309136', 'math/0309136', undefined],
    ['https://arxiv.org/abs/hep-th%2F9901001', 'hep-th/9901001', undefined],
    ['/abs/2609.22268', '2609.22268', undefined],
    // pdf, with and without .pdf, with version
    ['https://arxiv.org/pdf/2609.31620', '2609.31620', undefined],
    ['https://arxiv.org/pdf/2609.31620.pdf', '2609.31620', undefined],
    ['https://arxiv.org/pdf/2609.31620v2', '2609.31620', 2],
    ['https://arxiv.org/pdf/2609.31620v2.pdf', '2609.31620', 2],
    ['https://arxiv.org/pdf/hep-th/9901001v1.pdf', 'hep-th/9901001', 1],
    // html, other formats
    ['https://arxiv.org/html/2609.31620v1', '2609.31620', 1],
    ['https://arxiv.org/html/2609.31620v1/', '2609.31620', 1],
    ['https://arxiv.org/html/2609.31620v1#S2', '2609.31620', 1],
    ['https://arxiv.org/format/2609.31620', '2609.31620', undefined],
    ['https://arxiv.org/ps/hep-th/9901001', 'hep-th/9901001', undefined],
    // export mirror
    ['https://export.arxiv.org/abs/2609.31620v4', '2609.31620', 4],
    ['http://export.arxiv.org/pdf/2609.31620', '2609.31620', undefined],
    // Hugging Face
    ['https://huggingface.co/papers/2609.31620', '2609.31620', undefined],
    ['https://huggingface.co/papers/2609.31620#community', '2609.31620', undefined],
    ['https://hf.co/papers/2609.31620', '2609.31620', undefined],
    // DOI, bare and as a URL
    ['10.48550/arXiv.2609.31620', '2609.31620', undefined],
    ['10.48550/ARXIV.2609.31620', '2609.31620', undefined],
    ['doi:10.48550/arXiv.2609.31620', '2609.31620', undefined],
    ['https://doi.org/10.48550/arXiv.2609.31620', '2609.31620', undefined],
    ['http://dx.doi.org/10.48550/arXiv.2609.31620', '2609.31620', undefined],
    ['https://doi.org/10.48550/arXiv.hep-th/9901001', 'hep-th/9901001', undefined],
  ])('%s → %s (version %s)', (input, id, version) => {
    const parsed = parseArxivId(input);
    expect(parsed).toEqual(version === undefined ? { id } : { id, version });
    expect(canonicalArxivId(input)).toBe(id);
  });

  it.each([
    // month 13 / 00
    '2613.12345',
    '2600.12345',
    'hep-th/9913001',
    // wrong serial length for the era: 4 digits until 2014-12, 5 from 2015-01
    '1501.1234',
    '2609.1234',
    '1412.12345',
    '2609.123456',
    '2609.123',
    // before the new scheme began (2007-04), or an old-style id after it ended (2007-03)
    '0612.1234',
    'hep-th/0801001',
    'hep-th/2501001',
    'hep-th/99010011',
    // version 0 is no version
    '2609.31620v0',
    // random text, near misses and other sites
    '',
    '   ',
    'random text',
    'arXiv:',
    'arXiv:random',
    '2609.31620 is great',
    '2609-31620',
    'HEP-TH/9901001',
    'https://example.com/abs/2609.31620',
    'https://arxiv.org/list/cs.LG/new',
    'https://arxiv.org/abs/',
    'https://huggingface.co/models/2609.31620',
    'https://huggingface.co/papers/%E0%A4%A',
    '10.1000/arXiv.2609.31620',
    '10.48550/arXiv.2613.00001',
  ])('%j → null', (input) => {
    expect(parseArxivId(input)).toBeNull();
    expect(canonicalArxivId(input)).toBeNull();
  });

  it.each([
    '/abs/2411.14419',
    '/abs/2411.14419v2',
    '/html/2411.14419v1',
    '/html/2411.14419v1/',
    '/pdf/2411.14419',
    '/pdf/hep-th/9901001v1.pdf',
    '/papers/2609.31620',
    'https://arxiv.org/abs/math.GT/0309136',
    'http://export.arxiv.org/abs/2609.31620v4',
    '/abs/2609.31620/extra',
    '/abs/../2609.31620',
    '/abs/2613.12345',
    '/list/astro-ph/pastweek',
  ])('reads %s as the URL parser does (with a query, which only the URL parser takes)', (input) => {
    expect(parseArxivId(input)).toEqual(parseArxivId(`${input}?context=cs`));
  });

  it('gives every form of one paper the same key', () => {
    const forms = [
      '2609.31620',
      'arXiv:2609.31620v2',
      'https://arxiv.org/abs/2609.31620v2',
      'https://arxiv.org/pdf/2609.31620v2.pdf',
      'https://arxiv.org/html/2609.31620v2',
      'https://huggingface.co/papers/2609.31620',
      'https://export.arxiv.org/abs/2609.31620',
      'https://doi.org/10.48550/arXiv.2609.31620',
    ];
    expect(new Set(forms.map(canonicalArxivId))).toEqual(new Set(['2609.31620']));
  });
});

describe('isOldStyle and arxivIdYearMonth', () => {
  it.each([
    ['2609.31620', false, { year: 2026, month: 9 }],
    ['1412.8765', false, { year: 2014, month: 12 }],
    ['hep-th/9901001', true, { year: 1999, month: 1 }],
    ['math/0309136', true, { year: 2003, month: 9 }],
    ['astro-ph/9108001', true, { year: 1991, month: 8 }],
  ])('%s', (id, old, yearMonth) => {
    expect(isOldStyle(id)).toBe(old);
    expect(arxivIdYearMonth(id)).toEqual(yearMonth);
  });

  it('has no year and month for a title key', () => {
    expect(arxivIdYearMonth('title:abc123')).toBeNull();
  });
});
