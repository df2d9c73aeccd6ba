// Citation keys as arXiv writes them: first author's surname + year + the first words of the title that are
// not stop words, lower-case ASCII. Keys repeated within one export get a, b, … so each is unique.
import type { Paper } from '../paper';
import { splitName } from './names';
import { yearOf } from './paper-fields';

const STOP_WORDS = new Set(
  'a an and are as at be but by for from has have in into is it its of on or over so than that the their this to under up via we what when where which who why will with without you your all can do does not our towards toward'.split(
    ' ',
  ),
);
const TITLE_WORDS = 2;

const ascii = (value: string) =>
  value
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase();

function baseKey(paper: Paper): string {
  const first = paper.authors[0];
  const surname = ascii(first ? splitName(first).family : '').replace(/[^a-z0-9]/g, '') || 'anon';
  const words = ascii(paper.title)
    .split(/[^a-z0-9]+/)
    .filter((word) => word && !STOP_WORDS.has(word))
    .slice(0, TITLE_WORDS)
    .join('');
  return `${surname.slice(0, 40)}${yearOf(paper) ?? ''}${words.slice(0, 40)}`;
}

/** a, b, …, z, aa, ab, … */
function suffix(n: number): string {
  let out = '';
  for (let i = n; i >= 0; i = Math.floor(i / 26) - 1) out = String.fromCharCode(97 + (i % 26)) + out;
  return out;
}

/** One key per paper, in order, unique within the list. */
export function citeKeys(papers: readonly Paper[]): string[] {
  const bases = papers.map(baseKey);
  const counts = new Map<string, number>();
  for (const base of bases) counts.set(base, (counts.get(base) ?? 0) + 1);
  const taken = new Set(bases.filter((base) => counts.get(base) === 1));
  const next = new Map<string, number>();
  return bases.map((base) => {
    if (counts.get(base) === 1) return base;
    let n = next.get(base) ?? 0;
    let key = base + suffix(n);
    while (taken.has(key)) key = base + suffix(++n);
    next.set(base, n + 1);
    taken.add(key);
    return key;
  });
}
