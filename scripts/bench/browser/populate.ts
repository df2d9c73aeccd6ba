// Fills the extension's library database with a generated library, written with raw IndexedDB in large
// transactions (Margin's own write path validates every row: far too slow to fill 100,000 papers with).
// Each paper carries its near-duplicate keys, as Margin's write path would give it.
import { withDupKeys } from '../../../lib/duplicates/keys';
import { libraryChunk, type SeedPaper } from '../library-data';
import { committed, rawDb } from './raw-idb';

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

/** Empties papers and sightings (between page-annotation runs: every run is a first visit). */
export async function clearLibrary(): Promise<void> {
  const db = await rawDb();
  const tx = db.transaction(['papers', 'sightings'], 'readwrite');
  tx.objectStore('papers').clear();
  tx.objectStore('sightings').clear();
  await committed(tx);
}
