// A synthetic reading library for the benchmarks, shaped like the real Hugging Face daily-papers API fixture:
// titles and abstracts walked from the real ones (scripts/eval/synthetic.ts), real author names recombined,
// arXiv-style ids, a seen summary that agrees with the paper's sightings. Seeded and generated a chunk at a
// time, so that 100,000 papers never sit in memory at once. Pure: runs in Node and inside extension pages.

import type { Paper, Sighting, Site } from '../../lib/paper';
import { rng } from '../eval/rng';
import { syntheticLibrary } from '../eval/synthetic';

export interface SeedPaper {
  title: string;
  abstract?: string;
  authors: string[];
}

export interface LibraryChunk {
  papers: Paper[];
  sightings: Sighting[];
}

const DAY = 86_400_000;
/** 2026-07-27, the last day of the API fixture: every date in the library is before it. */
const END = Date.UTC(2026, 6, 27);
const SPAN_DAYS = 3 * 365;
const MONTHS = 48;
const TAGS = Array.from({ length: 40 }, (_, i) => `tag-${i.toString(36)}`);
const TOPICS = ['LLMs', 'Vision', 'Multimodal', 'Diffusion', 'Reinforcement learning', 'Retrieval', 'Agents'];
const SUBJECTS = ['cs.LG', 'cs.CL', 'cs.CV', 'cs.AI', 'stat.ML', 'astro-ph.GA', 'cond-mat.mtrl-sci'];
const STATUSES = ['queue', 'reading', 'read'] as const;
/** Sightings per paper cycle through 1…9: 5 on average, 500,000 for 100,000 papers. */
const SIGHTING_CYCLE = 9;

/** arXiv-style id of paper `i`: one of 48 months, a five-digit serial; unique for i < 48 × 90,000. */
export function paperId(i: number): string {
  const month = i % MONTHS;
  const yymm = `${23 + Math.floor(month / 12)}${String((month % 12) + 1).padStart(2, '0')}`;
  return `${yymm}.${String(10_000 + Math.floor(i / MONTHS)).padStart(5, '0')}`;
}

export const sightingsOf = (i: number) => 1 + (i % SIGHTING_CYCLE);

const isoDay = (ms: number) => new Date(ms).toISOString().slice(0, 10);

function pageOf(site: Site, day: number): { url: string; kind: 'daily' | 'pastweek'; section: 'day' | 'listing' } {
  return site === 'huggingface'
    ? { url: `https://huggingface.co/papers/date/${isoDay(day)}`, kind: 'daily', section: 'listing' }
    : { url: `https://arxiv.org/list/${SUBJECTS[day % SUBJECTS.length]}/pastweek`, kind: 'pastweek', section: 'day' };
}

/** Papers `start` … `start + count - 1` of the library, with their sightings. */
export function libraryChunk(seeds: readonly SeedPaper[], start: number, count: number): LibraryChunk {
  const random = rng(start + 1);
  const texts = syntheticLibrary(seeds, count, start + 7);
  const authors = seeds.flatMap((seed) => seed.authors);
  const papers: Paper[] = [];
  const sightings: Sighting[] = [];
  texts.forEach((text, k) => {
    const i = start + k;
    const id = paperId(i);
    const site: Site = random() < 0.3 ? 'huggingface' : 'arxiv';
    const firstAt = END - Math.floor(random() * SPAN_DAYS) * DAY + Math.floor(random() * DAY);
    // One sighting per day at most: each a day or more after the one before.
    const seen = [firstAt];
    while (seen.length < sightingsOf(i))
      seen.push((seen[seen.length - 1] as number) + DAY * (1 + Math.floor(random() * 5)));
    const rows = seen.map((at) => ({ at, ...pageOf(random() < 0.5 ? site : 'arxiv', Math.floor(at / DAY)) }));
    const first = rows[0] as (typeof rows)[number];
    const savedAt = (seen[seen.length - 1] as number) + Math.floor(random() * DAY);
    papers.push({
      id,
      version: 1 + Math.floor(random() * 3),
      title: text.title,
      authors: Array.from(
        { length: 1 + Math.floor(random() * 8) },
        () => authors[Math.floor(random() * authors.length)] ?? 'A. Author',
      ),
      abstract: text.abstract,
      subjects: [{ code: SUBJECTS[i % SUBJECTS.length] as string }],
      published: isoDay(firstAt - DAY),
      announced: isoDay(firstAt),
      site,
      pageUrl: first.url,
      section: first.section,
      links: {
        abs: `https://arxiv.org/abs/${id}`,
        pdf: `https://arxiv.org/pdf/${id}`,
        hf: site === 'huggingface' ? `https://huggingface.co/papers/${id}` : undefined,
      },
      savedAt,
      tags: random() < 0.3 ? TAGS.filter(() => random() < 0.05).slice(0, 3) : [],
      note: random() < 0.1 ? `Read section ${1 + Math.floor(random() * 6)} again: ${text.title.slice(0, 60)}` : '',
      status: STATUSES[Math.floor(random() * STATUSES.length)] as Paper['status'],
      dismissed: false,
      topics: TOPICS.filter(() => random() < 0.15),
      seen: {
        firstAt,
        firstUrl: first.url,
        firstSite: site,
        firstKind: first.kind,
        count: rows.length,
        lastAt: seen[seen.length - 1] as number,
      },
      updatedAt: savedAt,
    });
    for (const row of rows) {
      const day = isoDay(row.at);
      sightings.push({
        key: `${id}|${row.url}|${day}`,
        paperId: id,
        pageUrl: row.url,
        site: row.url.startsWith('https://huggingface.co') ? 'huggingface' : 'arxiv',
        kind: row.kind,
        section: row.section,
        day,
        seenAt: row.at,
      });
    }
  });
  return { papers, sightings };
}
