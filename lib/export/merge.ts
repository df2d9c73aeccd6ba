// Merging a backup into a library: of two versions of a paper the newer edit (updatedAt) wins, tags are the
// union of both, and sightings the union by key, the paper's seen summary counting the sightings it gains.
import type { Paper, Sighting } from '../paper';
import { withSighting } from '../seen';
import type { Settings } from '../settings';

const union = (first: readonly string[], second: readonly string[]) => [...new Set([...first, ...second])];

/** The library's paper merged with the file's; `gained` are the file's sightings of it the library lacks. */
export function mergePaper(library: Paper, file: Paper, gained: readonly Sighting[]): Paper {
  const fileIsNewer = file.updatedAt > library.updatedAt;
  const newer = fileIsNewer ? file : library;
  const older = fileIsNewer ? library : file;
  const { seen: _ignored, ...fields } = newer;
  const seen = withSightings(library, gained).seen ?? file.seen;
  return { ...fields, tags: union(newer.tags, older.tags), ...(seen ? { seen } : {}) };
}

/** The library's paper with its seen summary counting sightings it gains. */
export function withSightings(paper: Paper, gained: readonly Sighting[]): Paper {
  if (!gained.length) return paper;
  let seen = paper.seen;
  for (const sighting of gained) seen = withSighting(seen, sighting);
  return { ...paper, ...(seen ? { seen } : {}) };
}

/** The library's own settings are kept; topic rules it does not have (by name) are added from the file. */
export function mergeSettings(library: Settings, file: Settings): Settings {
  const names = new Set(library.userTopics.map((topic) => topic.name));
  return { ...library, userTopics: [...library.userTopics, ...file.userTopics.filter((t) => !names.has(t.name))] };
}
