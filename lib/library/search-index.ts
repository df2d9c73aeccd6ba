// The library page's in-memory view of the reading library: a light entry per saved paper (full rows stay
// in IndexedDB) and a MiniSearch full-text index over title, abstract, authors, tags and notes, updated
// paper by paper as rows change.
import MiniSearch from 'minisearch';
import { localDay } from '../dates';
import type { Paper, ReadingStatus, Site } from '../paper';

export interface LibraryEntry {
  id: string;
  title: string;
  authors: string[];
  year: string;
  tags: string[];
  topics: string[];
  status: ReadingStatus;
  site: Site;
  savedAt: number;
  /** Local day the paper was first seen, YYYY-MM-DD. */
  firstSeenDay?: string;
  updatedAt: number;
  hasNote: boolean;
}

export interface LibraryFilters {
  text: string;
  tag?: string;
  topic?: string;
  status?: ReadingStatus;
  site?: Site;
  /** Inclusive YYYY-MM-DD bounds. */
  savedFrom?: string;
  savedTo?: string;
  seenFrom?: string;
  seenTo?: string;
}

export const SORTS = ['saved-desc', 'saved-asc', 'title', 'year-desc', 'relevance'] as const;
export type SortKey = (typeof SORTS)[number];

const SEARCH_FIELDS = ['title', 'abstract', 'authors', 'tags', 'note'];

export function toEntry(paper: Paper): LibraryEntry {
  return {
    id: paper.id,
    title: paper.title,
    authors: paper.authors.slice(0, 12),
    year: (paper.published ?? paper.announced ?? '').slice(0, 4),
    tags: paper.tags,
    topics: paper.topics,
    status: paper.status,
    site: paper.site,
    savedAt: paper.savedAt ?? 0,
    firstSeenDay: paper.seen ? localDay(paper.seen.firstAt) : undefined,
    updatedAt: paper.updatedAt,
    hasNote: paper.note.length > 0,
  };
}

const inRange = (day: string | undefined, from?: string, to?: string) =>
  (!from && !to) || (!!day && (!from || day >= from) && (!to || day <= to));

export class LibraryIndex {
  private readonly entries = new Map<string, LibraryEntry>();
  private readonly search = new MiniSearch<Paper>({
    fields: SEARCH_FIELDS,
    storeFields: [],
    extractField: (paper, field) => {
      const value = (paper as unknown as Record<string, unknown>)[field];
      return Array.isArray(value) ? value.join(' ') : typeof value === 'string' ? value : '';
    },
    searchOptions: { prefix: true, fuzzy: 0.15, combineWith: 'AND', boost: { title: 3, tags: 2, authors: 1.5 } },
  });

  get size(): number {
    return this.entries.size;
  }

  has(id: string): boolean {
    return this.entries.has(id);
  }

  ids(): string[] {
    return [...this.entries.keys()];
  }

  /** Adds or replaces papers; a paper no longer starred leaves the index. */
  upsert(papers: readonly Paper[]): void {
    for (const paper of papers) {
      if (this.entries.has(paper.id)) this.remove([paper.id]);
      if (paper.savedAt === undefined) continue;
      this.entries.set(paper.id, toEntry(paper));
      this.search.add(paper);
    }
  }

  remove(ids: readonly string[]): void {
    for (const id of ids) {
      if (!this.entries.delete(id)) continue;
      this.search.discard(id);
    }
  }

  /** Entries matching every filter, sorted; text search ranks by relevance unless another sort is chosen. */
  query(filters: LibraryFilters, sort: SortKey): LibraryEntry[] {
    const text = filters.text.trim();
    let candidates: LibraryEntry[];
    if (text) {
      candidates = this.search
        .search(text)
        .map((hit) => this.entries.get(String(hit.id)))
        .filter((entry): entry is LibraryEntry => !!entry);
    } else {
      candidates = [...this.entries.values()];
    }
    const matching = candidates.filter(
      (entry) =>
        (!filters.tag || entry.tags.includes(filters.tag)) &&
        (!filters.topic || entry.topics.includes(filters.topic)) &&
        (!filters.status || entry.status === filters.status) &&
        (!filters.site || entry.site === filters.site) &&
        inRange(localDay(entry.savedAt), filters.savedFrom, filters.savedTo) &&
        inRange(entry.firstSeenDay, filters.seenFrom, filters.seenTo),
    );
    if (sort === 'relevance' && text) return matching;
    return matching.sort(COMPARE[sort === 'relevance' ? 'saved-desc' : sort]);
  }

  /** Tags and topics in use, with counts, for the filter menus. */
  facets(): { tags: Map<string, number>; topics: Map<string, number> } {
    const tags = new Map<string, number>();
    const topics = new Map<string, number>();
    for (const entry of this.entries.values()) {
      for (const tag of entry.tags) tags.set(tag, (tags.get(tag) ?? 0) + 1);
      for (const topic of entry.topics) topics.set(topic, (topics.get(topic) ?? 0) + 1);
    }
    return { tags, topics };
  }
}

const COMPARE: Record<Exclude<SortKey, 'relevance'>, (a: LibraryEntry, b: LibraryEntry) => number> = {
  'saved-desc': (a, b) => b.savedAt - a.savedAt,
  'saved-asc': (a, b) => a.savedAt - b.savedAt,
  title: (a, b) => a.title.localeCompare(b.title),
  'year-desc': (a, b) => b.year.localeCompare(a.year) || b.savedAt - a.savedAt,
};
