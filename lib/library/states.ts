// What a page needs to know about each of its papers.
import type { PageKind, Paper, Site } from '../paper';
import { isSeenBefore } from '../seen';

export type CardState = 'new' | 'seen' | 'saved';

export interface FirstSeen {
  at: number;
  url: string;
  site: Site;
  kind: PageKind;
}

export interface TopicMatch {
  name: string;
  /** The words that matched, shown on hover: why the chip is there. */
  terms: string[];
}

export interface TagSuggestion {
  tag: string;
  confidence: number;
}

export interface PaperState {
  state: CardState;
  /** First earlier sighting; absent for a new paper. */
  firstSeen?: FirstSeen;
  seenCount: number;
  tags: string[];
  dismissed: boolean;
  topics: TopicMatch[];
  suggestions: TagSuggestion[];
  /** The library paper this one probably duplicates. */
  duplicateOf?: { id: string; title: string; url?: string };
}

/** A paper's state as shown on `pageUrl`, from its row as it was before this visit, with its topic chips. */
export function stateOf(paper: Paper | undefined, pageUrl: string, now: number, topics: TopicMatch[] = []): PaperState {
  const seen = isSeenBefore(paper?.seen, pageUrl, now);
  const summary = paper?.seen;
  return {
    state: paper?.savedAt !== undefined ? 'saved' : seen ? 'seen' : 'new',
    firstSeen:
      seen && summary
        ? { at: summary.firstAt, url: summary.firstUrl, site: summary.firstSite, kind: summary.firstKind }
        : undefined,
    seenCount: summary?.count ?? 0,
    tags: paper?.tags ?? [],
    dismissed: paper?.dismissed ?? false,
    topics,
    suggestions: [],
  };
}

/** What changes when the reader edits a paper elsewhere (popup, library, another tab). */
export interface PaperUpdate {
  id: string;
  saved: boolean;
  tags: string[];
  dismissed: boolean;
  /** The paper was deleted from the library: the page forgets what it knew. */
  deleted?: boolean;
}

export function updateOf(paper: Paper): PaperUpdate {
  return { id: paper.id, saved: paper.savedAt !== undefined, tags: paper.tags, dismissed: paper.dismissed };
}
