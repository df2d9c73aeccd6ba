// The three Hugging Face Daily Papers pages in ../shared/seeds, as text: after the page header, each paper
// is a title line, an abstract line and, usually, "• N authors", "·", a date with the upvotes.
import { readSeed } from '../../tests/shared-fixtures';

export interface SeedPaper {
  page: number;
  title: string;
  abstract: string;
  authors?: number;
  date?: string;
}

const PAGE_DATE = /^[A-Z][a-z]{2} \d{1,2}$/;
const AUTHORS = /^•\s*(\d+) authors?$/;

export function parseSeed(text: string, page: number): SeedPaper[] {
  const lines = text
    .split('\n')
    .map((line) => line.trim())
    .filter(Boolean);
  const start = lines.findIndex((line) => PAGE_DATE.test(line));
  const papers: SeedPaper[] = [];
  for (let i = start + 1; i + 1 < lines.length; ) {
    const paper: SeedPaper = { page, title: lines[i] as string, abstract: lines[i + 1] as string };
    i += 2;
    const authors = AUTHORS.exec(lines[i] ?? '');
    if (authors) {
      paper.authors = Number(authors[1]);
      paper.date = lines[i + 2];
      i += 3;
    }
    papers.push(paper);
  }
  return papers;
}

export function readSeeds(): SeedPaper[] {
  return ([0, 1, 2] as const).flatMap((n) => parseSeed(readSeed(n), n));
}
