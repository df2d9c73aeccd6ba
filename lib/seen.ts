// The "seen before" rule. A paper is *seen* on a page when it was shown earlier on a different page, or on
// the same page on an earlier day. Reloading today's page keeps today's new papers new.
// Sightings are kept one per paper, page and day, so the summary on the paper row decides it exactly.
import { localDay } from './dates';
import { pageKey } from './page-key';
import type { SeenSummary, Sighting } from './paper';

export function isSeenBefore(summary: SeenSummary | undefined, pageUrl: string, now: number): boolean {
  if (!summary || summary.count === 0) return false;
  if (localDay(summary.firstAt) < localDay(now)) return true;
  // Every sighting is from today: it is seen if one of them is on another page. The first one is either
  // on another page, or on this one — and then any further sighting today is on another page.
  return pageKey(summary.firstUrl) !== pageKey(pageUrl) || summary.count > 1;
}

/** The summary with one more sighting, which may be earlier than the first one it knew (a merged backup). */
export function withSighting(summary: SeenSummary | undefined, sighting: Sighting): SeenSummary {
  if (!summary || sighting.seenAt < summary.firstAt) {
    return {
      firstAt: sighting.seenAt,
      firstUrl: sighting.pageUrl,
      firstSite: sighting.site,
      firstKind: sighting.kind,
      count: (summary?.count ?? 0) + 1,
      lastAt: Math.max(summary?.lastAt ?? sighting.seenAt, sighting.seenAt),
    };
  }
  return { ...summary, count: summary.count + 1, lastAt: Math.max(summary.lastAt, sighting.seenAt) };
}
