// arXiv search results (/search/?query=…): one `li.arxiv-result` per paper.
import { parseArxivId } from '../arxiv-id';
import { parseLooseDate } from '../dates';
import type { PaperRef, Subject } from '../paper';
import { readableText, textOf } from '../text';
import { completeRef, defineLayout } from './types';

const idLink = (li: Element) => li.querySelector('.list-title a[href*="/abs/"]');

/** The full abstract, without the "Abstract:" label and the "△ Less" toggle. */
function abstractOf(li: Element): string | undefined {
  const full = li.querySelector('.abstract-full') ?? li.querySelector('.abstract');
  if (!full) return undefined;
  const text = readableText(full)
    .replace(/^Abstract\s*:\s*/i, '')
    .replace(/\s*[△▽]\s*(Less|More)\s*$/u, '');
  return text || undefined;
}

function subjectsOf(li: Element): Subject[] {
  return [...li.querySelectorAll('.tags .tag[data-tooltip]')].map((tag) => ({
    code: textOf(tag),
    name: tag.getAttribute('data-tooltip') || undefined,
  }));
}

/**
 * "Submitted 3 March, 2025; v1 submitted 21 November, 2024; originally announced November 2024." The first
 * version's date is the one a citation uses; "Submitted" alone is the first version when no v1 date follows.
 */
function firstSubmitted(li: Element): string | undefined {
  const line = textOf(li.querySelector('p.is-size-7'));
  const v1 = /\bv1 submitted\s+([^;]+)/i.exec(line)?.[1];
  const latest = /^Submitted\s+([^;]+)/i.exec(line)?.[1];
  return parseLooseDate(v1 ?? latest ?? '');
}

export const searchLayout = defineLayout<null>({
  context: () => null,
  cards: (root) => [...root.querySelectorAll('li.arxiv-result')],
  cardKey: (li) => idLink(li)?.getAttribute('href') ?? '',
  extract(li, _context, url) {
    const arxiv = parseArxivId(idLink(li)?.getAttribute('href') ?? '');
    if (!arxiv) return null;
    const candidate: PaperRef = {
      id: arxiv.id,
      version: arxiv.version,
      title: readableText(li.querySelector('p.title')),
      authors: [...li.querySelectorAll('p.authors a')].map(textOf).filter(Boolean),
      abstract: abstractOf(li),
      subjects: subjectsOf(li),
      published: firstSubmitted(li),
      site: 'arxiv',
      pageUrl: url.href,
      section: 'search',
      links: { abs: `https://arxiv.org/abs/${arxiv.id}`, pdf: `https://arxiv.org/pdf/${arxiv.id}` },
    };
    return completeRef(candidate);
  },
  mount: (li) => ({ parent: li.querySelector('.list-title') ?? li, before: null, placement: 'inline' }),
  summaryAnchor: (doc) => doc.querySelector('ol.breathe-horizontal, li.arxiv-result')?.closest('ol') ?? null,
});
