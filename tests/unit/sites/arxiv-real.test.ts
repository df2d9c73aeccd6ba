// The arXiv adapters on real saved pages. Expected values are read from the raw HTML with regexes here, never
// with the adapters' own code.
import { describe, expect, it } from 'vitest';
import type { PaperRef } from '@/lib/paper';
import { FIXTURE_URL, hasShared, readFixture, SKIP_MESSAGE } from '../../shared-fixtures';
import { decodeEntities, htmlText, isoFromDayMonthYear, readWithAdapter } from './helpers';

interface RawEntry {
  /** Index of the `dl` section the entry is in. */
  section: number;
  id: string;
  dt: string;
  dd: string;
}

/** Every dt/dd pair of a listing, with the index of its `dl`, read from the bytes. */
function rawEntries(html: string): { headings: string[]; entries: RawEntry[] } {
  const headings: string[] = [];
  const entries: RawEntry[] = [];
  const sections = html.split(/<dl\b[^>]*>/).slice(1);
  sections.forEach((body, section) => {
    headings.push(htmlText(/<h3>([\s\S]*?)<\/h3>/.exec(body)?.[1] ?? ''));
    for (const [, dt = '', dd = ''] of body.matchAll(/<dt>([\s\S]*?)<\/dt>\s*<dd>([\s\S]*?)<\/dd>/g)) {
      const href = /href\s*=\s*["']([^"']+)["']\s+title="Abstract"/.exec(dt)?.[1] ?? '';
      entries.push({ section, id: href.replace(/^.*\/abs\//, ''), dt, dd });
    }
  });
  return { headings, entries };
}

const field = (dd: string, cls: string) =>
  new RegExp(`<div class=['"]${cls}[^'"]*['"]>([\\s\\S]*?)</div>`).exec(dd)?.[1] ?? '';
const withoutLabel = (snippet: string) => htmlText(snippet.replace(/<span class=['"]descriptor['"]>[^<]*<\/span>/, ''));
const authorsOf = (dd: string) =>
  [...field(dd, 'list-authors').matchAll(/<a\b[^>]*>([^<]*)<\/a>/g)].map((m) => htmlText(m[1] ?? ''));
const primaryOf = (dd: string) => {
  const text = htmlText(/<span class="primary-subject">([^<]*)<\/span>/.exec(dd)?.[1] ?? '');
  const match = /^(.+) \(([^()]+)\)$/.exec(text);
  return { code: match?.[2], name: match?.[1] };
};
/** "Name (code); Name (code)" of the Subjects line. */
const subjectsOf = (dd: string) =>
  withoutLabel(field(dd, 'list-subjects'))
    .split('; ')
    .map((part) => {
      const match = /^(.+) \(([^()]+)\)$/.exec(part);
      return { code: match?.[2], name: match?.[1] };
    });
const htmlVersion = (dt: string) => {
  const v = /\/html\/[^"'\s]+v(\d+)["']/.exec(dt)?.[1];
  return v ? Number(v) : undefined;
};

describe.skipIf(!hasShared)('arXiv /new: cond-mat.mtrl-sci, 22 September 2026 (raw server HTML)', () => {
  const html = hasShared ? readFixture('arxivNew') : '';
  const url = FIXTURE_URL.arxivNew;
  let page: ReturnType<typeof readWithAdapter> | undefined;
  const read = () => {
    page ??= readWithAdapter(html, url);
    return page;
  };
  const raw = rawEntries(html);

  it('is the /new listing and reads all 101 entries, in page order', () => {
    const { detected, cards, papers } = read();
    expect([detected.adapter.site, detected.handler.kind]).toEqual(['arxiv', 'new']);
    expect(raw.entries).toHaveLength(101);
    expect(cards).toHaveLength(101);
    expect(papers.map((p) => p.id)).toEqual(raw.entries.map((e) => e.id));
  });

  it('sorts them into 45 new, 21 cross-lists and 35 replacements, all announced 2026-09-22', () => {
    const { papers } = read();
    expect(raw.headings.map((h) => h.replace(/ \(.*$/, ''))).toEqual([
      'New submissions',
      'Cross submissions',
      'Replacement submissions',
    ]);
    const counts = { new: 0, cross: 0, replaced: 0 } as Record<string, number>;
    for (const paper of papers) counts[paper.section] = (counts[paper.section] ?? 0) + 1;
    expect(counts).toEqual({ new: 45, cross: 21, replaced: 35 });
    const sectionNames = ['new', 'cross', 'replaced'];
    expect(papers.map((p) => p.section)).toEqual(raw.entries.map((e) => sectionNames[e.section]));
    expect(new Set(papers.map((p) => p.announced))).toEqual(new Set(['2026-09-22']));
  });

  it('reads title (TeX kept), authors, abstract, subjects, version and links of every entry', () => {
    const { papers } = read();
    papers.forEach((paper, i) => {
      const { id, dt, dd } = raw.entries[i] as RawEntry;
      const primary = primaryOf(dd);
      expect(paper.id).toBe(id);
      expect(paper.title).toBe(withoutLabel(field(dd, 'list-title')));
      expect(paper.authors).toEqual(authorsOf(dd));
      expect(paper.abstract).toBe(htmlText(/<p class='mathjax'>([\s\S]*?)<\/p>/.exec(dd)?.[1] ?? ''));
      expect(paper.subjects[0]).toEqual(primary);
      expect(paper.subjects).toEqual(subjectsOf(dd));
      expect(paper.version).toBe(htmlVersion(dt));
      expect(paper.links.abs).toBe(`https://arxiv.org/abs/${id}`);
      expect(paper.links.pdf).toBe(`https://arxiv.org/pdf/${id}`);
      expect(paper.links.html).toBe(/href="(https:\/\/arxiv\.org\/html\/[^"]+)"/.exec(dt)?.[1]);
      // A cross-list's primary subject is the archive it comes from.
      const from = /\(cross-list from ([^)]+)\)/.exec(dt)?.[1];
      if (from) expect(primary.code).toBe(from);
      expect(paper.site).toBe('arxiv');
      expect(paper.pageUrl).toBe(url);
    });
  });

  it('keeps TeX in titles as written and has an abstract for every entry', () => {
    const { papers } = read();
    const tex = papers.filter((p) => /\$[^$]+\$/.test(p.title));
    expect(tex.length).toBeGreaterThan(10);
    expect(papers.find((p) => p.title.startsWith('Revealing epitaxial relationships'))?.title).toBe(
      'Revealing epitaxial relationships at Ga$_2$O$_3$ interfaces with p-type oxides',
    );
    expect(papers.every((p) => (p.abstract ?? '').length > 100)).toBe(true);
    expect(papers.filter((p) => p.subjects.length > 1).length).toBeGreaterThan(30);
    expect(papers.find((p) => p.id === '2609.22118')?.subjects).toEqual([
      { code: 'physics.ins-det', name: 'Instrumentation and Detectors' },
      { code: 'cond-mat.mtrl-sci', name: 'Materials Science' },
    ]);
  });

  it('reads the entry with the abstract page fixture the same way as the abs page', () => {
    const first = read().papers[0] as PaperRef;
    expect(first).toMatchObject({
      id: '2609.22268',
      version: 1,
      title: 'Efficient spectral Galerkin framework for nonlinear transient heat transfer in finite domains',
      authors: ['Théo Andrieux', 'Andreas Ntinos', 'Manas V. Upadhyay'],
      subjects: [{ code: 'cond-mat.mtrl-sci', name: 'Materials Science' }],
      section: 'new',
      announced: '2026-09-22',
    });
  });
});

describe.skipIf(!hasShared)('arXiv /pastweek: astro-ph, 18-22 November 2024 (saved from a browser)', () => {
  const html = hasShared ? readFixture('arxivPastweek') : '';
  const url = FIXTURE_URL.arxivPastweek;
  let page: ReturnType<typeof readWithAdapter> | undefined;
  const read = () => {
    page ??= readWithAdapter(html, url);
    return page;
  };
  const raw = rawEntries(html);

  it('reads 397 entries in 5 day sections, each announced on its heading day', () => {
    const { detected, papers, cards } = read();
    expect([detected.adapter.site, detected.handler.kind]).toEqual(['arxiv', 'pastweek']);
    expect(cards).toHaveLength(397);
    expect(papers).toHaveLength(397);
    expect(papers.map((p) => p.id)).toEqual(raw.entries.map((e) => e.id));

    const days = raw.headings.map((heading) => {
      const m = /^\w{3}, (\d{1,2}) (\w{3}) (\d{4}) \(showing (\d+) of (\d+) entries \)$/.exec(heading);
      if (!m) throw new Error(`unexpected heading ${heading}`);
      return { iso: isoFromDayMonthYear(m[1] ?? '', m[2] ?? '', m[3] ?? ''), count: Number(m[4]) };
    });
    expect(days).toEqual([
      { iso: '2024-11-22', count: 75 },
      { iso: '2024-11-21', count: 67 },
      { iso: '2024-11-20', count: 94 },
      { iso: '2024-11-19', count: 101 },
      { iso: '2024-11-18', count: 60 },
    ]);
    papers.forEach((paper, i) => {
      expect(paper.section).toBe('day');
      expect(paper.announced).toBe(days[raw.entries[i]?.section ?? -1]?.iso);
    });
  });

  it('reads id, title without "Title:", authors, primary subject and version of every entry', () => {
    const { papers } = read();
    papers.forEach((paper, i) => {
      const { id, dt, dd } = raw.entries[i] as RawEntry;
      expect(paper.id).toBe(id);
      expect(paper.title).not.toMatch(/^Title:/);
      expect(paper.authors).toEqual(authorsOf(dd));
      expect(paper.subjects[0]).toEqual(primaryOf(dd));
      expect(paper.version).toBe(htmlVersion(dt));
      expect(paper.abstract).toBeUndefined();
    });
  });

  it('reads titles MathJax has rendered as their TeX source, not the rendered glyphs', () => {
    const { papers } = read();
    // Independently: each MathJax preview+frame is followed by the script holding its source.
    const expected = raw.entries.map(({ dd }) => {
      const title = field(dd, 'list-title mathjax').replace(/<span class="descriptor">[^<]*<\/span>/, '');
      const tex = title.replace(
        /<span class="MathJax_Preview"[\s\S]*?<script type="math\/tex"[^>]*>([\s\S]*?)<\/script>/g,
        (_all, source: string) => `$${decodeEntities(source)}$`,
      );
      return htmlText(tex);
    });
    expect(papers.map((p) => p.title)).toEqual(expected);
    const rendered = papers.filter((_p, i) => raw.entries[i]?.dd.includes('math/tex'));
    expect(rendered).toHaveLength(25);
    expect(papers.find((p) => p.title.startsWith('Examining the evolution'))?.title).toBe(
      'Examining the evolution of the Supersoft X-ray Source RX J$0513.9-6951$',
    );
  });
});

describe.skipIf(!hasShared)('arXiv abstract page 2609.22268', () => {
  const html = hasShared ? readFixture('arxivAbs') : '';
  const url = FIXTURE_URL.arxivAbs;
  const metas = (name: string) =>
    [...html.matchAll(new RegExp(`<meta name="${name}" content="([^"]*)"`, 'g'))].map((m) =>
      decodeEntities(m[1] ?? ''),
    );

  it('reads the citation_* meta tags, subjects and links', () => {
    const { detected, cards, papers } = readWithAdapter(html, url);
    expect([detected.adapter.site, detected.handler.kind]).toEqual(['arxiv', 'abs']);
    expect(cards.map((card) => card.tagName)).toEqual(['H1']);
    const authors = metas('citation_author');
    expect(authors).toEqual(['Andrieux, Théo', 'Ntinos, Andreas', 'Upadhyay, Manas V.']);
    expect(metas('citation_date')).toEqual(['2026/09/09']);
    expect(papers).toEqual([
      {
        id: '2609.22268',
        version: 1,
        title: metas('citation_title')[0],
        authors: authors.map((name) => name.split(', ').reverse().join(' ')),
        abstract: metas('citation_abstract')[0]?.replace(/\s+/g, ' ').trim(),
        subjects: [{ code: 'cond-mat.mtrl-sci', name: 'Materials Science' }],
        published: '2026-09-09',
        site: 'arxiv',
        pageUrl: url,
        section: 'single',
        links: {
          abs: 'https://arxiv.org/abs/2609.22268',
          pdf: metas('citation_pdf_url')[0],
          html: 'https://arxiv.org/html/2609.22268v1',
        },
      },
    ]);
    expect(papers[0]?.authors).toEqual(['Théo Andrieux', 'Andreas Ntinos', 'Manas V. Upadhyay']);
    expect(papers[0]?.links.pdf).toBe('https://arxiv.org/pdf/2609.22268');
  });
});

// Where ../shared is absent, say so in the report instead of passing silently.
if (!hasShared) describe('arXiv adapters on real pages', () => it.skip(SKIP_MESSAGE, () => {}));
