// A page's papers as the library holds them, read the cheap way round: which of them it holds first.
import type { MarginDB } from '../db';
import type { Paper } from '../paper';

/** Keys in the ids' range beyond this many per id (a range the library crowds): the rows are read by id. */
const RANGE_KEYS_PER_ID = 2;
/**
 * From this many held rows, in a range that holds few other papers (at most a quarter more), the rows are read in
 * one range read: a read per id costs a request each, 90–170 ms for 2000 rows where the range read takes 55–80 ms
 * (Chromium, a reload of a 2000-entry listing).
 */
const RANGE_READ_MIN_HELD = 16;
const RANGE_READ_SPARE = 0.25;
/** A new-style arXiv id; its first five characters (`YYMM.`) name the month it was issued in. */
const MONTH_ID = /^\d{4}\.\d{4,5}$/;

/**
 * The ids of the month most of `ids` were issued in (a listing's papers, less the odd older one a listing or a
 * day of Hugging Face carries), and the others. No month when none holds more than half of them: ids spread
 * wide (a search page, a look-up across the library) sit in ranges that hold many other papers.
 */
function mainMonth(ids: readonly string[]): { month: string[]; others: string[] } {
  const counts = new Map<string, number>();
  let top = '';
  for (const id of ids) {
    if (!MONTH_ID.test(id)) continue;
    const month = id.slice(0, 5);
    const count = (counts.get(month) ?? 0) + 1;
    counts.set(month, count);
    if (count > (counts.get(top) ?? 0)) top = month;
  }
  if ((counts.get(top) ?? 0) * 2 <= ids.length) return { month: [], others: [...ids] };
  const month: string[] = [];
  const others: string[] = [];
  for (const id of ids) (id.startsWith(top) && MONTH_ID.test(id) ? month : others).push(id);
  return { month, others };
}

/** What the library holds of one month's ids: which ids, and whether one read of their range brings little else. */
async function heldOf(db: MarginDB, ids: readonly string[]): Promise<{ held: string[]; range?: [string, string] }> {
  let [min, max] = [ids[0] as string, ids[0] as string];
  for (const id of ids) {
    if (id < min) min = id;
    if (id > max) max = id;
  }
  const limit = ids.length * RANGE_KEYS_PER_ID;
  const inRange = await db.papers.where(':id').between(min, max, true, true).limit(limit).primaryKeys();
  if (inRange.length >= limit) return { held: [...ids] };
  const keys = new Set<unknown>(inRange);
  const held = ids.filter((id) => keys.has(id));
  const dense = held.length >= RANGE_READ_MIN_HELD && inRange.length <= held.length * (1 + RANGE_READ_SPARE);
  return { held, range: dense ? [min, max] : undefined };
}

/**
 * The library's row for each id (undefined where it has none), in the order given. For a listing's papers (most
 * ids of one month) one key-only read of that month's range says which are held, and only those rows are read:
 * reading by id costs a request per id, held or not, so a page the library mostly lacks (any first visit) was
 * paying for rows that are not there. Many held rows in a range that holds little else (a listing read again)
 * come in one read of the range. The other ids, all ids spread wider, and a range the library turns out to crowd
 * are read by id. Within a transaction, the caller's or its own.
 */
export async function rowsById(db: MarginDB, ids: readonly string[]): Promise<(Paper | undefined)[]> {
  if (ids.length === 0) return [];
  const { month, others } = mainMonth(ids);
  if (!month.length) return db.papers.bulkGet([...ids]);
  const { held, range } = await heldOf(db, month);
  const byId = new Map<string, Paper | undefined>();
  const byIds = async (wanted: string[]) => {
    const rows = wanted.length ? await db.papers.bulkGet(wanted) : [];
    wanted.forEach((id, i) => {
      byId.set(id, rows[i]);
    });
  };
  if (range) {
    const [inRange] = await Promise.all([
      db.papers.where(':id').between(range[0], range[1], true, true).toArray(),
      byIds(others),
    ]);
    for (const row of inRange) byId.set(row.id, row);
  } else await byIds([...held, ...others]);
  return ids.map((id) => byId.get(id));
}
