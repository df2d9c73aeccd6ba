// The pages browser tests serve: the real saved pages from ../shared/fixtures at their real URLs, or the small
// sample set kept in tests/fixtures/sample where ../shared is absent.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { FIXTURE_URL, hasShared, readFixture } from '../shared-fixtures';
import type { Served } from './harness';

export interface DigestFixture extends Served {
  /** How many paper cards the page holds. */
  cards: number;
  /** A paper on the page, to star. */
  someId: string;
}

const sample = (name: string) => readFileSync(resolve(process.cwd(), 'tests/fixtures/sample', name), 'utf8');

export const SAMPLE_HF: DigestFixture = {
  url: 'https://huggingface.co/papers/date/2026-07-14',
  body: sample('hf-day.html'),
  cards: 4,
  someId: '',
};
SAMPLE_HF.someId = /href="\/papers\/([^"]+)"/.exec(SAMPLE_HF.body)?.[1] ?? '';

export const SAMPLE_ARXIV: DigestFixture = {
  url: 'https://arxiv.org/list/cond-mat.mtrl-sci/new',
  body: sample('arxiv-new.html'),
  cards: 6,
  someId: '2609.22268',
};

export function realHfDay(): DigestFixture {
  return { url: FIXTURE_URL.hfDay, body: readFixture('hfDay'), cards: 31, someId: '2606.28322' };
}

export function realHfHydrated(): DigestFixture {
  return { url: FIXTURE_URL.hfHydrated, body: readFixture('hfHydrated'), cards: 28, someId: '2609.31620' };
}

export function realArxivPastweek(): DigestFixture {
  return { url: FIXTURE_URL.arxivPastweek, body: readFixture('arxivPastweek'), cards: 397, someId: '2411.14419' };
}

export function realArxivNew(): DigestFixture {
  return { url: FIXTURE_URL.arxivNew, body: readFixture('arxivNew'), cards: 101, someId: '2609.22268' };
}

export function realArxivAbs(): DigestFixture {
  return { url: FIXTURE_URL.arxivAbs, body: readFixture('arxivAbs'), cards: 1, someId: '2609.22268' };
}

/** The digest pages to use: real ones when ../shared is there, the samples otherwise. */
export function digestPages(): { hf: DigestFixture; arxiv: DigestFixture } {
  return hasShared ? { hf: realHfDay(), arxiv: realArxivPastweek() } : { hf: SAMPLE_HF, arxiv: SAMPLE_ARXIV };
}

const escapeHtml = (text: string) =>
  text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/**
 * The same page with one paper's title replaced by `hostile` everywhere the page says it (visible title and
 * embedded JSON), escaped as a real server would send it: the page shows it as text.
 */
export function withHostileTitle(page: DigestFixture, originalTitle: string, hostile: string): DigestFixture {
  const jsonEscaped = (text: string) => escapeHtml(JSON.stringify(text).slice(1, -1));
  const body = page.body
    .split(escapeHtml(originalTitle))
    .join(escapeHtml(hostile))
    .split(jsonEscaped(originalTitle))
    .join(jsonEscaped(hostile));
  if (body === page.body) throw new Error(`Title not found on ${page.url}: ${originalTitle}`);
  return { ...page, body };
}
