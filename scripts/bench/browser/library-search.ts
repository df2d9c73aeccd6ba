// The library page's search: its MiniSearch index loaded from the database as the page loads it, then
// queried; against a raw cursor scan over every paper with the same word test.
import { MarginDB } from '../../../lib/db';
import { loadIndex } from '../../../lib/library/index-sync';
import { matchesText, searchWords } from '../../../lib/library/query';
import { LibraryIndex } from '../../../lib/library/search-index';
import type { Paper } from '../../../lib/paper';
import { type AbTimes, timeAb } from './ab';
import { rawDb, walk } from './raw-idb';

export interface LibrarySearchTimes extends AbTimes {
  loadMs: number;
  indexed: number;
  /** Hits of the first query: MiniSearch (prefix, fuzzy) and the raw scan (exact substrings). */
  hits: { margin: number; raw: number };
}

export async function librarySearch(texts: string[], runs: number): Promise<LibrarySearchTimes> {
  const db = await rawDb();
  const margin = new MarginDB();
  const index = new LibraryIndex();
  const started = performance.now();
  await loadIndex(margin, index, () => undefined);
  const loadMs = performance.now() - started;
  const text = (run: number) => texts[run % texts.length] ?? '';
  const scan = async (run: number) => {
    const words = searchWords(text(run));
    const ids: string[] = [];
    await walk(db.transaction('papers').objectStore('papers'), 'next', (value) => {
      const paper = value as Paper;
      if (paper.savedAt !== undefined && matchesText(paper, words)) ids.push(paper.id);
      return true;
    });
    return ids;
  };
  const search = async (run: number) => index.query({ text: text(run) }, 'relevance');
  const hits = { margin: (await search(0)).length, raw: (await scan(0)).length };
  const times = await timeAb(runs, search, scan);
  margin.close();
  return { ...times, loadMs, indexed: index.size, hits };
}
