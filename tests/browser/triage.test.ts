// Triage on the real pages in real Chromium: keys, filters, dismiss, themes, and the site's grid untouched.

import { chromium } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { hasShared, SKIP_MESSAGE } from '../shared-fixtures';
import { ExtensionBrowser, type Served } from './harness';
import { type DigestFixture, digestPages, realHfHydrated } from './pages';
import { chromiumPath } from './paths';

const { hf, arxiv } = digestPages();
if (!hasShared) console.warn(`${SKIP_MESSAGE}; using the sample pages instead`);

/**
 * The few Tailwind rules Hugging Face's grid depends on, served where the real page loads its stylesheet
 * (the saved page has no CSS of its own), so that the grid check compares a real grid.
 */
const HF_GRID_CSS: Served = {
  url: 'https://huggingface.co/front/build/kube-3b444dc/style.css',
  contentType: 'text/css',
  body: `.relative{position:relative}.grid{display:grid}.gap-5{gap:1.25rem}.flex{display:flex}.flex-col{flex-direction:column}
.overflow-hidden{overflow:hidden}.block{display:block}.w-full{width:100%}.h-56{height:14rem}.rounded-xl{border-radius:.75rem}
.border{border:1px solid #e5e7eb}.grid-cols-1{grid-template-columns:repeat(1,minmax(0,1fr))}
@media (min-width:1024px){.lg\\:grid-cols-2{grid-template-columns:repeat(2,minmax(0,1fr))}}
@media (min-width:1280px){.xl\\:grid-cols-3{grid-template-columns:repeat(3,minmax(0,1fr))}}
html.dark body{background:#0b0f19;color:#e5e7eb}`,
};

describe('keyboard triage (Chromium)', () => {
  let browser: ExtensionBrowser;
  beforeAll(async () => {
    browser = await ExtensionBrowser.launch();
    browser.serve(arxiv);
  });
  afterAll(() => browser?.close());

  it('j/k move a visible focus, s stars, x dismisses (and it lasts), o opens the paper', async () => {
    const digest = await browser.openDigest(arxiv.url, arxiv.cards);
    const [first, second] = await digest.ids();
    const focused = () => digest.page.getAttribute('[data-margin-focused]', 'data-margin-id');
    await digest.page.keyboard.press('j');
    expect(await focused()).toBe(first);
    await digest.page.keyboard.press('j');
    expect(await focused()).toBe(second);
    await digest.page.keyboard.press('k');
    expect(await focused()).toBe(first);

    await digest.page.keyboard.press('s');
    await expect.poll(() => digest.state(first as string)).toBe('saved');
    expect(await digest.star(first as string).getAttribute('aria-pressed')).toBe('true');

    const abs = `https://arxiv.org/abs/${first}`;
    browser.serve({ url: abs, body: '<title>abs</title>' });
    const opened = digest.page.context().waitForEvent('page');
    await digest.page.keyboard.press('o');
    const tab = await opened;
    await tab.waitForLoadState();
    expect(tab.url()).toBe(abs);
    await tab.close();

    await digest.page.bringToFront();
    await digest.page.keyboard.press('j');
    await digest.page.keyboard.press('x');
    await expect.poll(() => digest.card(second as string).getAttribute('data-margin-dismissed')).toBe('');
    await digest.page.reload();
    await digest.waitForCards(arxiv.cards);
    expect(await digest.card(second as string).getAttribute('data-margin-dismissed')).toBe('');
    await digest
      .card(second as string)
      .locator('[data-margin-action="reopen"]')
      .click();
    await expect.poll(() => digest.card(second as string).getAttribute('data-margin-dismissed')).toBeNull();
    await digest.page.close();
  });

  it('keys do nothing while the reader types in the site\u2019s own inputs', async () => {
    const digest = await browser.openDigest(arxiv.url, arxiv.cards);
    const [first] = await digest.ids();
    const before = await digest.state(first as string);
    await digest.page.evaluate(() => {
      const input = document.createElement('input');
      input.id = 'site-search';
      document.body.prepend(input);
    });
    await digest.page.locator('#site-search').fill('');
    await digest.page.locator('#site-search').press('j');
    await digest.page.locator('#site-search').pressSequentially('sxo');
    expect(await digest.page.locator('#site-search').inputValue()).toBe('jsxo');
    expect(await digest.page.locator('[data-margin-focused]').count()).toBe(0);
    expect(await digest.state(first as string)).toBe(before);
    await digest.page.close();
  });

  it('? shows the keys', async () => {
    const digest = await browser.openDigest(arxiv.url, arxiv.cards);
    await digest.page.keyboard.press('?');
    const panel = digest.page.locator('[data-margin-ui="panel"] .panel');
    await expect.poll(() => panel.textContent()).toMatch(/j.*k/s);
    await digest.page.keyboard.press('Escape');
    await expect.poll(() => panel.count()).toBe(0);
    await digest.page.close();
  });
});

describe('filters (Chromium)', () => {
  let browser: ExtensionBrowser;
  beforeAll(async () => {
    browser = await ExtensionBrowser.launch();
  });
  afterAll(() => browser?.close());

  const hidden = (digest: { page: import('playwright-core').Page }) =>
    digest.page.locator('[data-margin-id][data-margin-hidden]').count();

  it('"hide seen" hides the papers seen elsewhere, and is remembered for the site', async () => {
    const again: DigestFixture = { ...arxiv, url: 'https://arxiv.org/list/astro-ph/recent' };
    browser.serve(arxiv, again);
    (await browser.openDigest(arxiv.url, arxiv.cards)).page.close();
    const digest = await browser.openDigest(again.url, again.cards);
    expect(await digest.state(arxiv.someId)).toBe('seen');
    await digest.star(arxiv.someId).click();
    await expect.poll(() => digest.state(arxiv.someId)).toBe('saved');

    await digest.page.locator('[data-margin-filter="hide-seen"]').check();
    await expect.poll(() => hidden(digest)).toBe(arxiv.cards - 1);
    expect(await digest.card(arxiv.someId).isVisible()).toBe(true);

    await digest.page.reload();
    await digest.waitForCards(again.cards);
    await expect.poll(() => hidden(digest)).toBe(arxiv.cards - 1);
    expect(await digest.page.locator('[data-margin-filter="hide-seen"]').isChecked()).toBe(true);
    await digest.page.locator('[data-margin-filter="hide-seen"]').uncheck();
    await expect.poll(() => hidden(digest)).toBe(0);
    await digest.page.close();
  });

  it('"only topic X" shows just the papers with that chip', async () => {
    browser.serve(arxiv);
    const digest = await browser.openDigest(arxiv.url, arxiv.cards);
    const select = digest.page.locator('[data-margin-filter="topic"]');
    const topic = await select.locator('option').nth(1).getAttribute('value');
    expect(topic).toBeTruthy();
    await select.selectOption(topic as string);
    await expect.poll(() => hidden(digest)).toBeGreaterThan(0);
    const visible = await digest.page.$$eval('[data-margin-id]:not([data-margin-hidden])', (cards) =>
      cards.map((card) => card.getAttribute('data-margin-id') ?? ''),
    );
    expect(visible.length).toBeGreaterThan(0);
    for (const id of visible.slice(0, 20)) {
      expect(await digest.card(id).locator(`[data-margin-topic="${topic}"]`).count()).toBe(1);
    }
    await select.selectOption('');
    await expect.poll(() => hidden(digest)).toBe(0);
    await digest.page.close();
  });
});

describe('looks native (Chromium)', () => {
  let browser: ExtensionBrowser;
  beforeAll(async () => {
    browser = await ExtensionBrowser.launch();
  });
  afterAll(() => browser?.close());

  const badgeColors = (digest: { page: import('playwright-core').Page }, id: string) =>
    digest.page
      .locator(`[data-margin-id="${id}"] [data-margin-badge]`)
      .evaluate((badge) => `${getComputedStyle(badge).color} on ${getComputedStyle(badge).backgroundColor}`);

  it('follows Hugging Face\u2019s own dark switch', async () => {
    browser.serve(hf);
    const digest = await browser.openDigest(hf.url, hf.cards);
    const light = await badgeColors(digest, hf.someId);
    await digest.page.evaluate(() => document.documentElement.classList.add('dark'));
    await expect.poll(() => badgeColors(digest, hf.someId)).not.toBe(light);
    await digest.page.evaluate(() => document.documentElement.classList.remove('dark'));
    await expect.poll(() => badgeColors(digest, hf.someId)).toBe(light);
    await digest.page.close();
  });

  it('follows prefers-color-scheme on arXiv', async () => {
    browser.serve(arxiv);
    const digest = await browser.openDigest(arxiv.url, arxiv.cards);
    await digest.page.emulateMedia({ colorScheme: 'light' });
    const light = await badgeColors(digest, arxiv.someId);
    await digest.page.emulateMedia({ colorScheme: 'dark' });
    await expect.poll(() => badgeColors(digest, arxiv.someId)).not.toBe(light);
    await digest.page.close();
  });

  it.skipIf(!hasShared)('the HF grid keeps every card\u2019s size and place (with vs without Margin)', async () => {
    const page = realHfHydrated();
    const boxes = async (target: import('playwright-core').Page) =>
      target.$$eval('article', (articles) => {
        const grid = articles[0]?.parentElement?.getBoundingClientRect();
        return articles.map((article) => {
          const box = article.getBoundingClientRect();
          return [box.x - (grid?.x ?? 0), box.y - (grid?.y ?? 0), box.width, box.height].map(Math.round);
        });
      });

    browser.serve(page, HF_GRID_CSS);
    const withMargin = await browser.openDigest(page.url, page.cards);
    const annotated = await boxes(withMargin.page);

    const plain = await chromium.launch({ executablePath: chromiumPath(), headless: true, args: ['--no-sandbox'] });
    const context = await plain.newContext({ viewport: { width: 1280, height: 900 } });
    await context.route(/^https?:\/\//, (route) => {
      const url = route.request().url();
      const served = [page, HF_GRID_CSS].find((s) => s.url === url);
      return served
        ? route.fulfill({ body: served.body, contentType: served.contentType ?? 'text/html; charset=utf-8' })
        : route.abort('internetdisconnected');
    });
    const bare = await context.newPage();
    await bare.goto(page.url);
    const original = await boxes(bare);
    await plain.close();

    expect(original).toHaveLength(page.cards);
    expect(new Set(original.map((box) => box[0])).size).toBe(3);
    expect(annotated).toEqual(original);
    await withMargin.page.close();
  });
});
