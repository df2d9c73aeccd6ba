// Near-duplicate look-up against the whole library. The database has no duplicate-key index yet (schema v2),
// so this is what the in-memory DuplicateIndex does: built over every paper read from IndexedDB, then
// queried one paper at a time.
import { DuplicateIndex } from '../../../lib/duplicates';
import type { Paper } from '../../../lib/paper';
import type { SeedPaper } from '../library-data';
import { rawDb, request } from './raw-idb';

export interface DuplicateTimes {
  library: number;
  buildMs: number;
  /** Per-paper look-up times. */
  lookups: number[];
  found: number;
}

export async function duplicateLookups(queries: SeedPaper[], libraryQueries: number): Promise<DuplicateTimes> {
  const db = await rawDb();
  const papers = (await request(db.transaction('papers').objectStore('papers').getAll())) as Paper[];
  const started = performance.now();
  const index = new DuplicateIndex<string>();
  for (const paper of papers) index.add(paper.id, paper);
  const buildMs = performance.now() - started;
  // Real papers (new to the library) and library papers (each finds itself) in turn.
  const step = Math.max(1, Math.floor(papers.length / libraryQueries));
  const all = [...queries, ...papers.filter((_, i) => i % step === 0).slice(0, libraryQueries)];
  for (const query of all.slice(0, 20)) index.find(query); // warm-up
  const lookups: number[] = [];
  let found = 0;
  for (const query of all) {
    const t = performance.now();
    const matches = index.find(query);
    lookups.push(performance.now() - t);
    if (matches.length) found++;
  }
  return { library: index.size, buildMs, lookups, found };
}
