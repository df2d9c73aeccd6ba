import { MarginDB } from '@/lib/db';
import type { PaperRef } from '@/lib/paper';

let counter = 0;

/** A fresh, empty library database (fake-indexeddb), unique per test. */
export function freshDb(): MarginDB {
  counter += 1;
  return new MarginDB(`test-${Date.now()}-${counter}`);
}

export function ref(id: string, overrides: Partial<PaperRef> = {}): PaperRef {
  return {
    id,
    title: `Paper ${id}`,
    authors: ['Ada Lovelace', 'Alan Turing'],
    subjects: [{ code: 'cs.LG', name: 'Machine Learning' }],
    site: 'arxiv',
    pageUrl: 'https://arxiv.org/list/cs.LG/new',
    section: 'new',
    links: { abs: `https://arxiv.org/abs/${id}`, pdf: `https://arxiv.org/pdf/${id}` },
    ...overrides,
  };
}

export const DAY = 24 * 60 * 60 * 1000;
/** 2026-11-23 09:00 UTC (tests run with TZ=UTC). */
export const T0 = Date.UTC(2026, 10, 23, 9, 0, 0);

export const PAGE_A = {
  url: 'https://huggingface.co/papers/date/2026-11-23',
  site: 'huggingface',
  kind: 'daily',
} as const;
export const PAGE_B = { url: 'https://arxiv.org/list/cs.LG/new', site: 'arxiv', kind: 'new' } as const;

/** Every row of every table, for exact before/after comparisons. */
export async function dump(db: MarginDB) {
  return {
    papers: await db.papers.toArray(),
    sightings: await db.sightings.toArray(),
    settings: await db.settings.toArray(),
  };
}
