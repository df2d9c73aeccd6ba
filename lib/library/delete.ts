// Deleting papers with undo: the deleted rows come back as a snapshot that restores them (re-entering the
// near-duplicate index, so stamped `keyedAt` anew).
import type { MarginDB } from '../db';
import type { Paper, Sighting } from '../paper';

export interface DeletedSnapshot {
  papers: Paper[];
  sightings: Sighting[];
}

export async function deletePapers(db: MarginDB, ids: readonly string[]): Promise<DeletedSnapshot> {
  return db.transaction('rw', db.papers, db.sightings, async () => {
    const papers = (await db.papers.bulkGet([...ids])).filter((row): row is Paper => !!row);
    const sightings = await db.sightings
      .where('paperId')
      .anyOf([...ids])
      .toArray();
    await db.papers.bulkDelete(papers.map((p) => p.id));
    await db.sightings.bulkDelete(sightings.map((s) => s.key));
    return { papers, sightings };
  });
}

export async function restorePapers(db: MarginDB, snapshot: DeletedSnapshot): Promise<void> {
  await db.transaction('rw', db.papers, db.sightings, async () => {
    // Back in the index now: a paper checked for duplicates while these were gone has not met them.
    const now = Date.now();
    await db.papers.bulkPut(snapshot.papers.map((paper) => ({ ...paper, keyedAt: now })));
    await db.sightings.bulkPut(snapshot.sightings);
  });
}
