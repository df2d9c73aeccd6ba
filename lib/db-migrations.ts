// Named upgrade steps between schema versions. Each takes the rows as the previous version wrote them.
import type { Transaction } from 'dexie';
import { localDay } from './dates';
import { withDupKeys } from './duplicates/keys';
import type { PageKind, Paper, SeenSummary, Sighting, Site } from './paper';
import { withSighting } from './seen';
import { detectPage } from './sites/registry';

/** v1 → v2: reading fields get their defaults, sightings learn their page kind and day, papers a seen summary. */
export async function addReadingFieldsAndSeenSummaries(tx: Transaction): Promise<void> {
  const summaries = new Map<string, SeenSummary>();
  await tx
    .table('sightings')
    .orderBy('seenAt')
    .modify((sighting: Sighting & { kind?: PageKind; section?: string; day?: string }) => {
      sighting.kind ??= detectPage(sighting.pageUrl)?.handler.kind ?? pageKindFallback(sighting.site);
      sighting.section ??= 'listing';
      sighting.day ??= localDay(sighting.seenAt);
      summaries.set(sighting.paperId, withSighting(summaries.get(sighting.paperId), sighting as Sighting));
    });
  await tx
    .table('papers')
    .toCollection()
    .modify((paper: Partial<Paper> & { id: string }) => {
      paper.tags ??= [];
      paper.note ??= '';
      paper.status ??= 'queue';
      paper.dismissed ??= false;
      paper.topics ??= [];
      paper.updatedAt ??= paper.savedAt ?? 0;
      const seen = summaries.get(paper.id);
      if (seen) paper.seen = seen;
    });
}

/** v2 → v3: every paper gets its near-duplicate keys. */
export async function addDuplicateKeys(tx: Transaction): Promise<void> {
  await tx
    .table('papers')
    .toCollection()
    .modify((paper: Paper) => {
      paper.dupKeys = withDupKeys(paper).dupKeys;
    });
}

function pageKindFallback(site: Site): PageKind {
  return site === 'huggingface' ? 'daily' : 'recent';
}
