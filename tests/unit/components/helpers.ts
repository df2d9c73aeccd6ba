// Shared fixtures for component tests: page states, hostile page text and a check that it stayed text.
import type { PaperState } from '@/lib/library/states';
import type { Paper } from '@/lib/paper';

/** Page text that would run script if any component ever parsed it as HTML. */
export const HOSTILE = '<img src=x onerror=alert(1)>';

/** 2026-11-23 09:00 UTC (tests run with TZ=UTC). */
export const NOW = Date.UTC(2026, 10, 23, 9, 0, 0);
export const DAY = 24 * 60 * 60 * 1000;

export function paperState(overrides: Partial<PaperState> = {}): PaperState {
  return { state: 'new', seenCount: 0, tags: [], dismissed: false, topics: [], suggestions: [], ...overrides };
}

/** The hostile text is on screen as text, and no element was made from it. */
export function expectShownAsText(container: Element, text = HOSTILE): void {
  if (!container.textContent?.includes(text)) throw new Error(`"${text}" is not shown as text`);
  if (container.querySelector('img, script, [onerror]')) throw new Error('page text became markup');
}

/** A saved library row, as the database holds it. */
export function savedPaper(id: string, overrides: Partial<Paper> = {}): Paper {
  return {
    id,
    title: `Paper ${id}`,
    authors: ['Ada Lovelace', 'Alan Turing', 'Grace Hopper'],
    abstract: `Abstract of ${id}.`,
    subjects: [{ code: 'cs.LG', name: 'Machine Learning' }],
    published: '2026-11-20',
    site: 'arxiv',
    pageUrl: 'https://arxiv.org/list/cs.LG/new',
    section: 'new',
    links: { abs: `https://arxiv.org/abs/${id}`, pdf: `https://arxiv.org/pdf/${id}` },
    savedAt: NOW,
    tags: [],
    note: '',
    status: 'queue',
    dismissed: false,
    topics: [],
    updatedAt: NOW,
    ...overrides,
  };
}
