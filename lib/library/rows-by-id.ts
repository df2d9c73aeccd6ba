// A page's papers as the library holds them, read the cheap way round: which of them it holds first.
import type { MarginDB } from '../db';
import type { Paper } from '../paper';

/** Keys in the ids' range beyond this many per id (a range the library crowds): the rows are read by id. */
const RANGE_KEYS_PER_ID = 2;
/** A new-style arXiv id; its first five characters (`YYMM.`) name the month it was issued in. */
const MONTH_ID = /^\d{4}\.\d{4,5}$/;

/** All ids issued in one month (a listing's papers): their range holds a month of arXiv at most. */
function oneMonth(ids: readonly string[]): boolean {
  const month = (ids[0] as string).slice(0, 5);
  return ids.every((id) => id.startsWith(month) && MONTH_ID.test(id));
}

/**
 * The library's row for each id (undefined where it has none), in the order given. For a listing's papers (ids
 * of one month) one key-only read of the ids' range says which are held, and only those rows are read:
 * reading by id costs a request per id, held or not, so a page the library mostly lacks (any first visit) was
 * paying for rows that are not there. Ids spread wider (a search page, a look-up across the library), or a
 * range the library turns out to crowd, are read by id. Within a transaction, the caller's or its own.
 */
export async function rowsById(db: MarginDB, ids: readonly string[]): Promise<(Paper | undefined)[]> {
  if (ids.length === 0) return [];
  if (!oneMonth(ids)) return db.papers.bulkGet([...ids]);
  let [min, max] = [ids[0] as string, ids[0] as string];
  for (const id of ids) {
    if (id < min) min = id;
    if (id > max) max = id;
  }
  const limit = ids.length * RANGE_KEYS_PER_ID;
  const inRange = await db.papers.where(':id').between(min, max, true, true).limit(limit).primaryKeys();
  if (inRange.length >= limit) return db.papers.bulkGet([...ids]);
  const keys = new Set<unknown>(inRange);
  const held = ids.filter((id) => keys.has(id));
  const rows = held.length ? await db.papers.bulkGet(held) : [];
  const byId = new Map(held.map((id, i) => [id, rows[i]]));
  return ids.map((id) => byId.get(id));
}
