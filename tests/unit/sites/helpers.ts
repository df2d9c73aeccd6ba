// Test helpers for the site adapters: parse a page into a real Document (not the test's global one), run the
// adapter the registry picks for its URL, and read expected values straight from the HTML bytes.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { Window } from 'happy-dom';
import { afterAll } from 'vitest';
import { type PaperRef, PaperRefSchema } from '@/lib/paper';
import { detectPage } from '@/lib/sites/registry';
import type { DetectedPage, PageLayout } from '@/lib/sites/types';

const windows: Window[] = [];
afterAll(async () => {
  await Promise.all(windows.splice(0).map((window) => window.happyDOM.close()));
});

/** A Document for `html` as served at `url`: parsed by DOMParser, so no script runs and nothing is fetched. */
export function parsePage(html: string, url: string): Document {
  const window = new Window({ url });
  windows.push(window);
  return new window.DOMParser().parseFromString(html, 'text/html') as unknown as Document;
}

export const PAGES_DIR = resolve(process.cwd(), 'tests/fixtures/pages');

/** A hand-built page fragment from tests/fixtures/pages. */
export function readPage(name: string): string {
  return readFileSync(resolve(PAGES_DIR, name), 'utf8');
}

export interface ReadPage {
  doc: Document;
  detected: DetectedPage;
  layout: PageLayout<unknown>;
  cards: Element[];
  /** One per card, null where the card could not be read (by the adapter, or by the library's check). */
  refs: (PaperRef | null)[];
  /** The readable ones. */
  papers: PaperRef[];
}

/**
 * Everything Margin would accept on `html` at `url`: the adapter the registry picks reads each card (in the
 * content script), then the library checks each paper against PaperRefSchema (in the background).
 */
export function readWithAdapter(html: string, url: string, doc = parsePage(html, url)): ReadPage {
  const detected = detectPage(url);
  if (!detected) throw new Error(`no adapter for ${url}`);
  const layout = detected.handler.layout as unknown as PageLayout<unknown>;
  const pageUrl = new URL(url);
  const context = layout.context(doc, pageUrl);
  const cards = layout.cards(doc);
  const refs = cards.map((card) => {
    const ref = layout.extract(card, context, pageUrl);
    return ref && PaperRefSchema.safeParse(ref).success ? ref : null;
  });
  return { doc, detected, layout, cards, refs, papers: refs.filter((ref): ref is PaperRef => ref !== null) };
}

// Independent readers of raw HTML: regexes and a small entity decoder, deliberately sharing no code with lib/.

const NAMED: Record<string, string> = {
  amp: '&',
  lt: '<',
  gt: '>',
  quot: '"',
  apos: "'",
  nbsp: '\u00a0',
  middot: '·',
  times: '×',
  hellip: '…',
  ndash: '–',
};

export function decodeEntities(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (whole, name: string) => {
    if (name[0] === '#')
      return String.fromCodePoint(
        name[1] === 'x' || name[1] === 'X' ? Number.parseInt(name.slice(2), 16) : Number(name.slice(1)),
      );
    return NAMED[name] ?? whole;
  });
}

export const squash = (text: string) => text.replace(/\s+/g, ' ').trim();

/** Visible text of an HTML snippet: tags dropped (`<br>` as a space), entities decoded, whitespace collapsed. */
export function htmlText(snippet: string): string {
  return squash(decodeEntities(snippet.replace(/<br\s*\/?>/gi, ' ').replace(/<[^>]*>/g, '')));
}

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** "22 Nov 2024" / "22 November 2026" → "2024-11-22", written out by hand for the expectations. */
export function isoFromDayMonthYear(day: string, month: string, year: string): string {
  const m = MONTHS.indexOf(month.slice(0, 3)) + 1;
  if (!m) throw new Error(`unknown month ${month}`);
  return `${year}-${String(m).padStart(2, '0')}-${day.padStart(2, '0')}`;
}
