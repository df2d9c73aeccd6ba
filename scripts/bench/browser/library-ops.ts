// The library operations of issue 4, Margin's code path against raw IndexedDB doing the same reads in the
// same page: state look-up and a star through the background (messages, as a content script sends them), the
// popup's first page and its search through the popup's own query code (Dexie in the page, as the popup runs).
import { MarginDB } from '../../../lib/db';
import { setSaved } from '../../../lib/library/edits';
import { listSaved, matchesText, searchWords } from '../../../lib/library/query';
import type { Paper } from '../../../lib/paper';
import { type AbTimes, timeAb } from './ab';
import { send } from './messages';
import { committed, rawDb, request, walk } from './raw-idb';

const PAGE_URL = 'https://arxiv.org/list/astro-ph/pastweek?show=2000';
const FIRST_PAGE = 50;
/** Stars and empty round trips take a millisecond or so: timed ten to a sample (ab.ts). */
const SHORT_OP_BATCH = 10;

let dexie: MarginDB | undefined;
const marginDb = () => {
  dexie ??= new MarginDB();
  return dexie;
};

export async function lookUpStates(ids: string[], runs: number): Promise<AbTimes> {
  const db = await rawDb();
  return timeAb(
    runs,
    () => send('lookUpStates', { pageUrl: PAGE_URL, ids }),
    async () => {
      const store = db.transaction('papers').objectStore('papers');
      return Promise.all(ids.map((id) => request(store.get(id))));
    },
  );
}

/** The cost of one message round trip with nothing to read: what every Margin-side call carries. */
export async function messageRoundTrip(runs: number): Promise<number[]> {
  const times = await timeAb(
    runs,
    () => send('lookUpStates', { pageUrl: PAGE_URL, ids: [] }),
    async () => undefined,
    SHORT_OP_BATCH,
  );
  return times.margin;
}

/** The raw side of a star: get + put in one transaction. */
async function rawToggleStar(db: IDBDatabase, rawId: string): Promise<void> {
  const tx = db.transaction('papers', 'readwrite');
  const store = tx.objectStore('papers');
  const row = (await request(store.get(rawId))) as Paper;
  const now = Date.now();
  store.put({ ...row, savedAt: row.savedAt === undefined ? now : undefined, updatedAt: now });
  await committed(tx);
}

/** Star and unstar in turn (each is one write): Margin through `setSaved`, raw as get + put in one transaction. */
export async function star(marginId: string, rawId: string, runs: number): Promise<AbTimes> {
  const db = await rawDb();
  const read = async (id: string) => (await request(db.transaction('papers').objectStore('papers').get(id))) as Paper;
  const marginPaper = await read(marginId);
  return timeAb(
    runs,
    (op) => send('setSaved', { paper: marginPaper, saved: op % 2 === 1 }),
    () => rawToggleStar(db, rawId),
    SHORT_OP_BATCH,
  );
}

/**
 * The same star with the transport taken out: the library's own `setSaved` (Dexie, Zod-validated write) in
 * this page against raw get + put — what the store adds over IndexedDB.
 */
export async function starInStore(marginId: string, rawId: string, runs: number): Promise<AbTimes> {
  const db = await rawDb();
  const marginPaper = (await request(db.transaction('papers').objectStore('papers').get(marginId))) as Paper;
  return timeAb(
    runs,
    (op) => setSaved(marginDb(), marginPaper, op % 2 === 1, Date.now()),
    () => rawToggleStar(db, rawId),
    SHORT_OP_BATCH,
  );
}

/** The popup's first page: the 50 newest saved papers and how many there are. */
export async function popupFirstPage(runs: number): Promise<AbTimes> {
  const db = await rawDb();
  return timeAb(
    runs,
    () => listSaved(marginDb(), { limit: FIRST_PAGE }),
    async () => {
      const index = db.transaction('papers').objectStore('papers').index('savedAt');
      const papers: unknown[] = [];
      const [total] = await Promise.all([
        request(index.count()),
        walk(index, 'prev', (paper) => papers.push(paper) < FIRST_PAGE),
      ]);
      return { papers, total };
    },
  );
}

/** The popup's search: every word in title, authors, abstract, tags or note; the first 50 and the count. */
export async function popupSearch(texts: string[], runs: number): Promise<AbTimes> {
  const db = await rawDb();
  return timeAb(
    runs,
    (run) => listSaved(marginDb(), { text: texts[run % texts.length], limit: FIRST_PAGE }),
    async (run) => {
      const words = searchWords(texts[run % texts.length]);
      const index = db.transaction('papers').objectStore('papers').index('savedAt');
      const papers: Paper[] = [];
      let total = 0;
      await walk(index, 'prev', (value) => {
        const paper = value as Paper;
        if (matchesText(paper, words)) {
          total++;
          if (papers.length < FIRST_PAGE) papers.push(paper);
        }
        return true;
      });
      return { papers, total };
    },
  );
}
