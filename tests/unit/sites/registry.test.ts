// Conventions every adapter keeps (as Refined GitHub's test of its page detections): each page rule has test
// URLs, each test URL matches its own rule and no rule of any adapter, and pages Margin has no business on are
// not detected.
import { describe, expect, it } from 'vitest';
import { PAGE_KINDS, SITES } from '@/lib/paper';
import { ADAPTERS, detectPage } from '@/lib/sites/registry';

const rules = ADAPTERS.flatMap((adapter) =>
  adapter.pages.map((handler, index) => ({ adapter, handler, label: `${adapter.site} #${index} (${handler.kind})` })),
);

describe('site registry', () => {
  it('has one adapter per site, each named, with at least one page rule', () => {
    expect(ADAPTERS.map((adapter) => adapter.site).sort()).toEqual([...SITES].sort());
    for (const adapter of ADAPTERS) {
      expect(adapter.name.length).toBeGreaterThan(0);
      expect(adapter.pages.length).toBeGreaterThan(0);
    }
  });

  it('gives every page rule a known kind, a layout and at least one test URL', () => {
    for (const { handler, label } of rules) {
      expect(PAGE_KINDS, label).toContain(handler.kind);
      expect(handler.testUrls.length, label).toBeGreaterThan(0);
      for (const key of ['context', 'cards', 'extract', 'cardKey', 'mount', 'summaryAnchor'] as const)
        expect(typeof handler.layout[key], `${label}.layout.${key}`).toBe('function');
    }
  });

  describe.each(rules)('$label', ({ adapter, handler }) => {
    it.each(handler.testUrls)('matches %s, and no other rule does', (testUrl) => {
      const url = new URL(testUrl);
      expect(handler.matches(url)).toBe(true);
      const others = rules.filter((rule) => rule.handler !== handler && rule.handler.matches(url));
      expect(others.map((rule) => rule.label)).toEqual([]);
      const detected = detectPage(testUrl);
      expect(detected?.adapter).toBe(adapter);
      expect(detected?.handler).toBe(handler);
    });
  });

  it.each([
    'https://huggingface.co/models',
    'https://huggingface.co/',
    'https://huggingface.co/datasets/allenai/c4',
    'https://huggingface.co/papers/date/not-a-date',
    'https://huggingface.co/papers/2609.31620/discussion',
    'https://huggingface.co/blog/papers',
    'https://huggingface.co.evil.example/papers',
    'https://arxiv.org/help',
    'https://arxiv.org/',
    'https://arxiv.org/list/cs.LG',
    'https://arxiv.org/pdf/2609.22268',
    'https://arxiv.org/html/2609.22268v1',
    'https://info.arxiv.org/help/api/index.html',
    'https://example.com/list/cs.LG/new',
    'not a url',
    '',
  ])('detects nothing on %s', (href) => {
    expect(detectPage(href)).toBeNull();
  });

  it('detects pages whatever the trailing slash, query or hash', () => {
    const cases: [string, string][] = [
      ['https://huggingface.co/papers/', 'daily'],
      ['https://huggingface.co/papers?date=2026-07-02', 'daily'],
      ['https://huggingface.co/papers/date/2026-07-02#top', 'daily'],
      ['https://huggingface.co/papers/trending/', 'trending'],
      ['https://huggingface.co/papers/2606.28322?utm_source=x', 'paper'],
      ['https://arxiv.org/list/cs.LG/new/', 'new'],
      ['https://www.arxiv.org/list/cs.LG/pastweek?skip=0&show=2000', 'pastweek'],
      ['https://arxiv.org/abs/2609.22268v2#S1', 'abs'],
      ['https://arxiv.org/abs/math.GT/0309136', 'abs'],
      ['https://arxiv.org/list/q-bio.NC/2026-09', 'month'],
    ];
    for (const [href, kind] of cases) expect(detectPage(href)?.handler.kind, href).toBe(kind);
  });
});
