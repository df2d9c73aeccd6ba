// Reads the real saved pages in ../shared/fixtures with the extension's own adapters (lib/sites).
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { Window } from 'happy-dom';
import type { PaperRef } from '../../lib/paper';
import { detectPage } from '../../lib/sites/registry';
import type { PageLayout } from '../../lib/sites/types';
import { FIXTURE, FIXTURE_URL, FIXTURES_DIR, readFixture } from '../../tests/shared-fixtures';

export type PageFixture = 'arxivNew' | 'arxivPastweek' | 'hfDay' | 'hfHydrated';

/** Every paper a saved page lists, as the content script would extract them. */
export async function readPage(name: PageFixture): Promise<PaperRef[]> {
  const url = new URL(FIXTURE_URL[name]);
  const detected = detectPage(url.href);
  if (!detected) throw new Error(`No adapter for ${url.href}`);
  const layout = detected.handler.layout as unknown as PageLayout<unknown>;
  const window = new Window({ url: url.href });
  const doc = window.document as unknown as Document;
  doc.write(readFixture(name));
  const context = layout.context(doc, url);
  const papers = layout
    .cards(doc)
    .map((card) => layout.extract(card, context, url))
    .filter((paper): paper is PaperRef => paper !== null);
  await window.happyDOM.close();
  return papers;
}

export interface ApiPaper {
  id: string;
  title: string;
  abstract?: string;
}

/** The Hugging Face daily_papers API sample (245 papers with abstracts). */
export function readApiPapers(): ApiPaper[] {
  const items = JSON.parse(readFileSync(resolve(FIXTURES_DIR, FIXTURE.hfApi), 'utf8')) as {
    paper: { id: string; title: string; summary?: string };
  }[];
  return items.map(({ paper }) => ({ id: paper.id, title: paper.title, abstract: paper.summary }));
}
