// The raw side of every library comparison: the same database, opened and read with the plain IndexedDB API.
import { DB_NAME } from '../../../lib/db';

export const request = <T>(req: IDBRequest<T>) =>
  new Promise<T>((resolve, reject) => {
    req.onsuccess = () => resolve(req.result);
    req.onerror = () => reject(req.error);
  });

export const committed = (tx: IDBTransaction) =>
  new Promise<void>((resolve, reject) => {
    tx.oncomplete = () => resolve();
    tx.onerror = () => reject(tx.error);
    tx.onabort = () => reject(tx.error ?? new Error('transaction aborted'));
  });

let opened: Promise<IDBDatabase> | undefined;

/** The library database at whatever version Margin created it. */
export function rawDb(): Promise<IDBDatabase> {
  opened ??= request(indexedDB.open(DB_NAME));
  return opened;
}

/** Closes this page's raw connection (the next `rawDb` opens a new one): a deletion must not wait for it. */
export async function closeRawDb(): Promise<void> {
  const db = await opened;
  opened = undefined;
  db?.close();
}

/** Walks a cursor; `visit` returns false to stop. */
export function walk(
  source: IDBObjectStore | IDBIndex,
  direction: IDBCursorDirection,
  visit: (value: unknown) => boolean,
) {
  return new Promise<void>((resolve, reject) => {
    const cursor = source.openCursor(null, direction);
    cursor.onerror = () => reject(cursor.error);
    cursor.onsuccess = () => {
      const at = cursor.result;
      if (!at || !visit(at.value)) resolve();
      else at.continue();
    };
  });
}
