// arXiv listing pages (/list/<cat>/new, /recent, /pastweek, /YYYY-MM, /catchup): one `dl` per section
// (the id `articles` repeats), each entry a `dt` with the identifier links and the `dd` after it with
// the metadata. Selectors survive both the current markup and the pre-2024 one (see SITES.md).
import { parseArxivId } from '../arxiv-id';
import { parseLooseDate } from '../dates';
import type { PaperRef, Section, Subject } from '../paper';
import { readableText, textOf } from '../text';
import { completeRef, defineLayout } from './types';
import { absoluteUrl } from './urls';

interface SectionInfo {
  section: Section;
  announced?: string;
}

interface ListingContext {
  sections: Map<Element, SectionInfo>;
}

/** Text of a metadata field without its "Title:" / "Authors:" descriptor, math kept as TeX. */
export function withoutDescriptor(element: Element | null): string {
  if (!element) return '';
  const full = readableText(element);
  // The descriptor leads the line: found without a search of the line in the usual case.
  const first = element.firstElementChild;
  const label = textOf(first?.classList.contains('descriptor') ? first : element.querySelector('.descriptor'));
  if (label && full.startsWith(label)) return full.slice(label.length).trim();
  // Some copies of the page lost the descriptor span but kept its text.
  return full.replace(/^(?:Title|Authors|Subjects|Comments|Journal-ref)\s*:\s*/, '');
}

function classifyHeading(heading: string): Section {
  if (/^new submissions/i.test(heading)) return 'new';
  if (/^cross/i.test(heading)) return 'cross';
  if (/^replace/i.test(heading)) return 'replaced';
  if (/^[A-Z][a-z]{2},\s+\d{1,2}\s+[A-Z][a-z]{2}/.test(heading)) return 'day';
  return 'listing';
}

/**
 * The heading of a section: inside the `dl` (current markup) or before it (old markup, where other elements
 * such as a "[ total of N entries ]" line may sit between the two). A `dl` never takes another section's heading.
 */
function headingOf(dl: Element): string {
  const inside = dl.querySelector(':scope > h3');
  if (inside) return textOf(inside);
  for (let before = dl.previousElementSibling; before; before = before.previousElementSibling) {
    if (before.tagName === 'H3') return textOf(before);
    if (before.tagName === 'DL') break;
  }
  return '';
}

/** The day the whole page announces: "Showing new listings for …" (/new) or "Catchup results for … on …". */
function pageDate(doc: Document): string | undefined {
  return (
    parseLooseDate(textOf(doc.querySelector('#dlpage > h3'))) ??
    parseLooseDate(textOf(doc.querySelector('#dlpage > h1')))
  );
}

function readSections(doc: Document): Map<Element, SectionInfo> {
  const pageDay = pageDate(doc);
  const sections = new Map<Element, SectionInfo>();
  for (const dl of doc.querySelectorAll('#dlpage dl')) {
    const heading = headingOf(dl);
    const section = classifyHeading(heading);
    // Day sections and old "New submissions for Fri, 3 Feb 23" headings carry their own date.
    const announced = (section === 'day' || /\bfor\b/.test(heading) ? parseLooseDate(heading) : undefined) ?? pageDay;
    sections.set(dl, { section, announced });
  }
  return sections;
}

/** "Materials Science (cond-mat.mtrl-sci); Soft Condensed Matter (cond-mat.soft)" → subjects. */
export function parseSubjects(text: string): Subject[] {
  const subjects: Subject[] = [];
  for (const part of text.split(';')) {
    const match = /^(.*?)\s*\(([a-z-]+(?:\.[A-Za-z-]+)?)\)$/.exec(part.trim());
    if (match?.[2]) subjects.push({ code: match[2], name: match[1] || undefined });
  }
  return subjects;
}

/** Author names: the links of the authors line. */
function authorsOf(dd: Element): string[] {
  const line = dd.querySelector('.list-authors');
  if (!line) return [];
  const names: string[] = [];
  for (let child = line.firstElementChild; child; child = child.nextElementSibling) {
    if (child.tagName !== 'A') continue;
    const name = textOf(child);
    if (name) names.push(name);
  }
  return names;
}

/** The section heading says where an entry is listed; the entry's own flag only where the heading does not. */
function sectionOf(dt: Element, info: SectionInfo | undefined): Section {
  if (info && info.section !== 'listing') return info.section;
  const flags = textOf(dt);
  if (/\(cross-list from/i.test(flags)) return 'cross';
  if (/\(replaced\)/i.test(flags)) return 'replaced';
  return 'listing';
}

export function extractEntry(dt: Element, context: ListingContext, url: URL): PaperRef | null {
  const abs = dt.querySelector('a[title="Abstract"]');
  const arxiv = parseArxivId(abs?.getAttribute('href') ?? '') ?? parseArxivId(textOf(abs).replace(/^arXiv:/i, ''));
  const dd = dt.nextElementSibling?.tagName === 'DD' ? dt.nextElementSibling : null;
  if (!arxiv || !dd) return null;
  const info = context.sections.get(dt.parentElement as Element);
  // The HTML rendering's link names the version (`/html/2609.22268v1`) where the abstract's does not.
  const html = dt.querySelector('a[href*="/html/"]')?.getAttribute('href');
  const abstract = readableText(dd.querySelector('p.mathjax'));
  const candidate: PaperRef = {
    id: arxiv.id,
    version: arxiv.version ?? parseArxivId(html ?? '')?.version,
    title: withoutDescriptor(dd.querySelector('.list-title')),
    authors: authorsOf(dd),
    abstract: abstract || undefined,
    subjects: parseSubjects(withoutDescriptor(dd.querySelector('.list-subjects'))),
    announced: info?.announced,
    site: 'arxiv',
    pageUrl: url.href,
    section: sectionOf(dt, info),
    links: {
      abs: `https://arxiv.org/abs/${arxiv.id}`,
      pdf: `https://arxiv.org/pdf/${arxiv.id}`,
      html: absoluteUrl(html, 'https://arxiv.org'),
    },
  };
  return completeRef(candidate);
}

export const listingLayout = defineLayout<ListingContext>({
  context: (doc) => ({ sections: readSections(doc) }),
  cards: (root) => [...root.querySelectorAll('#dlpage dl > dt')],
  cardKey: (dt) => dt.querySelector('a[title="Abstract"]')?.getAttribute('href') ?? '',
  extract: extractEntry,
  // After the identifier links, inline: the dt has room to the right, so no line is added.
  mount: (dt) => ({ parent: dt, before: null, placement: 'inline' }),
  summaryAnchor: (doc) => doc.querySelector('#dlpage dl'),
});
