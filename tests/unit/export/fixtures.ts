// Papers for the export/import tests: ordinary ones, awkward ones, and hostile ones.

import type { ExportInput } from '@/lib/export/types';
import type { Paper, Sighting } from '@/lib/paper';
import { DEFAULT_SETTINGS, type Settings } from '@/lib/settings';

export const T0 = Date.UTC(2025, 11, 8, 9, 0, 0);

export function paper(id: string, overrides: Partial<Paper> = {}): Paper {
  return {
    id,
    title: `Paper ${id}`,
    authors: ['Ada Lovelace', 'Alan Turing'],
    abstract: `Abstract of ${id}.`,
    subjects: [{ code: 'cs.LG', name: 'Machine Learning' }],
    published: '2025-12-01',
    site: 'arxiv',
    pageUrl: 'https://arxiv.org/list/cs.LG/new',
    section: 'new',
    links: { abs: `https://arxiv.org/abs/${id}`, pdf: `https://arxiv.org/pdf/${id}` },
    savedAt: T0,
    tags: [],
    note: '',
    status: 'queue',
    dismissed: false,
    topics: [],
    updatedAt: T0,
    ...overrides,
  };
}

export function sighting(
  paperId: string,
  seenAt: number,
  url = 'https://arxiv.org/list/cs.LG/new',
  overrides: Partial<Sighting> = {},
): Sighting {
  const day = new Date(seenAt).toISOString().slice(0, 10);
  return {
    key: `${paperId}|${url}|${day}`,
    paperId,
    pageUrl: url,
    site: url.includes('huggingface') ? 'huggingface' : 'arxiv',
    kind: url.includes('huggingface') ? 'daily' : 'new',
    section: 'new',
    day,
    seenAt,
    ...overrides,
  };
}

export function input(papers: readonly Paper[], extra: Partial<ExportInput> = {}): ExportInput {
  return { papers, sightings: [], settings: DEFAULT_SETTINGS, exportedAt: T0, ...extra };
}

/** Titles that BibTeX, TeX, Markdown, CSV and HTML each treat specially. */
export const AWKWARD_TITLES = [
  'Attention Is All You Need',
  'Learning $\\alpha$-divergences with $\\mathcal{N}=4$ and $x_i^2$',
  'Braces {balanced} and {{nested}} and unbalanced } { here',
  '100% accurate & cheap: #1 in $cost_ with ~tilde^caret\\backslash',
  'BERT and GPT-4 vs. LLaMA: an iPhone study',
  'Ünïcödé façade naïve — 北京 Москва مرحبا',
  'Quotes "double" and \'single\', commas, and; semicolons',
];

/** Hostile text: markup, script URLs, formula prefixes, bidi overrides, BibTeX specials. */
export const HOSTILE = [
  '<img src=x onerror=alert(1)>',
  '<script>alert(1)</script>',
  'javascript:alert(1)',
  '[click](javascript:alert(1))',
  '![x](https://evil.example/x.png)',
  '=HYPERLINK("https://evil.example","x")',
  '+1+1',
  '-2+3',
  '@SUM(A1:A2)',
  '\tTabbed',
  'Right\u202Eto-left override',
  '} @misc{injected, title={x}',
  '| table | cell |',
  'www.evil.example and https://evil.example/path',
  '&lt;script&gt;',
  'NUL\u0000 bell\u0007 escape\u001b delete\u007f',
];

export function hostilePapers(): Paper[] {
  return [
    ...HOSTILE.map((text, i) =>
      paper(`2512.${String(10000 + i)}`, {
        title: `${text} title`,
        authors: [`${text} Author`, 'Plain Person'],
        abstract: `${text} abstract`,
        note: `${text} note`,
        tags: [`${text.trim().slice(0, 90)}`, 'ok'].filter((t) => t.trim()),
      }),
    ),
    paper('2512.20000', { title: `Huge ${'x'.repeat(100_000)}`, abstract: 'y'.repeat(100_000) }),
  ];
}

export function settingsWith(overrides: Partial<Settings> = {}): Settings {
  return { ...DEFAULT_SETTINGS, ...overrides };
}

/** mulberry32: a small seeded PRNG, so that every fuzz run tries the same files. */
export function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** A text as the line-based exports write it: line breaks and tabs as spaces, other controls dropped. */
export function asLine(text: string): string {
  return (
    text
      .replace(/[\r\n\t\v\f\u2028\u2029]+/g, ' ')
      // biome-ignore lint/suspicious/noControlCharactersInRegex: finding control characters is the point
      .replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/g, '')
      .trim()
  );
}
