// arXiv search results (/search/?query=…): one `li.arxiv-result` per paper.
import { parseArxivId } from '../arxiv-id';
import { parseLooseDate } from '../dates';
import { PaperRefSchema, type Subject } from '../paper';
import { collapseWhitespace, textOf } from '../text';
import { defineLayout } from './types';

const idLink = (li: Element) => li.querySelector('.list-title a[href*="/abs/"]');

/** The full abstract, without the "Abstract:" label and the "△ Less" toggle. */
function abstractOf(li: Element): string | undefined {
  const full = li.querySelector('.abstract-full') ?? li.querySelector('.abstract');
  if (!full) return undefined;
  const text = textOf(full)
    .replace(/^Abstract\s*:\s*/i, '')
    .replace(/\s*[△▽]\s*(Less|More)\s*$/u, '');
  return collapseWhitespace(text) || undefined;
}

function subjectsOf(li: Element): Subject[] {
  return [...li.querySelectorAll('.tags .tag[data-tooltip]')].map((tag) => ({
    code: textOf(tag),
    name: tag.getAttribute('data-tooltip') || undefined,
  }));
}

export const searchLayout = defineLayout<null>({
  context: () => null,
  cards: (root) => [...root.querySelectorAll('li.arxiv-result')],
  cardKey: (li) => idLink(li)?.getAttribute('href') ?? '',
  extract(li, _context, url) {
    const arxiv = parseArxivId(idLink(li)?.getAttribute('href') ?? '');
    if (!arxiv) return null;
    const submitted = /Submitted\s+(\d{1,2}\s+\w+,?\s+\d{4})/.exec(textOf(li.querySelector('p.is-size-7')));
    const candidate = {
      id: arxiv.id,
      version: arxiv.version,
      title: textOf(li.querySelector('p.title')),
      authors: [...li.querySelectorAll('p.authors a')].map(textOf).filter(Boolean),
      abstract: abstractOf(li),
      subjects: subjectsOf(li),
      published: submitted?.[1] ? parseLooseDate(submitted[1].replace(',', '')) : undefined,
      site: 'arxiv',
      pageUrl: url.href,
      section: 'search',
      links: { abs: `https://arxiv.org/abs/${arxiv.id}`, pdf: `https://arxiv.org/pdf/${arxiv.id}` },
    };
    const parsed = PaperRefSchema.safeParse(candidate);
    return parsed.success ? parsed.data : null;
  },
  mount: (li) => ({ parent: li.querySelector('.list-title') ?? li, before: null, placement: 'inline' }),
  summaryAnchor: (doc) => doc.querySelector('ol.breathe-horizontal, li.arxiv-result')?.closest('ol') ?? null,
});
