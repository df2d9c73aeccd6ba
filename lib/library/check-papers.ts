// A page's papers as the background receives them: each is checked against PaperRefSchema on its own, so
// that one card a changed or hostile page made unreadable costs only that card, never the whole visit.
import { type PaperRef, PaperRefSchema } from '../paper';
import { z } from '../zod';
import { firstProblem } from '../zod-issues';

export interface CheckedPapers {
  valid: PaperRef[];
  rejected: { index: number; problem: string }[];
}

/** The usual case, every paper sound, in one parse (a parse per paper costs about a sixth more). */
const AllPapersSchema = z.array(PaperRefSchema);

export function checkPapers(papers: readonly unknown[]): CheckedPapers {
  const all = AllPapersSchema.safeParse(papers);
  if (all.success) return { valid: all.data, rejected: [] };
  const valid: PaperRef[] = [];
  const rejected: CheckedPapers['rejected'] = [];
  papers.forEach((paper, index) => {
    const parsed = PaperRefSchema.safeParse(paper);
    if (parsed.success) {
      valid.push(parsed.data);
      return;
    }
    rejected.push({ index, problem: firstProblem('', parsed.error) });
  });
  return { valid, rejected };
}
