// Near-duplicates in the library: papers that share no id with a paper on the page but look like it
// (a retitled version, a re-post). Candidates come from the `*dupKeys` index in one key-only query, ranked
// by how many keys they share; only the best few rows are read and confirmed with the similarity the
// evaluation calibrated (docs/evaluation.md).
import type { MarginDB } from '../db';
import { sameIdentity } from '../duplicates/identity';
import { dupFeatures, isNearDuplicate } from '../duplicates/similarity';
import type { Paper } from '../paper';
import type { PaperState } from './states';

export type DuplicateOf = NonNullable<PaperState['duplicateOf']>;

/** Rows read and compared per paper, most shared keys first: a true duplicate shares many. */
const CANDIDATES_PER_PAPER = 8;

/** For each paper that probably duplicates another paper of the library, that other paper. */
export async function findLibraryDuplicates(db: MarginDB, papers: readonly Paper[]): Promise<Map<string, DuplicateOf>> {
  const found = new Map<string, DuplicateOf>();
  const keys = new Set(papers.flatMap((paper) => paper.dupKeys ?? []));
  if (!keys.size) return found;
  // Which library papers carry each key, read from the index alone (no rows).
  const idsByKey = new Map<string, string[]>();
  await db.papers
    .where('dupKeys')
    .anyOf([...keys])
    .eachKey((key, cursor) => {
      const ids = idsByKey.get(String(key));
      const id = String(cursor.primaryKey);
      if (ids) ids.push(id);
      else idsByKey.set(String(key), [id]);
    });
  const ranked = papers.map((paper) => {
    const shared = new Map<string, number>();
    for (const key of paper.dupKeys ?? []) {
      for (const id of idsByKey.get(key) ?? []) {
        if (id !== paper.id) shared.set(id, (shared.get(id) ?? 0) + 1);
      }
    }
    const best = [...shared]
      .filter(([id]) => !sameIdentity(id, paper.id))
      .sort((a, b) => b[1] - a[1])
      .slice(0, CANDIDATES_PER_PAPER)
      .map(([id]) => id);
    return { paper, best };
  });
  const rows = new Map(
    (await db.papers.bulkGet([...new Set(ranked.flatMap((r) => r.best))]))
      .filter((row): row is Paper => !!row)
      .map((row) => [row.id, row]),
  );
  for (const { paper, best } of ranked) {
    const features = dupFeatures(paper);
    const match = best.map((id) => rows.get(id)).find((other) => other && isNearDuplicate(features, other));
    if (match) found.set(paper.id, { id: match.id, title: match.title, url: match.links.abs ?? match.links.hf });
  }
  return found;
}
