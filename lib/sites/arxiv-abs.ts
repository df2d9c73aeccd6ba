// arXiv abstract pages (/abs/<id>): the `citation_*` meta tags carry everything, the title heading gets
// the star and the `data-margin-*` attributes.
import { parseArxivId } from '../arxiv-id';
import { parseLooseDate } from '../dates';
import type { PaperRef } from '../paper';
import { collapseWhitespace, textOf } from '../text';
import { parseSubjects, withoutDescriptor } from './arxiv-listing';
import { completeRef, defineLayout } from './types';
import { absoluteUrl } from './urls';

const meta = (doc: Document, name: string) =>
  [...doc.querySelectorAll(`meta[name="${name}"]`)].map((m) => collapseWhitespace(m.getAttribute('content') ?? ''));

/** "Upadhyay, Manas V." → "Manas V. Upadhyay"; a name without a comma stays as it is. */
export function citationName(name: string): string {
  const [family, ...given] = name.split(',');
  return given.length ? `${given.join(',').trim()} ${family?.trim() ?? ''}`.trim() : name;
}

/** The newest version listed in the submission history ("[v2] Tue, 3 Mar 2026 …"). */
function latestVersion(doc: Document): number | undefined {
  const versions = [...textOf(doc.querySelector('.submission-history')).matchAll(/\[v(\d+)\]/g)].map((m) =>
    Number(m[1]),
  );
  return versions.length ? Math.max(...versions) : undefined;
}

export const absLayout = defineLayout<Document>({
  context: (doc) => doc,
  cards: (root) => {
    const heading = root.querySelector('h1.title');
    return heading ? [heading] : [];
  },
  cardKey: (heading) => textOf(heading),
  extract(heading, doc, url) {
    const authors = meta(doc, 'citation_author').map(citationName);
    const fromUrl = parseArxivId(url.pathname);
    const arxiv = parseArxivId(meta(doc, 'citation_arxiv_id')[0] ?? '') ?? fromUrl;
    if (!arxiv) return null;
    const html = doc.querySelector('a#latexml-download-link, a[href*="/html/"]')?.getAttribute('href');
    const candidate: PaperRef = {
      id: arxiv.id,
      version: fromUrl?.version ?? latestVersion(doc),
      // The meta tags hold the TeX source of the title; the heading (MathJax-rendered) is the fallback.
      title: meta(doc, 'citation_title')[0] || withoutDescriptor(heading),
      authors: authors.length ? authors : [...doc.querySelectorAll('.authors a')].map(textOf).filter(Boolean),
      abstract: meta(doc, 'citation_abstract')[0] || undefined,
      subjects: parseSubjects(textOf(doc.querySelector('td.subjects'))),
      published: parseLooseDate(meta(doc, 'citation_date')[0] ?? ''),
      site: 'arxiv',
      pageUrl: url.href,
      section: 'single',
      links: {
        abs: `https://arxiv.org/abs/${arxiv.id}`,
        pdf: absoluteUrl(meta(doc, 'citation_pdf_url')[0], 'https://arxiv.org') ?? `https://arxiv.org/pdf/${arxiv.id}`,
        html: absoluteUrl(html, 'https://arxiv.org'),
      },
    };
    return completeRef(candidate);
  },
  mount: (heading) => ({ parent: heading, before: null, placement: 'inline' }),
  summaryAnchor: () => null,
});
