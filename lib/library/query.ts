// Listing the reading library (starred papers) for the popup: newest first, filtered, in pages.
import type { Collection } from 'dexie';
import type { MarginDB } from '../db';
import type { Paper, ReadingStatus } from '../paper';

export interface LibraryQuery {
  /** Every word must occur in the title, authors, abstract, tags or note. */
  text?: string;
  tag?: string;
  status?: ReadingStatus;
  offset?: number;
  limit?: number;
}

export interface LibraryPage {
  papers: Paper[];
  total: number;
}

export function matchesText(paper: Paper, words: readonly string[]): boolean {
  if (!words.length) return true;
  const haystack = [paper.title, paper.authors.join(' '), paper.abstract ?? '', paper.tags.join(' '), paper.note]
    .join('\n')
    .toLowerCase();
  return words.every((word) => haystack.includes(word));
}

export const searchWords = (text: string | undefined) => (text ?? '').toLowerCase().split(/\s+/).filter(Boolean);

function savedCollection(db: MarginDB, query: LibraryQuery): Collection<Paper, string> {
  const words = searchWords(query.text);
  const newestFirst = db.papers.orderBy('savedAt').reverse();
  if (!query.status && !words.length) return newestFirst;
  return newestFirst.filter((paper) => (!query.status || paper.status === query.status) && matchesText(paper, words));
}

export async function listSaved(db: MarginDB, query: LibraryQuery = {}): Promise<LibraryPage> {
  const offset = query.offset ?? 0;
  const limit = query.limit ?? 50;
  return db.transaction('r', db.papers, async () => {
    if (query.tag) {
      // Few papers share a tag: read them through the tag index, then order and page in memory.
      const words = searchWords(query.text);
      const tagged = (await db.papers.where('tags').equals(query.tag).toArray())
        .filter((p) => p.savedAt !== undefined && (!query.status || p.status === query.status) && matchesText(p, words))
        .sort((a, b) => (b.savedAt ?? 0) - (a.savedAt ?? 0));
      return { papers: tagged.slice(offset, offset + limit), total: tagged.length };
    }
    const [total, papers] = await Promise.all([
      savedCollection(db, query).count(),
      savedCollection(db, query).offset(offset).limit(limit).toArray(),
    ]);
    return { papers, total };
  });
}

/** Every tag in use, for autocomplete and the tag filter. */
export async function allTags(db: MarginDB): Promise<string[]> {
  return (await db.papers.orderBy('tags').uniqueKeys()).map(String).sort((a, b) => a.localeCompare(b));
}
