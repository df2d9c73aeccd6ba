// Numbered schemas of the library database. A released version is never edited: a change is a new
// version with a named upgrade step (lib/db-migrations.ts) and a golden test (tests/unit/db-migrations).

export interface SchemaVersion {
  version: number;
  /** What changed, in a sentence. */
  summary: string;
  stores: Record<string, string | null>;
}

export const SCHEMA_VERSIONS: readonly SchemaVersion[] = [
  {
    version: 1,
    summary: 'Walking skeleton: papers met on pages (starred ones have savedAt) and one sighting per page and day.',
    stores: {
      papers: 'id, savedAt',
      sightings: 'key, paperId, seenAt',
    },
  },
  {
    version: 2,
    summary:
      'Reading fields (tags, note, status, dismissed, topics), a seen summary on each paper, sighting page kinds, settings.',
    stores: {
      papers: 'id, savedAt, updatedAt, *tags, status, *topics, seen.firstAt',
      sightings: 'key, paperId, [paperId+seenAt], seenAt, site',
      settings: 'key',
    },
  },
  {
    version: 3,
    summary: 'Near-duplicate keys on papers (a multi-entry index), so a paper finds its look-alikes in one query.',
    stores: {
      papers: 'id, savedAt, updatedAt, *tags, status, *topics, seen.firstAt, *dupKeys',
    },
  },
  {
    version: 4,
    summary:
      'When each paper entered the near-duplicate index (keyedAt) and its last duplicate check, so a revisit reads only papers keyed since.',
    stores: {
      papers: 'id, savedAt, updatedAt, *tags, status, *topics, seen.firstAt, *dupKeys, keyedAt',
    },
  },
];

export const LATEST_VERSION = SCHEMA_VERSIONS[SCHEMA_VERSIONS.length - 1]?.version ?? 1;
