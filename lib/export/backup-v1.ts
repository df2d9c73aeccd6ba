// Version 1 backups (see backup-schema.ts) become version 2 the way the database upgrade turned v1 rows into
// v2 rows (lib/db-migrations.ts): reading fields get their defaults, sightings their page kind and day, and
// each paper a seen summary computed from its sightings.
import { localDay } from '../dates';
import type { PageKind, Paper, Sighting } from '../paper';
import { DEFAULT_SETTINGS } from '../settings';
import { detectPage } from '../sites/registry';
import { BACKUP_VERSION, type Backup, type BackupV1, type BackupV1Sighting } from './backup-schema';
import { seenSummaries } from './seen-summary';

function pageKind(sighting: BackupV1Sighting): PageKind {
  return detectPage(sighting.pageUrl)?.handler.kind ?? (sighting.site === 'huggingface' ? 'daily' : 'recent');
}

export function upgradeBackupV1(v1: BackupV1): Backup {
  const sightings: Sighting[] = v1.sightings.map((s) => ({
    ...s,
    kind: pageKind(s),
    section: 'listing',
    day: localDay(s.seenAt),
  }));
  const summaries = seenSummaries(sightings);
  const papers: Paper[] = v1.papers.map((paper) => {
    const seen = summaries.get(paper.id);
    return {
      ...paper,
      tags: [],
      note: '',
      status: 'queue',
      dismissed: false,
      topics: [],
      updatedAt: paper.savedAt ?? 0,
      ...(seen ? { seen } : {}),
    };
  });
  return {
    format: v1.format,
    version: BACKUP_VERSION,
    exportedAt: v1.exportedAt,
    papers,
    sightings,
    settings: DEFAULT_SETTINGS,
  };
}
