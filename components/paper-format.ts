import type { Paper } from '@/lib/paper';

/** "Ashish Vaswani, Noam Shazeer et al." */
export function firstAuthors(authors: readonly string[], count = 2): string {
  if (!authors.length) return 'Unknown authors';
  const shown = authors.slice(0, count).join(', ');
  return authors.length > count ? `${shown} et al.` : shown;
}

/** The link a reader expects for a paper: arXiv abstract, else its Hugging Face page. */
export function paperUrl(paper: Pick<Paper, 'links'>): string | undefined {
  return paper.links.abs ?? paper.links.hf ?? paper.links.html ?? paper.links.pdf;
}

export function paperYear(paper: Pick<Paper, 'published' | 'announced'>): string {
  return (paper.published ?? paper.announced ?? '').slice(0, 4);
}
