// Tag suggestions learned on this device from the reader's own tags (lib/topics/learner.ts). The model is
// kept in memory and brought up to date incrementally: only papers whose tags changed since the last look
// are added or removed. A suggestion is only offered; nothing is tagged without the reader accepting it.
import type { MarginDB } from '../db';
import type { Paper } from '../paper';
import { createTagModel } from '../topics/learner';
import type { TagSuggestion } from './states';

/** Calibrated on the evaluation (docs/evaluation.md): precise enough to offer, not so strict it never does. */
const MIN_CONFIDENCE = 0.4;
const LIMIT = 3;
/** Below this the model has too little to go on. */
const MIN_TAGGED_PAPERS = 3;
/** It learns from the most recently edited tagged papers: a reader's current interests, in bounded memory. */
const MAX_TRAINING_PAPERS = 2_000;

export interface Suggester {
  /** Suggestions for each paper (its own tags left out); papers without any are absent. */
  suggest(papers: readonly Pick<Paper, 'id' | 'title' | 'abstract' | 'tags'>[]): Promise<Map<string, TagSuggestion[]>>;
  /** Suggestions for one paper of the library (the library page's detail view). */
  forPaper(id: string): Promise<TagSuggestion[]>;
}

export function createSuggester(db: MarginDB): Suggester {
  const model = createTagModel();
  /** What the model learned of each paper: its tags then, and the edit stamp they came with. */
  const learned = new Map<string, { tags: string[]; updatedAt: number; paper: Paper }>();
  let version = '';

  async function sync(): Promise<void> {
    const [count, last] = await Promise.all([
      db.papers.where('tags').above('').count(),
      db.papers.orderBy('updatedAt').last(),
    ]);
    const now = `${count}:${last?.updatedAt ?? 0}:${last?.id ?? ''}`;
    if (now === version) return;
    version = now;
    const tagged = await db.papers
      .orderBy('updatedAt')
      .reverse()
      .filter((paper) => paper.tags.length > 0)
      .limit(MAX_TRAINING_PAPERS)
      .toArray();
    const present = new Set<string>();
    for (const paper of tagged) {
      present.add(paper.id);
      const before = learned.get(paper.id);
      if (before && before.updatedAt === paper.updatedAt) continue;
      if (before) model.remove(before.paper, before.tags);
      model.add(paper, paper.tags);
      learned.set(paper.id, { tags: paper.tags, updatedAt: paper.updatedAt, paper });
    }
    for (const [id, before] of learned) {
      if (present.has(id)) continue;
      model.remove(before.paper, before.tags);
      learned.delete(id);
    }
  }

  async function suggest(papers: readonly Pick<Paper, 'id' | 'title' | 'abstract' | 'tags'>[]) {
    await sync();
    const result = new Map<string, TagSuggestion[]>();
    if (learned.size < MIN_TAGGED_PAPERS || model.tags().length < 2) return result;
    for (const paper of papers) {
      const suggestions = model.suggest(paper, paper.tags, { minConfidence: MIN_CONFIDENCE, limit: LIMIT });
      if (suggestions.length) result.set(paper.id, suggestions);
    }
    return result;
  }

  return {
    suggest,
    async forPaper(id) {
      const paper = await db.papers.get(id);
      return paper ? ((await suggest([paper])).get(id) ?? []) : [];
    },
  };
}
