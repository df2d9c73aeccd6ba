import type { PageKind, Site } from './paper';

const SITE_LABEL: Record<Site, string> = { huggingface: 'HF', arxiv: 'arXiv' };
const KIND_LABEL: Record<PageKind, string> = {
  daily: 'daily',
  weekly: 'weekly',
  monthly: 'monthly',
  trending: 'trending',
  search: 'search',
  paper: 'paper page',
  new: 'new',
  recent: 'recent',
  pastweek: 'past week',
  month: 'month list',
  catchup: 'catch-up',
  abs: 'abstract page',
};

/** "HF daily", "arXiv new": how a badge names the page a paper was seen on. */
export function pageLabel(site: Site, kind: PageKind): string {
  return `${SITE_LABEL[site]} ${KIND_LABEL[kind]}`;
}
