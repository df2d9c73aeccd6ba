// Recording a page visit: the states of every paper shown, then one sighting per paper (per page and day)
// and fresh metadata — all in one transaction, and idempotent so that a retried message is harmless.
import Dexie from 'dexie';
import { localDay } from '../dates';
import type { MarginDB } from '../db';
import { keysStillValid, withDupKeysAndFeatures } from '../duplicates/keys';
import type { DupFeatures } from '../duplicates/similarity';
import { nextTask } from '../page/yield';
import { sightingKeys } from '../page-key';
import {
  type DupCheck,
  type PageKind,
  type Paper,
  type PaperRef,
  paperFromRef,
  type Sighting,
  type Site,
} from '../paper';
import { withSighting } from '../seen';
import type { UserTopic } from '../settings';
import { matchTopics } from '../topics/rules';
import { findLibraryDuplicates } from './near-duplicates';
import { rowsById } from './rows-by-id';
import { type PaperState, stateOf } from './states';

export interface PageInfo {
  url: string;
  site: Site;
  kind: PageKind;
}

/** Page metadata refreshes the row but never erases what an earlier, richer page gave. */
export function mergeRef(row: Paper, ref: PaperRef): Paper {
  const merged: Paper = {
    ...row,
    ...ref,
    version: Math.max(ref.version ?? 0, row.version ?? 0) || undefined,
    authors: ref.authors.length ? ref.authors : row.authors,
    abstract: ref.abstract ?? row.abstract,
    subjects: ref.subjects.length ? ref.subjects : row.subjects,
    published: ref.published ?? row.published,
    announced: ref.announced ?? row.announced,
    links: { ...row.links, ...definedOnly(ref.links) },
  };
  // Keys come from title and abstract: when those change they are derived again on write (lib/db.ts).
  if (!keysStillValid(row, merged)) {
    delete merged.dupKeys;
    delete merged.keyedAt;
  }
  return merged;
}

function definedOnly<T extends object>(value: T): Partial<T> {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as Partial<T>;
}

export interface StartedVisit {
  /** Each paper's state as the library had it before this visit (with its topics and duplicate). */
  states: Record<string, PaperState>;
  /** Settles when the visit's sightings and metadata are stored (or failed to be). */
  saved: Promise<void>;
}

/**
 * Records a visit and answers each paper's state as soon as it is known: the states come from what the
 * library held before the visit, so the page need not wait for the writes. They follow in the same
 * transaction (`saved`), which the next visit or edit of these papers waits for: nothing reads a half-written
 * visit. Topics (built-in and the reader's) are matched on what the library knows of the paper after this
 * visit, and their names stored on the row for the library's filters.
 */
export async function startVisit(
  db: MarginDB,
  page: PageInfo,
  refs: readonly PaperRef[],
  now: number,
  userTopics: readonly UserTopic[] = [],
): Promise<StartedVisit> {
  const unique = [...new Map(refs.map((ref) => [ref.id, ref])).values()];
  const ids = unique.map((ref) => ref.id);
  const keys = sightingKeys(ids, page.url, now);
  const day = localDay(now);
  let known: (states: Record<string, PaperState>) => void = () => undefined;
  const statesKnown = new Promise<Record<string, PaperState>>((resolve) => {
    known = resolve;
  });
  const saved = db.transaction('rw', db.papers, db.sightings, async () => {
    const rows = await rowsById(db, ids);
    const features = new Map<string, DupFeatures>();
    const checked = new Map<string, DupCheck>();
    const merged = unique.map((ref, i) => {
      const row = rows[i];
      const paper = row ? mergeRef(row, ref) : paperFromRef(ref, now);
      if (paper.dupKeys) {
        if (row?.dupCheck) checked.set(paper.id, row.dupCheck);
        return paper;
      }
      const keyed = withDupKeysAndFeatures(paper);
      features.set(paper.id, keyed.features);
      return { ...keyed.paper, keyedAt: now };
    });
    const duplicates = await findLibraryDuplicates(db, merged, { known: features, checked });
    const states: Record<string, PaperState> = {};
    const topics = unique.map((ref, i) => {
      const matched = matchTopics(merged[i] as Paper, userTopics);
      states[ref.id] = { ...stateOf(rows[i], page.url, now, matched), duplicateOf: duplicates.get(ref.id) };
      return matched.map((topic) => topic.name);
    });
    known(states);
    // Let the answer leave before the writes (reading which sightings exist, then building, checking and cloning
    // every row) hold the worker; Dexie keeps the transaction open meanwhile.
    await Dexie.waitFor(nextTask());
    // Sightings already recorded on this page today (a reload) change nothing. A paper the library does not hold
    // has no sighting to find (deleting a paper deletes its sightings; an orphan would be put again under the same
    // key, harmlessly): a first visit reads no sightings at all.
    const held = keys.filter((_, i) => rows[i] !== undefined);
    const recorded = new Set(
      (await db.sightings.bulkGet(held)).flatMap((sighting) => (sighting ? [sighting.key] : [])),
    );
    const paperWrites: Paper[] = [];
    const sightingWrites: Sighting[] = [];
    unique.forEach((ref, i) => {
      if (recorded.has(keys[i] as string)) return; // already recorded on this page today: nothing changes
      const sighting: Sighting = {
        key: keys[i] as string,
        paperId: ref.id,
        pageUrl: page.url,
        site: page.site,
        kind: page.kind,
        section: ref.section,
        day,
        seenAt: now,
      };
      sightingWrites.push(sighting);
      const duplicate = duplicates.get(ref.id);
      paperWrites.push({
        ...(merged[i] as Paper),
        topics: topics[i] ?? [],
        seen: withSighting(rows[i]?.seen, sighting),
        dupCheck: duplicate ? { at: now, of: duplicate.id } : { at: now },
      });
    });
    if (paperWrites.length) await db.papers.bulkPut(paperWrites);
    if (sightingWrites.length) await db.sightings.bulkPut(sightingWrites);
  });
  // A failure before the states are known fails the visit; a later one is reported through `saved`.
  const states = await Promise.race([statesKnown, saved.then(() => statesKnown)]);
  return { states, saved };
}

/** Records a visit and answers once it is stored (imports, tests: where nothing waits on the answer). */
export async function recordVisit(...args: Parameters<typeof startVisit>): Promise<Record<string, PaperState>> {
  const { states, saved } = await startVisit(...args);
  await saved;
  return states;
}

/**
 * States without recording anything, for a page already recorded (the reader's topics changed): states and
 * topic chips only; the page keeps the duplicates and suggestions its visit brought.
 */
export async function lookUpStates(
  db: MarginDB,
  pageUrl: string,
  ids: readonly string[],
  now: number,
  userTopics: readonly UserTopic[] = [],
): Promise<Record<string, PaperState>> {
  const rows = await rowsById(db, ids);
  return Object.fromEntries(
    ids.map((id, i) => {
      const row = rows[i];
      return [id, stateOf(row, pageUrl, now, row ? matchTopics(row, userTopics) : [])];
    }),
  );
}
