// Fills the extension's library database with a generated library, written with raw IndexedDB in large
// transactions (Margin's own write path validates every row: far too slow to fill 100,000 papers with).
// Each paper carries its near-duplicate keys, as Margin's write path would give it.
import { DB_NAME, MarginDB } from '../../../lib/db';
import { withDupKeys } from '../../../lib/duplicates/keys';
import { deletePapers } from '../../../lib/library/delete';
import { libraryChunk, type SeedPaper } from '../library-data';
import { send } from './messages';
import { closeRawDb, committed, rawDb, request } from './raw-idb';

const CHUNK = 5_000;

export interface Populated {
  papers: number;
  sightings: number;
  ms: number;
}

export async function populate(seeds: SeedPaper[], total: number): Promise<Populated> {
  const db = await rawDb();
  const started = performance.now();
  let sightings = 0;
  let writing: Promise<void> = Promise.resolve();
  for (let start = 0; start < total; start += CHUNK) {
    const chunk = libraryChunk(seeds, start, Math.min(CHUNK, total - start));
    await writing; // the next chunk was generated while this one was written
    const tx = db.transaction(['papers', 'sightings'], 'readwrite', { durability: 'relaxed' });
    const papersStore = tx.objectStore('papers');
    const sightingsStore = tx.objectStore('sightings');
    for (const paper of chunk.papers) papersStore.add(withDupKeys(paper));
    for (const sighting of chunk.sightings) sightingsStore.add(sighting);
    writing = committed(tx);
    sightings += chunk.sightings.length;
  }
  await writing;
  return { papers: total, sightings, ms: performance.now() - started };
}

/**
 * An empty library (between page-annotation runs: every run is a first visit), as a new database: emptying the
 * stores instead leaves the deleted entries behind as tombstones until the browser compacts its files, and
 * reading past thousands of them (the end of the `updatedAt` index, bench run after bench run) cost a visit
 * 30–100 ms that no reader's library has. The background's connection closes itself for the deletion (Dexie
 * does on `versionchange`) and the message after creates the new database, so runs time a warm worker.
 */
export async function clearLibrary(): Promise<void> {
  await closeRawDb();
  await request(indexedDB.deleteDatabase(DB_NAME));
  await send('lookUpStates', { pageUrl: 'https://arxiv.org/list/astro-ph/new', ids: [] });
}

/**
 * Deletes what page visits added to the generated library (the papers they keyed: generated papers carry no
 * `keyedAt`), with their sightings, so that the next visit of the same page is a first visit again.
 */
export async function forgetVisited(): Promise<number> {
  const db = new MarginDB();
  try {
    const ids = await db.papers.where('keyedAt').above(0).primaryKeys();
    await deletePapers(db, ids);
    return ids.length;
  } finally {
    db.close();
  }
}
