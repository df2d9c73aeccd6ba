// Which library papers carry each of a page's near-duplicate keys, read from the `*dupKeys` index alone (no rows),
// with the IndexedDB API inside the caller's Dexie transaction. Measured in Chromium: a cursor jumping from key to
// key costs one round trip per landing, about 15 µs on a small index but 200–500 µs on a reader's library (250,000
// entries for 10,000 papers), where a bounded read per key, all asked at once, costs 40–100 µs a key. So a page's
// keys are walked with a cursor while that costs little per key passed (an empty or small library: a landing is
// quick, or passes many keys), and read one by one once it does not. Dexie's own `anyOf` walk and per-key queries
// cost two to four times as much per step.
import Dexie from 'dexie';

/** Up to this many keys (a paper or two), each is read on its own at once. */
const FEW_KEYS = 100;
/** Cursor landings before the walk judges what it costs. */
const PROBE_LANDINGS = 16;
/** A walk costing more than this per key passed hands the remaining keys over to one read each. */
const WALK_BUDGET_MS_PER_KEY = 0.04;

type Note = (key: string, id: string) => void;

const result = <T>(request: IDBRequest<T>) =>
  new Promise<T>((resolve, reject) => {
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(request.error);
  });

/**
 * Notes, for each of `keys`, up to `limit` papers carrying it (a key more papers carry says nothing, and is left
 * out by the caller). Call within a Dexie transaction over `papers`.
 */
export async function noteDupKeyCarriers(
  keys: Iterable<string>,
  limit: number,
  note: Note,
  budgetMsPerKey = WALK_BUDGET_MS_PER_KEY,
): Promise<void> {
  const unique = [...new Set(keys)];
  if (!unique.length) return;
  const transaction = Dexie.currentTransaction;
  if (!transaction) throw new Error('noteDupKeyCarriers runs inside a transaction over papers');
  const index = transaction.idbtrans.objectStore('papers').index('dupKeys');
  const { walked, sorted } =
    unique.length <= FEW_KEYS
      ? { walked: 0, sorted: unique }
      : await walkWhileCheap(index, unique, limit, note, budgetMsPerKey);
  await Promise.all(
    sorted.slice(walked).map(async (key) => {
      for (const id of await result(index.getAllKeys(IDBKeyRange.only(key), limit))) note(key, String(id));
    }),
  );
}

/**
 * Walks the keys in order with one cursor, jumping from each to the next, while it costs at most `budgetMsPerKey` per
 * key passed. Gives the keys sorted, and how many of them it fully covered (all of them when it ran to the end).
 */
function walkWhileCheap(
  index: IDBIndex,
  keys: readonly string[],
  limit: number,
  note: Note,
  budgetMsPerKey: number,
): Promise<{ walked: number; sorted: string[] }> {
  return new Promise((resolve, reject) => {
    let [first, last] = [keys[0] as string, keys[0] as string];
    for (const key of keys) {
      if (key < first) first = key;
      if (key > last) last = key;
    }
    const request = index.openKeyCursor(IDBKeyRange.bound(first, last));
    // Sorted natively (strings in the same code-unit order as IndexedDB's) while the first landing is on its way.
    const sorted = [...keys].sort();
    // The walk's cost is timed from here: the sort is the caller's work, whatever way the keys are then read.
    const started = performance.now();
    const done = (walked: number) => resolve({ walked, sorted });
    let at = 0; // the first key not passed yet
    let landings = 0;
    let carriers = 0; // entries noted for sorted[at]
    request.onerror = () => reject(request.error);
    request.onsuccess = () => {
      const cursor = request.result;
      if (!cursor) return done(sorted.length);
      landings++;
      const key = cursor.key as string;
      while (at < sorted.length && (sorted[at] as string) < key) {
        at++;
        carriers = 0;
      }
      if (at === sorted.length) return done(sorted.length);
      if (landings >= PROBE_LANDINGS && performance.now() - started > (at + 1) * budgetMsPerKey) return done(at);
      if (sorted[at] !== key) return cursor.continue(sorted[at]);
      note(key, String(cursor.primaryKey));
      if (++carriers < limit) return cursor.continue();
      // Enough carriers of this key: on to the next one.
      at++;
      carriers = 0;
      if (at === sorted.length) return done(sorted.length);
      cursor.continue(sorted[at]);
    };
  });
}
