// Tag suggestions learned on this device from the reader's own tags (lib/topics/learner.ts). The model is
// kept in memory and brought up to date incrementally: only papers whose tags changed since the last look
// are added or removed. A suggestion is only offered; nothing is tagged without the reader accepting it.
import type { MarginDB } from '../db';
import type { Paper } from '../paper';
import { createTagModel } from '../topics/learner';
import { allTags } from './query';
import type { TagSuggestion } from './states';

/** Calibrated on the evaluation (docs/evaluation.md): precise enough to offer, not so strict it never does. */
const MIN_CONFIDENCE = 0.4;
const LIMIT = 3;
/** Below this the model has too little to go on. */
const MIN_TAGGED_PAPERS = 3;
/** It learns from the most recently edited tagged papers: a reader's current interests, in bounded memory. */
const MAX_TRAINING_PAPERS = 2_000;

type Suggestible = Pick<Paper, 'id' | 'title' | 'abstract' | 'tags'>;

export interface Suggester {
  /** Suggestions for each paper (its own tags left out); papers without any are absent. */
  suggest(papers: readonly Suggestible[]): Promise<Map<string, TagSuggestion[]>>;
  /**
   * Brings the model up to date with the library (what `suggest` does first), and gives the library's distinct tags
   * as it read them (`allTags`).
   */
  sync(): Promise<string[]>;
  /** `suggest` without reading the library: the model as the last `sync` left it. */
  suggestNow(papers: readonly Suggestible[]): Map<string, TagSuggestion[]>;
  /** Suggestions for one paper of the library (the library page's detail view). */
  forPaper(id: string): Promise<TagSuggestion[]>;
}

export function createSuggester(db: MarginDB): Suggester {
  const model = createTagModel();
  /** The tags the model learned each paper with (the model forgets a paper by its id). */
  const learned = new Map<string, string[]>();
  /** The tag index at the last sync (which papers carry which tags). */
  let tagIndex = '';
  let syncing: Promise<void> = Promise.resolve();

  /**
   * Which papers carry which tags, from the `*tags` index alone (no rows are read): its distinct tags, then the
   * papers of each, all asked at once, in one read transaction. A read per tag, not a cursor step per tagged paper:
   * 5,000 tag entries took 30–40 ms to count and 150 ms to walk, on every visit that added papers.
   */
  async function readTagIndex(): Promise<{ tags: string[]; tagsById: Map<string, string[]> }> {
    const { tags, carriers } = await db.transaction('r', db.papers, async () => {
      const distinct = await allTags(db);
      const ids = await Promise.all(distinct.map((tag) => db.papers.where('tags').equals(tag).primaryKeys()));
      return { tags: distinct, carriers: ids };
    });
    const tagsById = new Map<string, string[]>();
    tags.forEach((tag, i) => {
      for (const id of (carriers[i] ?? []).map(String)) {
        const held = tagsById.get(id);
        if (held) held.push(tag);
        else tagsById.set(id, [tag]);
      }
    });
    return { tags, tagsById };
  }

  /** Over the bound, the most recently edited tagged papers (chosen again whenever tags change). */
  async function mostRecent(tagsById: Map<string, string[]>): Promise<Map<string, string[]>> {
    if (tagsById.size <= MAX_TRAINING_PAPERS) return tagsById;
    const rows = (await db.papers.bulkGet([...tagsById.keys()])).filter((row): row is Paper => !!row);
    rows.sort((a, b) => b.updatedAt - a.updatedAt || (a.id < b.id ? -1 : 1));
    return new Map(rows.slice(0, MAX_TRAINING_PAPERS).map((row) => [row.id, row.tags]));
  }

  /**
   * Brings the model up to date with the library, which the library page also writes directly: the tag index
   * says which papers' tags changed since the last sync, and only those rows are read and re-learned.
   */
  async function update(): Promise<string[]> {
    const { tags, tagsById } = await readTagIndex();
    const nextIndex = JSON.stringify([...tagsById]);
    if (nextIndex !== tagIndex) await relearn(await mostRecent(tagsById));
    tagIndex = nextIndex;
    return tags;
  }

  async function relearn(tagsById: Map<string, string[]>): Promise<void> {
    for (const [id, tags] of learned) {
      if (tagsById.has(id)) continue;
      model.remove({ id, title: '' }, tags);
      learned.delete(id);
    }
    const changed = [...tagsById].filter(([id, tags]) => !sameTags(learned.get(id), tags)).map(([id]) => id);
    for (const paper of await db.papers.bulkGet(changed)) {
      if (!paper) continue;
      const before = learned.get(paper.id);
      if (before) model.remove(paper, before);
      model.add(paper, paper.tags);
      learned.set(paper.id, paper.tags);
    }
  }

  /** One update at a time: a second caller waits for the first instead of reading a half-built model. */
  function sync(): Promise<string[]> {
    const synced = syncing.then(update);
    // The next update waits for this one, failed or not; a failure is the caller's to hear.
    syncing = synced.then(
      () => undefined,
      () => undefined,
    );
    return synced;
  }

  function suggestNow(papers: readonly Suggestible[]): Map<string, TagSuggestion[]> {
    const result = new Map<string, TagSuggestion[]>();
    if (learned.size < MIN_TAGGED_PAPERS || model.tags().length < 2) return result;
    for (const paper of papers) {
      const suggestions = model.suggest(paper, paper.tags, { minConfidence: MIN_CONFIDENCE, limit: LIMIT });
      if (suggestions.length) result.set(paper.id, suggestions);
    }
    return result;
  }

  async function suggest(papers: readonly Suggestible[]) {
    await sync();
    return suggestNow(papers);
  }

  return {
    suggest,
    sync,
    suggestNow,
    async forPaper(id) {
      const paper = await db.papers.get(id);
      return paper ? ((await suggest([paper])).get(id) ?? []) : [];
    },
  };
}

function sameTags(before: readonly string[] | undefined, now: readonly string[]): boolean {
  return !!before && before.length === now.length && before.every((tag) => now.includes(tag));
}
