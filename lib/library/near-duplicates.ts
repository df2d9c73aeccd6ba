// Near-duplicates in the library: papers that share no id with a paper on the page but look like it
// (a retitled version, a re-post). Candidates come from the `*dupKeys` index in one query; each is then
// confirmed with the similarity the evaluation calibrated (docs/evaluation.md).
import type { MarginDB } from '../db';
import { sameIdentity } from '../duplicates/identity';
import { dupFeatures, isNearDuplicate } from '../duplicates/similarity';
import type { Paper } from '../paper';
import type { PaperState } from './states';

export type DuplicateOf = NonNullable<PaperState['duplicateOf']>;

/** For each paper that probably duplicates another paper of the library, that other paper. */
export async function findLibraryDuplicates(db: MarginDB, papers: readonly Paper[]): Promise<Map<string, DuplicateOf>> {
  const keys = new Set(papers.flatMap((paper) => paper.dupKeys ?? []));
  const found = new Map<string, DuplicateOf>();
  if (!keys.size) return found;
  const candidates = await db.papers
    .where('dupKeys')
    .anyOf([...keys])
    .distinct()
    .toArray();
  const byKey = new Map<string, Paper[]>();
  for (const candidate of candidates) {
    for (const key of candidate.dupKeys ?? []) {
      if (!keys.has(key)) continue;
      const list = byKey.get(key);
      if (list) list.push(candidate);
      else byKey.set(key, [candidate]);
    }
  }
  for (const paper of papers) {
    const others = new Set((paper.dupKeys ?? []).flatMap((key) => byKey.get(key) ?? []));
    others.delete(paper);
    const features = dupFeatures(paper);
    for (const other of others) {
      if (other.id === paper.id || sameIdentity(other.id, paper.id)) continue;
      if (!isNearDuplicate(features, other)) continue;
      found.set(paper.id, { id: other.id, title: other.title, url: other.links.abs ?? other.links.hf });
      break;
    }
  }
  return found;
}
