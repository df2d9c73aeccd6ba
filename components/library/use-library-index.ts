import { liveQuery } from 'dexie';
import { useEffect, useMemo, useState } from 'preact/hooks';
import type { MarginDB } from '@/lib/db';
import { loadIndex, syncIndex } from '@/lib/library/index-sync';
import { LibraryIndex } from '@/lib/library/search-index';

export interface IndexState {
  index: LibraryIndex;
  /** Bumped whenever the index changed: a dependency for queries. */
  version: number;
  progress: { done: number; total: number } | null;
  error?: string;
}

/**
 * The library's search index: loaded in chunks with progress, then kept in step with every change.
 * A new `generation` (after an import) rebuilds it from scratch.
 */
export function useLibraryIndex(db: MarginDB, generation = 0): IndexState {
  const index = useMemo(() => new LibraryIndex(), [generation]);
  const [version, setVersion] = useState(0);
  const [progress, setProgress] = useState<{ done: number; total: number } | null>({ done: 0, total: 0 });
  const [error, setError] = useState<string>();

  useEffect(() => {
    let since = 0;
    let syncing: Promise<void> = Promise.resolve();
    let cancelled = false;
    let subscription: { unsubscribe(): void } | undefined;
    const bump = () => !cancelled && setVersion((v) => v + 1);
    loadIndex(db, index, (done, total) => {
      setProgress({ done, total });
      bump();
    })
      .then((startedAt) => {
        since = startedAt;
        setProgress(null);
        // An edit (which stamps updatedAt) or a change of what is starred, made here, in a tab or in the
        // background, re-runs this cheap query; then only the changed rows are synced.
        const watch = () =>
          Promise.all([
            db.papers.orderBy('updatedAt').lastKey(),
            db.papers.where('savedAt').above(Number.NEGATIVE_INFINITY).count(),
          ]);
        subscription = liveQuery(watch).subscribe({
          next: () => {
            syncing = syncing.then(async () => {
              since = await syncIndex(db, index, since - 1);
              bump();
            });
          },
          error: (e: unknown) => setError(String(e)),
        });
      })
      .catch((e: unknown) => setError(e instanceof Error ? e.message : String(e)));
    return () => {
      cancelled = true;
      subscription?.unsubscribe();
    };
  }, [db, index]);

  return { index, version, progress, error };
}
