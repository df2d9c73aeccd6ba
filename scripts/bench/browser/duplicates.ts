// Near-duplicate look-up against the whole library, as a visit does it: the paper's keys, one query on the
// `*dupKeys` index, each candidate confirmed by similarity (lib/library/near-duplicates.ts).
import { MarginDB } from '../../../lib/db';
import { withDupKeys } from '../../../lib/duplicates/keys';
import { findLibraryDuplicates } from '../../../lib/library/near-duplicates';
import type { Paper } from '../../../lib/paper';
import type { SeedPaper } from '../library-data';
import { rawDb, request } from './raw-idb';

export interface DuplicateTimes {
  library: number;
  /** Per-paper look-up times. */
  lookups: number[];
  found: number;
}

export async function duplicateLookups(queries: SeedPaper[], libraryQueries: number): Promise<DuplicateTimes> {
  const raw = await rawDb();
  const store = raw.transaction('papers').objectStore('papers');
  const library = await request(store.count());
  const step = Math.max(1, Math.floor(library / libraryQueries));
  const keys = (await request(store.getAllKeys())) as string[];
  const sampled = (await Promise.all(
    keys
      .filter((_, i) => i % step === 0)
      .slice(0, libraryQueries)
      .map((id) => request(store.get(id))),
  )) as Paper[];
  // Real papers new to the library (keys computed as a visit would) and library papers, in turn.
  const all = [
    ...queries.map((seed, i) =>
      withDupKeys({ ...(sampled[0] as Paper), ...seed, id: `2699.${String(i).padStart(5, '0')}` }),
    ),
    ...sampled,
  ];
  const db = new MarginDB();
  for (const paper of all.slice(0, 20)) await findLibraryDuplicates(db, [paper]); // warm-up
  const lookups: number[] = [];
  let found = 0;
  for (const paper of all) {
    const t = performance.now();
    const matches = await findLibraryDuplicates(db, [paper]);
    lookups.push(performance.now() - t);
    if (matches.size) found++;
  }
  db.close();
  return { library, lookups, found };
}
