// Near-duplicates in the library: papers that share no id with a paper on the page but look like it
// (a retitled version, a re-post). Candidates come from the `*dupKeys` index in key-only reads, and
// from the page's own papers (not stored yet on a first visit), ranked by how many keys they share; only
// the best few are read and confirmed with the similarity the evaluation calibrated (docs/evaluation.md).
// A paper checked on an earlier visit, its keys unchanged since, is not looked up in the index again (a
// cursor step per key: a quarter of a second for a 400-paper page the library holds): its candidates are the
// look-alike that check found and the papers keyed since (the `keyedAt` index), read whole.
import type { MarginDB } from '../db';
import { sameIdentity } from '../duplicates/identity';
import { type DupFeatures, dupFeatures, isNearDuplicate } from '../duplicates/similarity';
import type { DupCheck, Paper } from '../paper';
import { noteDupKeyCarriers } from './dup-key-index';
import type { PaperState } from './states';

export type DuplicateOf = NonNullable<PaperState['duplicateOf']>;

/** Rows read and compared per paper, most shared keys first: a true duplicate shares many. */
const CANDIDATES_PER_PAPER = 8;
/** A key this many papers carry says nothing (boilerplate titles); a true duplicate shares rarer ones too. */
const COMMON_KEY = 100;
/**
 * At most this many papers keyed since are read whole; papers checked before the newest this many were keyed (an
 * import since, or a paper last checked long ago) are looked up in the index like new ones.
 */
export const MAX_KEYED_SINCE = 2000;

export interface DuplicateQuery {
  /** Features already worked out, by paper id. */
  known?: ReadonlyMap<string, DupFeatures>;
  /** By paper id: its last check, for papers whose keys have not changed since (their rows' `dupCheck`). */
  checked?: ReadonlyMap<string, DupCheck>;
}

/**
 * For each paper of a page (as it is about to be stored) that probably duplicates another paper of the
 * library or of the same page, that other paper.
 */
export function findLibraryDuplicates(
  db: MarginDB,
  papers: readonly Paper[],
  query: DuplicateQuery = {},
): Promise<Map<string, DuplicateOf>> {
  // One read transaction for the index and the candidates (or a part of the caller's, during a visit).
  return db.transaction('r', db.papers, () => find(db, papers, query));
}

/**
 * The library papers keyed since the earliest of `checked` (from that very millisecond: a paper keyed then may not
 * have been met), and the checks they serve: all of them, or, when more than MAX_KEYED_SINCE papers were keyed
 * since the earliest, those made after the newest MAX_KEYED_SINCE papers were keyed.
 */
async function keyedSince(
  db: MarginDB,
  checked: ReadonlyMap<string, DupCheck>,
): Promise<{ ids: string[]; checked: ReadonlyMap<string, DupCheck> }> {
  const since = Math.min(...[...checked.values()].map((check) => check.at));
  const ids = await db.papers
    .where('keyedAt')
    .aboveOrEqual(since)
    .limit(MAX_KEYED_SINCE + 1)
    .primaryKeys();
  if (ids.length <= MAX_KEYED_SINCE) return { ids, checked };
  const newest: { id: string; at: number }[] = [];
  await db.papers
    .where('keyedAt')
    .aboveOrEqual(since)
    .reverse()
    .limit(MAX_KEYED_SINCE + 1)
    .eachKey((at, cursor) => newest.push({ id: String(cursor.primaryKey), at: Number(at) }));
  // Papers keyed after the oldest of these are at most MAX_KEYED_SINCE: the checks made since that moment hold.
  const from = (newest[MAX_KEYED_SINCE]?.at ?? since) + 1;
  return {
    ids: newest.filter((paper) => paper.at >= from).map((paper) => paper.id),
    checked: new Map([...checked].filter(([, check]) => check.at >= from)),
  };
}

async function find(db: MarginDB, papers: readonly Paper[], query: DuplicateQuery): Promise<Map<string, DuplicateOf>> {
  const found = new Map<string, DuplicateOf>();
  const keys = new Set(papers.flatMap((paper) => paper.dupKeys ?? []));
  if (!keys.size) return found;
  const onPage = new Map(papers.map((paper) => [paper.id, paper]));
  // (No await without a read to wait for: a transaction of its own with nothing asked yet would commit.)
  const { ids: since, checked } = query.checked?.size
    ? await keyedSince(db, query.checked)
    : { ids: [], checked: new Map<string, DupCheck>() };
  // Which papers carry each key: the library's, read from the index alone (no rows), then the page's own. Most
  // keys are carried by one paper alone: it is noted as such, without a collection (a 2000-entry page notes 36,000).
  const idsByKey = new Map<string, string | string[]>();
  const note = (key: string, id: string) => {
    const ids = idsByKey.get(key);
    if (ids === undefined) idsByKey.set(key, id);
    else if (typeof ids === 'string') {
      if (ids !== id) idsByKey.set(key, [ids, id]);
    } else if (!ids.includes(id)) ids.push(id);
  };
  // Papers checked before meet the papers keyed since and the look-alikes they had, read whole, their keys noted
  // as the index would give them (the page's own papers are noted below, as they are now); the other papers' keys
  // are looked up in the index.
  const earlier = [...checked.values()].flatMap((check) => (check.of ? [check.of] : []));
  const toRead = [...new Set([...since, ...earlier])].filter((id) => !onPage.has(id));
  const libraryRows = new Map<string, Paper>();
  if (toRead.length) for (const row of await db.papers.bulkGet(toRead)) if (row) libraryRows.set(row.id, row);
  for (const row of libraryRows.values()) for (const key of row.dupKeys ?? []) if (keys.has(key)) note(key, row.id);
  const lookUp = new Set(papers.flatMap((paper) => (checked.has(paper.id) ? [] : (paper.dupKeys ?? []))));
  await noteDupKeyCarriers(lookUp, COMMON_KEY + 1, note);
  // The page's papers are noted under the keys of papers some paper here has not met: those not checked before,
  // and those keyed since the earliest check. Two papers checked before share other keys only if they met.
  const earliest = checked.size ? { at: Math.min(...[...checked.values()].map((check) => check.at)) } : undefined;
  const unmetByAny = (paper: Paper) => !earliest || !metBefore(earliest, paper);
  const live = new Set<string>();
  for (const paper of [...papers, ...libraryRows.values()]) {
    if ((checked.has(paper.id) || !onPage.has(paper.id)) && !unmetByAny(paper)) continue;
    for (const key of paper.dupKeys ?? []) if (keys.has(key)) live.add(key);
  }
  if (live.size)
    for (const paper of papers) for (const key of paper.dupKeys ?? []) if (live.has(key)) note(key, paper.id);
  // Rows at hand: the library's read whole, and the page's own (the best candidates' rows join them below).
  const rows = new Map([...libraryRows, ...onPage]);
  const ranked = papers.map((paper) => {
    const check = checked.get(paper.id);
    // A paper checked before keeps that check's verdict, and meets only the papers that check could not.
    const unmet = (id: string) => !check || !metBefore(check, rows.get(id));
    const shared = new Map<string, number>();
    for (const key of paper.dupKeys ?? []) {
      const ids = idsByKey.get(key);
      // Every key holds the paper itself: one held by no other paper (most of a page's) shares nothing.
      if (typeof ids !== 'object' || ids.length > COMMON_KEY) continue;
      for (const id of ids) {
        if (id !== paper.id && unmet(id)) shared.set(id, (shared.get(id) ?? 0) + 1);
      }
    }
    const earlier = check?.of !== undefined && !unmet(check.of) ? rows.get(check.of) : undefined;
    if (!shared.size) return { paper, best: [], earlier };
    const best = [...shared]
      .filter(([id]) => !sameIdentity(id, paper.id))
      .sort((a, b) => b[1] - a[1])
      .slice(0, CANDIDATES_PER_PAPER)
      .map(([id]) => id);
    return { paper, best, earlier };
  });
  const stored = [...new Set(ranked.flatMap((r) => r.best))].filter((id) => !onPage.has(id));
  for (const row of await db.papers.bulkGet(stored.filter((id) => !rows.has(id)))) if (row) rows.set(row.id, row);
  const features = new Map(query.known);
  const featuresOf = (paper: Paper) => {
    let found = features.get(paper.id);
    if (!found) {
      found = dupFeatures(paper);
      features.set(paper.id, found);
    }
    return found;
  };
  for (const { paper, best, earlier } of ranked) {
    const match =
      best.map((id) => rows.get(id)).find((other) => other && isNearDuplicate(featuresOf(paper), featuresOf(other))) ??
      earlier;
    if (match) found.set(paper.id, { id: match.id, title: match.title, url: match.links.abs ?? match.links.hf });
  }
  return found;
}

/**
 * Whether an earlier duplicate check of a paper met `other` with the keys it has now: they were in the index before
 * the check, or `other` was keyed and checked at the check's very moment (on the page of that same visit). The
 * verdict of that check stands for such papers; comparing them again would only repeat it.
 */
function metBefore(check: Pick<DupCheck, 'at'>, other: Paper | undefined): boolean {
  if (other?.keyedAt === undefined) return false;
  return other.keyedAt < check.at || (other.keyedAt === check.at && other.dupCheck?.at === check.at);
}
