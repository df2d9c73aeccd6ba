// Which URLs count as "the same page" for the seen rule and for sighting keys.
import { localDay } from './dates';

/** Parameters that change what a page lists; everything else (paging size, tracking) is dropped. */
const SIGNIFICANT = new Set(['q', 'query', 'searchtype', 'skip', 'date', 'week', 'month']);

/** Keys worked out lately: a visit asks for the same few pages' keys for each of its papers (the seen rule). */
const recent = new Map<string, string>();
const RECENT_KEYS = 64;

export function pageKey(href: string): string {
  let key = recent.get(href);
  if (key === undefined) {
    if (recent.size >= RECENT_KEYS) recent.clear();
    key = keyOf(href);
    recent.set(href, key);
  }
  return key;
}

function keyOf(href: string): string {
  const url = new URL(href);
  const params = [...url.searchParams]
    .filter(([name, value]) => SIGNIFICANT.has(name) && !(name === 'skip' && value === '0'))
    .sort(([a], [b]) => a.localeCompare(b));
  const query = params.length ? `?${new URLSearchParams(params).toString()}` : '';
  return `${url.origin}${url.pathname.replace(/\/+$/, '') || '/'}${query}`;
}

/**
 * The keys of the papers' sightings on one page on one day: one per paper, page and local day, so recording
 * twice is a no-op and retries are safe. The page's key and the day are worked out once for all its papers.
 */
export function sightingKeys(paperIds: readonly string[], href: string, seenAt: number): string[] {
  const suffix = `|${pageKey(href)}|${localDay(seenAt)}`;
  return paperIds.map((id) => `${id}${suffix}`);
}
