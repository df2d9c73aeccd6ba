// The "seen before" rule. A paper is *seen* on a page when it was shown earlier on a different page, or on
// the same page on an earlier day. Reloading today's page keeps today's new papers new.
// Sightings are kept one per paper, page and day, so the summary on the paper row decides it exactly.
import { localDay } from './dates';
import { pageKey } from './page-key';
import type { SeenSummary } from './paper';

export function isSeenBefore(summary: SeenSummary | undefined, pageUrl: string, now: number): boolean {
  if (!summary || summary.count === 0) return false;
  if (localDay(summary.firstAt) < localDay(now)) return true;
  // Every sighting is from today: it is seen if one of them is on another page. The first one is either
  // on another page, or on this one — and then any further sighting today is on another page.
  return pageKey(summary.firstUrl) !== pageKey(pageUrl) || summary.count > 1;
}

/** The summary after one more sighting. */
export function addSighting(
  summary: SeenSummary | undefined,
  sighting: Pick<SeenSummary, 'firstUrl' | 'firstSite' | 'firstKind'> & { at: number },
): SeenSummary {
  if (!summary) {
    const { at, ...where } = sighting;
    return { ...where, firstAt: at, count: 1, lastAt: at };
  }
  return { ...summary, count: summary.count + 1, lastAt: Math.max(summary.lastAt, sighting.at) };
}
