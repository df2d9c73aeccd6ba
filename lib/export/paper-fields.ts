// What every export format derives from a paper the same way: its arXiv id, year, landing URL and DOI.
import { parseArxivId } from '../arxiv-id';
import type { Paper } from '../paper';

/** The arXiv id of a paper, or undefined for a `title:<hash>` paper. */
export function arxivIdOf(paper: Paper): string | undefined {
  if (paper.id.startsWith('title:')) return undefined;
  return parseArxivId(paper.id)?.id;
}

/** arXiv's DOI for a preprint: every arXiv paper has one, 10.48550/arXiv.<id>. */
export function arxivDoi(id: string): string {
  return `10.48550/arXiv.${id}`;
}

/** First-version date, else the announcement date (YYYY-MM-DD). */
export function dateOf(paper: Paper): string | undefined {
  return paper.published ?? paper.announced;
}

/** Publication year: from the dates the page gave, else from a new-style arXiv id (YYMM.NNNNN). */
export function yearOf(paper: Paper): number | undefined {
  const date = dateOf(paper);
  if (date) return Number(date.slice(0, 4));
  const id = arxivIdOf(paper);
  const yy = id ? /^(\d{2})\d{2}\./.exec(id)?.[1] : undefined;
  return yy ? 2000 + Number(yy) : undefined;
}

/**
 * The page to cite: the arXiv abstract page, else whatever landing page the paper has. Only http(s), and
 * normalised by the URL parser, which percent-encodes spaces, quotes, `<`, `>`, braces and backslashes.
 */
export function urlOf(paper: Paper): string | undefined {
  const id = arxivIdOf(paper);
  if (id) return `https://arxiv.org/abs/${id}`;
  const link = paper.links.abs ?? paper.links.hf ?? paper.links.html ?? paper.links.pdf;
  return link === undefined ? undefined : safeHttpUrl(link);
}

function safeHttpUrl(link: string): string | undefined {
  try {
    const url = new URL(link);
    return url.protocol === 'https:' || url.protocol === 'http:' ? url.href : undefined;
  } catch {
    return undefined;
  }
}

/** One line: exports put each field on one line, so newlines and tabs in page text become spaces. */
export function oneLine(value: string): string {
  return withoutControls(BREAKS.test(value) ? value.replace(BREAKS_ALL, ' ') : value).trim();
}

/** Drops control characters other than tab, LF and CR: a NUL from a page ends a BibTeX entry for some readers. */
export function withoutControls(value: string): string {
  return CONTROLS.test(value) ? value.replace(CONTROLS_ALL, '') : value;
}

// biome-ignore lint/suspicious/noControlCharactersInRegex: finding control characters is the point
const CONTROLS = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/;
// biome-ignore lint/suspicious/noControlCharactersInRegex: finding control characters is the point
const CONTROLS_ALL = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/g;
const BREAKS = /[\r\n\t\v\f\u2028\u2029]/;
const BREAKS_ALL = /[\r\n\t\v\f\u2028\u2029]+/g;
