// The same paper twice on one page: the same identity (an arXiv id in two forms or versions), or a near-
// duplicate listing without a shared id. Each later listing points at the first one.
import { identityKey } from './identity';
import { DuplicateIndex } from './memory-index';
import type { DupPaper } from './similarity';

export interface PagePaper extends DupPaper {
  /** Canonical id or any URL/id form; `title:` ids are ignored for identity (they are title hashes). */
  id?: string;
}

export interface PageDuplicate {
  /** Position of the later listing on the page. */
  index: number;
  /** Position of the first listing of the same paper. */
  duplicateOf: number;
  reason: 'identity' | 'similar';
  similarity: number;
}

export function findDuplicatesOnPage(papers: readonly PagePaper[]): PageDuplicate[] {
  const firstByKey = new Map<string, number>();
  /** The first listing each listing repeats (itself when it is a first). */
  const root: number[] = [];
  const index = new DuplicateIndex<number>();
  const result: PageDuplicate[] = [];
  papers.forEach((paper, i) => {
    root.push(i);
    const key = paper.id && !paper.id.startsWith('title:') ? identityKey(paper.id) : null;
    const first = key === null ? undefined : firstByKey.get(key);
    if (first !== undefined) {
      root[i] = first;
      result.push({ index: i, duplicateOf: first, reason: 'identity', similarity: 1 });
      return;
    }
    const [match] = index.find(paper);
    if (match) {
      root[i] = root[match.id] as number;
      result.push({ index: i, duplicateOf: root[i] as number, reason: 'similar', similarity: match.similarity });
    }
    if (key !== null) firstByKey.set(key, root[i] as number);
    index.add(i, paper);
  });
  return result;
}
