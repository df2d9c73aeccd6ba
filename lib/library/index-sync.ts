// Keeps a LibraryIndex in step with the database: a first load in chunks (with progress), then only the
// rows that changed since the last sync, and the papers that left the library.
import type { MarginDB } from '../db';
import type { LibraryIndex } from './search-index';

const CHUNK = 2_000;

/** Loads every saved paper, newest first, a chunk at a time; returns the time it started (for sync). */
export async function loadIndex(
  db: MarginDB,
  index: LibraryIndex,
  onProgress: (done: number, total: number) => void,
  pause: () => Promise<void> = () => new Promise((resolve) => setTimeout(resolve, 0)),
): Promise<number> {
  const startedAt = Date.now();
  const total = await db.papers.where('savedAt').above(Number.NEGATIVE_INFINITY).count();
  let done = 0;
  for (;;) {
    // offset() on an index without a filter is a native cursor advance: cheap however deep the chunk.
    const chunk = await db.papers.orderBy('savedAt').reverse().offset(done).limit(CHUNK).toArray();
    if (!chunk.length) break;
    index.upsert(chunk);
    done += chunk.length;
    onProgress(done, total);
    if (chunk.length < CHUNK) break;
    await pause();
  }
  return startedAt;
}

/** Applies changes made since `since` (edits stamp updatedAt) and drops deleted or unstarred papers. */
export async function syncIndex(db: MarginDB, index: LibraryIndex, since: number): Promise<number> {
  const syncedAt = Date.now();
  const [changed, savedIds] = await db.transaction('r', db.papers, () =>
    Promise.all([
      db.papers.where('updatedAt').aboveOrEqual(since).toArray(),
      db.papers.where('savedAt').above(Number.NEGATIVE_INFINITY).primaryKeys(),
    ]),
  );
  index.upsert(changed);
  const saved = new Set(savedIds);
  index.remove(index.ids().filter((id) => !saved.has(id)));
  if (saved.size > index.size) {
    // Rows written with an older updatedAt (an imported backup): load the ones the index lacks.
    const missing = [...saved].filter((id) => !index.has(id));
    index.upsert((await db.papers.bulkGet(missing)).filter((p) => p !== undefined));
  }
  return syncedAt;
}
