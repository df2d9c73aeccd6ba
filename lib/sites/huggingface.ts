// Hugging Face Daily Papers: listing pages (day, week, month, trending, search) and single-paper pages.
// Cards are read from the DOM, keyed by their h3 link, and enriched from the embedded JSON only where the
// ids match — after in-page navigation the JSON describes the first page, not the visible one.
import { parseArxivId } from '../arxiv-id';
import { isoDatePart } from '../dates';
import type { Links, PaperRef, Section } from '../paper';
import { collapseWhitespace, readableText, textOf, titleId } from '../text';
import { type EmbeddedPaper, readDailyPapers, readPaperContent } from './huggingface-data';
import { completeRef, defineLayout, type PageRule, type SiteAdapter } from './types';
import { pathSegments } from './urls';

const HOST = 'huggingface.co';
const onHost = (url: URL) => url.hostname === HOST;
const path = (url: URL) => url.pathname.replace(/\/+$/, '');

const daily: PageRule = {
  kind: 'daily',
  matches: (url) =>
    onHost(url) &&
    ((path(url) === '/papers' && !url.searchParams.get('q')) || /^\/papers\/date\/\d{4}-\d{2}-\d{2}$/.test(path(url))),
  testUrls: ['https://huggingface.co/papers', 'https://huggingface.co/papers/date/2026-07-02'],
};
const weekly: PageRule = {
  kind: 'weekly',
  matches: (url) => onHost(url) && /^\/papers\/week\/\d{4}-W\d{2}$/.test(path(url)),
  testUrls: ['https://huggingface.co/papers/week/2026-W27'],
};
const monthly: PageRule = {
  kind: 'monthly',
  matches: (url) => onHost(url) && /^\/papers\/month\/\d{4}-\d{2}$/.test(path(url)),
  testUrls: ['https://huggingface.co/papers/month/2026-07'],
};
const trending: PageRule = {
  kind: 'trending',
  matches: (url) => onHost(url) && path(url) === '/papers/trending',
  testUrls: ['https://huggingface.co/papers/trending'],
};
const search: PageRule = {
  kind: 'search',
  matches: (url) => onHost(url) && path(url) === '/papers' && !!url.searchParams.get('q'),
  testUrls: ['https://huggingface.co/papers?q=sparse+attention'],
};
const paperPage: PageRule = {
  kind: 'paper',
  matches: (url) => onHost(url) && /^\/papers\/[^/]+$/.test(path(url)) && !!paperIdFromPath(url),
  testUrls: ['https://huggingface.co/papers/2609.31620', 'https://huggingface.co/papers/2606.28322#community'],
};

function paperIdFromPath(url: URL): string | undefined {
  const last = path(url).split('/').pop() ?? '';
  return parseArxivId(last)?.id;
}

/** Links for a paper Hugging Face lists by arXiv id. */
function linksFor(hfId: string, arxivId: string | undefined): Links {
  const hf = `https://${HOST}/papers/${encodeURIComponent(hfId)}`;
  if (!arxivId) return { hf };
  return { abs: `https://arxiv.org/abs/${arxivId}`, pdf: `https://arxiv.org/pdf/${arxivId}`, hf };
}

function buildRef(
  hfId: string,
  visibleTitle: string,
  embedded: EmbeddedPaper | undefined,
  url: URL,
  section: Section,
): PaperRef | null {
  const arxiv = parseArxivId(hfId);
  const title = collapseWhitespace(embedded?.title ?? '') || visibleTitle;
  const candidate: PaperRef = {
    id: arxiv?.id ?? titleId(title),
    title,
    authors: embedded?.authors ?? [],
    abstract: collapseWhitespace(embedded?.summary ?? '') || undefined,
    subjects: [],
    published: isoDatePart(embedded?.publishedAt),
    site: 'huggingface',
    pageUrl: url.href,
    section,
    links: linksFor(hfId, arxiv?.id),
  };
  return completeRef(candidate);
}

function sameHfId(a: string, b: string): boolean {
  const arxivA = parseArxivId(a)?.id;
  return a === b || (!!arxivA && arxivA === parseArxivId(b)?.id);
}

const titleLink = (card: Element) => card.querySelector<HTMLAnchorElement>('h3 a[href*="/papers/"]');

/** The id in a card's title link (`/papers/<id>`); '' when the link is not a paper link. */
function hfIdOf(link: HTMLAnchorElement | null): string {
  const [first, id, more] = pathSegments(link?.getAttribute('href'), `https://${HOST}`);
  return first === 'papers' && id && !more ? id : '';
}

const listing = defineLayout({
  context: (doc: Document) => readDailyPapers(doc),
  cards: (root) => [...root.querySelectorAll('article')].filter((card) => titleLink(card)),
  cardKey: (card) => titleLink(card)?.getAttribute('href') ?? '',
  extract(card, embedded, url) {
    const link = titleLink(card);
    const hfId = hfIdOf(link);
    if (!hfId) return null;
    const section: Section = url.searchParams.get('q') ? 'search' : 'listing';
    return buildRef(hfId, readableText(link), embedded.get(hfId), url, section);
  },
  mount: (card) => ({ parent: card, before: card.firstChild, placement: 'overlay' }),
  summaryAnchor: (doc) => doc.querySelector('article')?.parentElement ?? null,
});

const single = defineLayout({
  context: (doc: Document) => readPaperContent(doc),
  cards: (root) => {
    const heading = root.querySelector('main h1, h1');
    return heading ? [heading] : [];
  },
  cardKey: (card) => textOf(card),
  extract(card, embedded, url) {
    const hfId = path(url).split('/').pop() ?? '';
    // After in-page navigation the embedded paper may be the previous one: use it only when it is this one.
    const matching = embedded && sameHfId(embedded.id, hfId) ? embedded : undefined;
    return buildRef(hfId, readableText(card), matching, url, 'single');
  },
  mount: (card) => ({ parent: card, before: null, placement: 'inline' }),
  summaryAnchor: () => null,
});

export const huggingface: SiteAdapter = {
  site: 'huggingface',
  name: 'Hugging Face Daily Papers',
  pages: [
    { ...daily, layout: listing },
    { ...weekly, layout: listing },
    { ...monthly, layout: listing },
    { ...trending, layout: listing },
    { ...search, layout: listing },
    { ...paperPage, layout: single },
  ],
};
