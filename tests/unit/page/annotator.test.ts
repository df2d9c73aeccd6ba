import { afterEach, describe, expect, it, vi } from 'vitest';
import type { PaperState } from '@/lib/library/states';
import type { ResponseMap } from '@/lib/messages';
import { PageAnnotator, type Send } from '@/lib/page/annotator';
import { DEFAULT_SETTINGS } from '@/lib/settings-defaults';

const LISTING = 'https://arxiv.org/list/astro-ph/pastweek?show=1000';

/** An arXiv /pastweek day section of `count` entries, in the real page's markup (SITES.md). */
function listing(count: number): string {
  const entries = Array.from({ length: count }, (_, i) => {
    const id = `2411.${10000 + i}`;
    return `<dt><a name="item${i + 1}">[${i + 1}]</a> <a href="/abs/${id}" title="Abstract" id="${id}">arXiv:${id}</a>
  [<a href="/pdf/${id}" title="Download PDF" id="pdf-${id}">pdf</a>]</dt>
<dd><div class="meta"><div class="list-title mathjax"><span class="descriptor">Title:</span> Paper number ${i + 1}</div>
  <div class="list-authors"><a href="https://arxiv.org/a/author_a_1">A. Author</a></div>
  <div class="list-subjects"><span class="descriptor">Subjects:</span>
  <span class="primary-subject">Cosmology and Nongalactic Astrophysics (astro-ph.CO)</span></div></div></dd>`;
  });
  return `<div id="dlpage"><h1>Astrophysics</h1><dl id="articles">
<h3>Fri, 22 Nov 2024 (showing ${count} of ${count} entries )</h3>${entries.join('\n')}</dl></div>`;
}

const newState: PaperState = { state: 'new', seenCount: 0, tags: [], dismissed: false, topics: [], suggestions: [] };

/** An annotator on a listing of `count` entries whose visit is answered only when the test says so. */
function annotatorOn(count: number) {
  (window as unknown as { happyDOM: { setURL(url: string): void } }).happyDOM.setURL(LISTING);
  document.body.innerHTML = listing(count);
  let answer: (reply: ResponseMap['visitPage']) => void = () => undefined;
  let asked: string[] = [];
  const send = ((type: string, data: { papers: { id: string }[] }) => {
    expect(type).toBe('visitPage');
    asked = data.papers.map((paper) => paper.id);
    return new Promise((resolve) => {
      answer = resolve;
    });
  }) as unknown as Send;
  const annotator = new PageAnnotator({ doc: document, send, now: Date.now, openUrl: () => undefined });
  annotator.start();
  const reply = () =>
    answer({
      states: Object.fromEntries(asked.map((id) => [id, newState])),
      settings: DEFAULT_SETTINGS,
      tags: [],
      rejected: [],
    });
  return { annotator, asked: () => asked, reply };
}

const summaryText = () => document.querySelector('[data-margin-ui="summary"]')?.shadowRoot?.textContent ?? null;
const pageStyled = () =>
  document.adoptedStyleSheets.length > 0 || !!document.querySelector('style[data-margin-page-style]');
const marked = () => document.querySelectorAll('[data-margin-state]').length;

let stop: (() => void) | undefined;
afterEach(() => {
  stop?.();
  document.body.replaceChildren();
  document.adoptedStyleSheets = [];
});

describe('PageAnnotator: the visit of a listing', () => {
  it('on a long listing, shows "reading N papers…" while the library works', async () => {
    const page = annotatorOn(501);
    stop = () => page.annotator.stop();
    await vi.waitFor(() => expect(page.asked()).toHaveLength(501));
    await vi.waitFor(() => expect(summaryText()).toContain('reading 501 papers'));
    expect(pageStyled()).toBe(true);
    page.reply();
    await vi.waitFor(() => expect(marked()).toBe(501), { timeout: 5000 });
    await vi.waitFor(() => expect(summaryText()).not.toContain('reading'));
  });

  it('on a short page, restyles and shows the summary once, with the states', async () => {
    const page = annotatorOn(3);
    stop = () => page.annotator.stop();
    await vi.waitFor(() => expect(page.asked()).toHaveLength(3));
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(summaryText()).toBeNull();
    expect(pageStyled()).toBe(false);
    page.reply();
    await vi.waitFor(() => expect(marked()).toBe(3));
    expect(pageStyled()).toBe(true);
    expect(summaryText()).toContain('3');
  });
});
