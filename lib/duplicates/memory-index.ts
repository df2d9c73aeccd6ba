// An in-memory duplicate index: papers by their index keys, as the database's `dupKeys` multi-entry index
// holds them. Used for the papers of one page and by the evaluation's 100k benchmark.

import { duplicateSignature } from './signature';
import { type DupFeatures, type DupPaper, dupFeatures, NEAR_DUPLICATE_THRESHOLD, similarity } from './similarity';

export interface DuplicateMatch<Id> {
  id: Id;
  similarity: number;
}

export class DuplicateIndex<Id> {
  private readonly byKey = new Map<string, Id[]>();
  /** The papers themselves; features are computed for candidates only, as rows fetched from a database. */
  private readonly papers = new Map<Id, DupPaper>();

  get size(): number {
    return this.papers.size;
  }

  add(id: Id, paper: DupPaper): void {
    this.papers.set(id, { title: paper.title, abstract: paper.abstract });
    for (const key of duplicateSignature(paper).bands) {
      const ids = this.byKey.get(key);
      if (ids) ids.push(id);
      else this.byKey.set(key, [id]);
    }
  }

  /** Ids sharing at least one key with the paper: what one indexed query returns. */
  candidates(paper: DupPaper | DupFeatures): Set<Id> {
    const result = new Set<Id>();
    for (const key of duplicateSignature(paper).bands) for (const id of this.byKey.get(key) ?? []) result.add(id);
    return result;
  }

  /** Near-duplicates of a paper, most similar first. */
  find(paper: DupPaper, threshold = NEAR_DUPLICATE_THRESHOLD): DuplicateMatch<Id>[] {
    const features = dupFeatures(paper);
    const matches: DuplicateMatch<Id>[] = [];
    for (const id of this.candidates(features)) {
      const score = similarity(features, this.papers.get(id) as DupPaper);
      if (score >= threshold) matches.push({ id, similarity: score });
    }
    return matches.sort((a, b) => b.similarity - a.similarity);
  }
}
