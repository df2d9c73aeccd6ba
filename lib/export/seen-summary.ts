// A paper's seen summary (first sighting, count, last) computed from sightings, as the library keeps it.
import type { SeenSummary, Sighting } from '../paper';

/** Seen summaries of every paper, from its sightings in time order. */
export function seenSummaries(sightings: readonly Sighting[]): Map<string, SeenSummary> {
  const summaries = new Map<string, SeenSummary>();
  for (const sighting of [...sightings].sort((a, b) => a.seenAt - b.seenAt)) {
    const previous = summaries.get(sighting.paperId);
    summaries.set(sighting.paperId, previous ? withSighting(previous, sighting) : firstSummary(sighting));
  }
  return summaries;
}

function firstSummary(sighting: Sighting): SeenSummary {
  return {
    firstAt: sighting.seenAt,
    firstUrl: sighting.pageUrl,
    firstSite: sighting.site,
    firstKind: sighting.kind,
    count: 1,
    lastAt: sighting.seenAt,
  };
}

/** The summary with one more sighting, which may be earlier than the first one it knew. */
export function withSighting(summary: SeenSummary | undefined, sighting: Sighting): SeenSummary {
  if (!summary) return firstSummary(sighting);
  const earlier = sighting.seenAt < summary.firstAt;
  return {
    ...(earlier ? firstSummary(sighting) : summary),
    count: summary.count + 1,
    lastAt: Math.max(summary.lastAt, sighting.seenAt),
  };
}
