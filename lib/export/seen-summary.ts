// Seen summaries (first sighting, count, last) computed from sightings, as the library keeps them.
import type { SeenSummary, Sighting } from '../paper';
import { withSighting } from '../seen';

/** Seen summaries of every paper, from its sightings in time order. */
export function seenSummaries(sightings: readonly Sighting[]): Map<string, SeenSummary> {
  const summaries = new Map<string, SeenSummary>();
  for (const sighting of [...sightings].sort((a, b) => a.seenAt - b.seenAt)) {
    summaries.set(sighting.paperId, withSighting(summaries.get(sighting.paperId), sighting));
  }
  return summaries;
}
