// Which URLs count as "the same page" for the seen rule and for sighting keys.
import { localDay } from './dates';

/** Parameters that change what a page lists; everything else (paging size, tracking) is dropped. */
const SIGNIFICANT = new Set(['q', 'query', 'searchtype', 'skip', 'date', 'week', 'month']);

export function pageKey(href: string): string {
  const url = new URL(href);
  const params = [...url.searchParams]
    .filter(([name, value]) => SIGNIFICANT.has(name) && !(name === 'skip' && value === '0'))
    .sort(([a], [b]) => a.localeCompare(b));
  const query = params.length ? `?${new URLSearchParams(params).toString()}` : '';
  return `${url.origin}${url.pathname.replace(/\/+$/, '') || '/'}${query}`;
}

/** One sighting per paper, page and local day: recording twice is a no-op, so retries are safe. */
export function sightingKey(paperId: string, href: string, seenAt: number): string {
  return `${paperId}|${pageKey(href)}|${localDay(seenAt)}`;
}
