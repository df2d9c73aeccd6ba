import { describe, expect, it } from 'vitest';
import { localDay } from '@/lib/dates';
import { pageKey, sightingKeys } from '@/lib/page-key';

describe('pageKey', () => {
  it.each([
    // Paging size, tracking and a trailing slash do not make another page
    ['https://arxiv.org/list/astro-ph/pastweek?show=2000', 'https://arxiv.org/list/astro-ph/pastweek'],
    ['https://arxiv.org/list/cs.LG/new/', 'https://arxiv.org/list/cs.LG/new'],
    ['https://huggingface.co/papers?utm_source=x', 'https://huggingface.co/papers'],
    ['https://huggingface.co/papers/', 'https://huggingface.co/papers'],
    ['https://huggingface.co/', 'https://huggingface.co/'],
    ['https://arxiv.org/list/cs.LG/pastweek?skip=0&show=25', 'https://arxiv.org/list/cs.LG/pastweek'],
    // What a page lists does, in a fixed order whatever order the URL gives
    ['https://arxiv.org/list/cs.LG/pastweek?skip=25&show=25', 'https://arxiv.org/list/cs.LG/pastweek?skip=25'],
    ['https://huggingface.co/papers?q=diffusion', 'https://huggingface.co/papers?q=diffusion'],
    [
      'https://arxiv.org/search/?searchtype=all&query=attention',
      'https://arxiv.org/search?query=attention&searchtype=all',
    ],
    [
      'https://arxiv.org/search/?query=attention&searchtype=all',
      'https://arxiv.org/search?query=attention&searchtype=all',
    ],
  ])('%s → %s', (href, key) => {
    expect(pageKey(href)).toBe(key);
  });

  it('tells different listings apart', () => {
    expect(pageKey('https://arxiv.org/list/cs.LG/new')).not.toBe(pageKey('https://arxiv.org/list/cs.CV/new'));
    expect(pageKey('https://huggingface.co/papers/date/2026-07-02')).not.toBe(
      pageKey('https://huggingface.co/papers/date/2026-07-03'),
    );
  });

  it('answers the same for a page asked again, however many other pages were asked in between', () => {
    const href = (n: number) =>
      `https://huggingface.co/papers/date/2026-07-${String((n % 28) + 1).padStart(2, '0')}?n=${n}`;
    const first = Array.from({ length: 200 }, (_, n) => pageKey(href(n)));
    expect(new Set(first).size).toBe(28);
    expect(Array.from({ length: 200 }, (_, n) => pageKey(href(n)))).toEqual(first);
    expect(() => pageKey('not a url')).toThrow();
    expect(() => pageKey('not a url')).toThrow();
  });
});

describe('sightingKeys', () => {
  const now = new Date(2026, 6, 2, 9, 30).getTime();

  it('keys each paper by paper, page and local day', () => {
    const keys = sightingKeys(['2607.00001', 'hep-th/9901001'], 'https://arxiv.org/list/cs.LG/new?show=50', now);
    expect(keys).toEqual([
      `2607.00001|https://arxiv.org/list/cs.LG/new|${localDay(now)}`,
      `hep-th/9901001|https://arxiv.org/list/cs.LG/new|${localDay(now)}`,
    ]);
  });

  it('gives the same key later the same day, and a new one the next day', () => {
    const href = 'https://huggingface.co/papers';
    const [morning] = sightingKeys(['2607.00001'], href, now);
    const [evening] = sightingKeys(['2607.00001'], href, now + 10 * 3600_000);
    const [tomorrow] = sightingKeys(['2607.00001'], href, now + 24 * 3600_000);
    expect(evening).toBe(morning);
    expect(tomorrow).not.toBe(morning);
  });

  it('is empty for no papers', () => {
    expect(sightingKeys([], 'https://huggingface.co/papers', now)).toEqual([]);
  });
});
