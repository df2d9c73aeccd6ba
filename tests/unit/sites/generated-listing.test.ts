// The 2000-entry /pastweek page built from the real saved page (tests/fixtures/generate-listing.ts), as browser
// tests and benchmarks use it: the adapter must read every entry, once.
import { describe, expect, it } from 'vitest';
import { buildPastweekPage, PASTWEEK_2000_URL } from '../../fixtures/generate-listing';
import { hasShared, readFixture, SKIP_MESSAGE } from '../../shared-fixtures';
import { readWithAdapter } from './helpers';

describe.skipIf(!hasShared)('generated 2000-entry /pastweek page', () => {
  const real = hasShared ? readFixture('arxivPastweek') : '';

  it('is read as exactly 2000 unique entries over the 5 real day sections', () => {
    const html = buildPastweekPage(real, 2000);
    const { detected, cards, refs, papers } = readWithAdapter(html, PASTWEEK_2000_URL);
    expect(detected.handler.kind).toBe('pastweek');
    expect(cards).toHaveLength(2000);
    expect(refs.every(Boolean)).toBe(true);
    expect(new Set(papers.map((p) => p.id)).size).toBe(2000);
    expect(papers[0]?.id).toBe('2411.60000');
    expect(papers[1999]?.id).toBe('2411.61999');

    const perDay = new Map<string, number>();
    for (const paper of papers) perDay.set(paper.announced ?? '', (perDay.get(paper.announced ?? '') ?? 0) + 1);
    expect([...perDay.keys()]).toEqual(['2024-11-22', '2024-11-21', '2024-11-20', '2024-11-19', '2024-11-18']);
    // Each day keeps its real share (75/67/94/101/60 of 397), and its heading tells the new count.
    const realSizes = [75, 67, 94, 101, 60];
    const headings = [...html.matchAll(/<h3>\w{3}, \d+ \w{3} 2024 \(showing (\d+) of (\d+) entries \)<\/h3>/g)];
    expect(headings.map((m) => Number(m[1]))).toEqual([...perDay.values()]);
    [...perDay.values()].forEach((count, i) => {
      expect(Math.abs(count - (2000 * (realSizes[i] ?? 0)) / 397)).toBeLessThanOrEqual(1);
    });
    expect(papers.every((p) => p.section === 'day')).toBe(true);
  }, 60_000);

  it('repeats the real entries in page order with fresh ids', () => {
    const original = readWithAdapter(real, 'https://arxiv.org/list/astro-ph/pastweek?show=1000').papers;
    const html = buildPastweekPage(real, 500);
    expect(html).toContain('Total of 500 entries');
    const generated = readWithAdapter(html, PASTWEEK_2000_URL).papers;
    expect(generated).toHaveLength(500);
    generated.forEach((paper, i) => {
      const source = original[i % original.length];
      expect(paper.title).toBe(source?.title);
      expect(paper.authors).toEqual(source?.authors);
      expect(paper.id).not.toBe(source?.id);
      expect(paper.links.html ?? null).toBe(source?.links.html?.replace(source.id, paper.id) ?? null);
    });
    // No id of the generated page is a real one.
    const realIds = new Set(original.map((p) => p.id));
    expect(generated.some((p) => realIds.has(p.id))).toBe(false);
  }, 60_000);

  it('refuses sizes it cannot build', () => {
    expect(() => buildPastweekPage(real, 0)).toThrow(RangeError);
    expect(() => buildPastweekPage(real, 1.5)).toThrow(RangeError);
    expect(() => buildPastweekPage('<html><body>no listing</body></html>', 10)).toThrow();
  });
});

// Where ../shared is absent, say so in the report instead of passing silently.
if (!hasShared) describe('generated 2000-entry /pastweek page', () => it.skip(SKIP_MESSAGE, () => {}));
