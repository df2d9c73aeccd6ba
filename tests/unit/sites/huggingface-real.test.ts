// The Hugging Face adapter on real saved Daily Papers pages, checked against the page's own embedded JSON,
// parsed here independently of the adapter (regex on the raw bytes + JSON.parse).
import { describe, expect, it } from 'vitest';
import { FIXTURE, FIXTURE_URL, hasShared, readFixture, SKIP_MESSAGE } from '../../shared-fixtures';
import { decodeEntities, readWithAdapter, squash } from './helpers';

interface DailyItem {
  title: string;
  paper: { id: string; title: string; summary: string; publishedAt: string; authors: { name: string }[] };
}

/** The DailyPapers data-props of the raw page, decoded by hand. */
function embeddedDailyPapers(html: string): { dateString: string; dailyPapers: DailyItem[] } {
  const match = /data-target="DailyPapers"\s+data-props="([^"]*)"/.exec(html);
  if (!match?.[1]) throw new Error('no DailyPapers data-props');
  return JSON.parse(decodeEntities(match[1]));
}

/** The ids of the h3 title links, in page order. */
const h3Ids = (html: string) =>
  [...html.matchAll(/<h3\b[^>]*>\s*<a\b[^>]*href="\/papers\/([^"#?]+)"/g)].map((m) => m[1]);

const CASES = [
  { name: 'hfDay', cards: 31, date: '2026-07-02' },
  { name: 'hfHydrated', cards: 28, date: '2026-09-28' },
] as const;

describe.skipIf(!hasShared)('Hugging Face adapter on real pages', () => {
  for (const { name, cards, date } of CASES) {
    describe(`${FIXTURE[name]} (${cards} cards)`, () => {
      const html = hasShared ? readFixture(name) : '';
      const url = FIXTURE_URL[name];
      let page: ReturnType<typeof readWithAdapter> | undefined;
      const read = () => {
        page ??= readWithAdapter(html, url);
        return page;
      };

      it('is detected as a daily listing', () => {
        const { detected } = read();
        expect(detected.adapter.site).toBe('huggingface');
        expect(detected.handler.kind).toBe('daily');
      });

      it(`reads exactly ${cards} papers, each equal to the embedded JSON, in page order`, () => {
        const data = embeddedDailyPapers(html);
        expect(data.dateString).toBe(date);
        expect(data.dailyPapers).toHaveLength(cards);
        const ids = h3Ids(html);
        expect(ids).toHaveLength(cards);
        // On these pages the cards are rendered from the same data, in the same order.
        expect(ids).toEqual(data.dailyPapers.map((item) => item.paper.id));

        const { refs, papers } = read();
        expect(refs).toHaveLength(cards);
        expect(papers).toHaveLength(cards);
        papers.forEach((paper, i) => {
          const item = data.dailyPapers[i] as DailyItem;
          const id = item.paper.id;
          expect(paper).toEqual({
            id,
            title: squash(item.paper.title),
            authors: item.paper.authors.map((author) => author.name),
            abstract: squash(item.paper.summary),
            subjects: [],
            published: item.paper.publishedAt.slice(0, 10),
            site: 'huggingface',
            pageUrl: url,
            section: 'listing',
            links: {
              abs: `https://arxiv.org/abs/${id}`,
              pdf: `https://arxiv.org/pdf/${id}`,
              hf: `https://huggingface.co/papers/${id}`,
            },
          });
          // The visible title is the same text as the data's.
          expect(item.title).toBe(item.paper.title);
        });
      });

      it('exposes one card per article, keyed by its title link, with mount points inside the card', () => {
        const { doc, layout, cards: elements } = read();
        expect(elements.map((card) => card.tagName)).toEqual(Array(cards).fill('ARTICLE'));
        const keys = elements.map((card) => layout.cardKey(card));
        expect(new Set(keys).size).toBe(cards);
        expect(keys[0]).toMatch(/^\/papers\/\d{4}\.\d{5}$/);
        for (const card of elements) expect(layout.mount(card).parent).toBe(card);
        expect(layout.summaryAnchor(doc)?.contains(elements[0] as Element)).toBe(true);
      });
    });
  }
});

// Where ../shared is absent, say so in the report instead of passing silently.
if (!hasShared) describe('Hugging Face adapter on real pages', () => it.skip(SKIP_MESSAGE, () => {}));
