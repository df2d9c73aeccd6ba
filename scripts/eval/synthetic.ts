// A synthetic library for timing: titles and abstracts walked from a word bigram chain of the real papers
// (so common phrases, "large language models", are as common as in real digests), starting anywhere and
// jumping to a random word now and then (so the few hundred real titles are not replayed a thousand times
// each, which no real library does). Seeded.
import { pick, rng } from './rng';

export interface SyntheticPaper {
  title: string;
  abstract?: string;
}

const JUMP = 0.25;

function chain(texts: readonly string[]) {
  const next = new Map<string, string[]>();
  const starts: string[] = [];
  for (const text of texts) {
    const words = text.split(/\s+/).filter(Boolean);
    starts.push(...words);
    for (let i = 0; i + 1 < words.length; i++) {
      const list = next.get(words[i] as string);
      if (list) list.push(words[i + 1] as string);
      else next.set(words[i] as string, [words[i + 1] as string]);
    }
  }
  return (random: () => number, length: number): string => {
    const out = [pick(starts, random)];
    while (out.length < length) {
      const options = next.get(out[out.length - 1] as string);
      out.push(options && random() > JUMP ? pick(options, random) : pick(starts, random));
    }
    return out.join(' ');
  };
}

export function syntheticLibrary(papers: readonly SyntheticPaper[], size: number, seed: number): SyntheticPaper[] {
  const title = chain(papers.map((p) => p.title));
  const abstract = chain(papers.flatMap((p) => (p.abstract ? [p.abstract] : [])));
  const random = rng(seed);
  return Array.from({ length: size }, () => ({
    title: title(random, 5 + Math.floor(random() * 10)),
    abstract: random() < 0.5 ? abstract(random, 100 + Math.floor(random() * 100)) : undefined,
  }));
}
