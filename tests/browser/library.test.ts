// The library in real Chromium: "seen before" across pages and days, five tabs starring at once, a service
// worker stopped in the middle of a burst, a browser restart, and a database the browser will not open.
import { existsSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { hasShared, SKIP_MESSAGE } from '../shared-fixtures';
import { ExtensionBrowser } from './harness';
import { type DigestFixture, digestPages } from './pages';

const { hf, arxiv } = digestPages();
if (!hasShared) console.warn(`${SKIP_MESSAGE}; using the sample pages instead`);

/** The same page served at another URL: the papers on it were seen on `page` first. */
const elsewhere = (page: DigestFixture, url: string): DigestFixture => ({ ...page, url });

describe('seen before (Chromium)', () => {
  let browser: ExtensionBrowser;
  beforeAll(async () => {
    browser = await ExtensionBrowser.launch();
  });
  afterAll(() => browser?.close());

  it('a paper shown on another page is "seen" there, with when and where; reloading today keeps "new"', async () => {
    const other = elsewhere(hf, 'https://huggingface.co/papers/trending');
    browser.serve(hf, other);
    const first = await browser.openDigest(hf.url, hf.cards);
    expect(await first.state(hf.someId)).toBe('new');

    await first.page.reload();
    await first.waitForCards(hf.cards);
    expect(await first.state(hf.someId)).toBe('new');
    expect(await first.card(hf.someId).getAttribute('data-margin-first-seen')).toBeNull();

    const second = await browser.openDigest(other.url, other.cards);
    expect(await second.state(hf.someId)).toBe('seen');
    const today = new Date().toISOString().slice(0, 10);
    expect(await second.card(hf.someId).getAttribute('data-margin-first-seen')).toBe(today);
    const badge = second.card(hf.someId).locator('.badge-seen');
    await expect.poll(() => badge.textContent()).toMatch(/seen .* on HF daily/i);
    const counts = await second.page.locator('[data-margin-summary]').textContent();
    expect(counts).toContain(`${hf.cards} seen`);
    await first.page.close();
    await second.page.close();
  });
});

describe('duplicates (Chromium)', () => {
  let browser: ExtensionBrowser;
  beforeAll(async () => {
    browser = await ExtensionBrowser.launch();
  });
  afterAll(() => browser?.close());

  it('the same paper twice on a page, and a re-post under another id, are marked as possible duplicates', async () => {
    browser.serve(hf);
    const first = await browser.openDigest(hf.url, hf.cards);
    // The site lists one paper twice, and another under a new id (a re-post): same title, no shared id.
    const again = hf.someId;
    const repost = (await first.ids())[3] as string;
    const repostTitle = ((await first.card(repost).locator('h3 a').textContent()) ?? '').trim();
    await first.page.close();
    const changed: DigestFixture = {
      ...hf,
      url: 'https://huggingface.co/papers/week/2026-W27',
      body: hf.body.replace(
        '</body>',
        `<div id="extra"><article><h3><a href="/papers/${again}">again</a></h3></article><article><h3><a href="/papers/2612.99999">${repostTitle}</a></h3></article></div></body>`,
      ),
    };
    browser.serve(changed);
    const digest = await browser.openDigest(changed.url, hf.cards + 2);
    const cards = digest.page.locator(`[data-margin-id="${again}"]`);
    await expect.poll(() => cards.nth(1).getAttribute('data-margin-duplicate-of')).toBe(again);
    expect(await cards.nth(0).getAttribute('data-margin-duplicate-of')).toBeNull();
    const reposted = digest.card('2612.99999');
    await expect.poll(() => reposted.getAttribute('data-margin-duplicate-of')).toBe(repost);
    await expect
      .poll(() => reposted.locator('[data-margin-badge="duplicate"] a').getAttribute('href'))
      .toBe(`https://arxiv.org/abs/${repost}`);
    await digest.page.close();
  });

  it('look-alike titles of distinct papers (from the seed digests) are not marked', async () => {
    const listing = (url: string, entries: [string, string][]): DigestFixture => ({
      ...hf,
      url,
      cards: entries.length,
      body: `<html><body><div class="grid">${entries
        .map(([id, title]) => `<article><h3><a href="/papers/${id}">${title}</a></h3></article>`)
        .join('')}</div></body></html>`,
    });
    const first = listing('https://huggingface.co/papers/date/2026-06-01', [
      [
        '2601.00011',
        'Faster Neighborhood Attention: Reducing the O(n^2) Cost of Self Attention at the Threadblock Level',
      ],
      [
        '2601.00012',
        'Bag of Tricks for Effective Language Model Pretraining and Downstream Adaptation: A Case Study on GLUE',
      ],
    ]);
    const second = listing('https://huggingface.co/papers/date/2026-06-02', [
      ['2601.00021', 'Generalized Neighborhood Attention: Multi-dimensional Sparse Attention at the Speed of Light'],
      ['2601.00022', 'Bag of Tricks for Inference-time Computation of LLM Reasoning'],
    ]);
    browser.serve(first, second);
    (await browser.openDigest(first.url, 2)).page.close();
    const digest = await browser.openDigest(second.url, 2);
    expect(await digest.page.locator('[data-margin-duplicate-of]').count()).toBe(0);
    expect(await digest.page.locator('[data-margin-badge="duplicate"]').count()).toBe(0);
    await digest.page.close();
  });
});

describe('many tabs, one worker that comes and goes (Chromium)', () => {
  let browser: ExtensionBrowser;
  beforeAll(async () => {
    browser = await ExtensionBrowser.launch();
    browser.serve(arxiv);
  });
  afterAll(() => browser?.close());

  it('five tabs starring at once lose nothing', async () => {
    const tabs = await Promise.all(Array.from({ length: 5 }, () => browser.openDigest(arxiv.url, arxiv.cards)));
    const ids = (await tabs[0]?.ids())?.slice(0, 25) ?? [];
    expect(ids).toHaveLength(25);
    await Promise.all(
      tabs.map(async (tab, t) => {
        for (const id of ids.filter((_, i) => i % 5 === t)) await tab.star(id).click();
      }),
    );
    await expect.poll(() => browser.savedIds(), { timeout: 15_000 }).toEqual(expect.arrayContaining(ids));
    // Every tab hears about the stars made in the others.
    for (const tab of tabs) await expect.poll(() => tab.state(ids[0] as string)).toBe('saved');
    await Promise.all(tabs.map((tab) => tab.page.close()));
  });

  it('a service worker stopped in the middle of a burst of stars: the next stars succeed, nothing is lost', async () => {
    const digest = await browser.openDigest(arxiv.url, arxiv.cards);
    const ids = (await digest.ids()).slice(30, 50);
    const cdp = await browser.context.newCDPSession(digest.page);
    // Count the worker's stops and starts: the test means nothing unless the worker really went away.
    const statuses: string[] = [];
    cdp.on('ServiceWorker.workerVersionUpdated', ({ versions }) => {
      for (const version of versions)
        if (version.scriptURL.includes(browser.extensionId)) statuses.push(version.runningStatus);
    });
    await cdp.send('ServiceWorker.enable');
    for (const [i, id] of ids.entries()) {
      if (i === 5 || i === 12) await cdp.send('ServiceWorker.stopAllWorkers');
      await digest.star(id).click();
    }
    expect(statuses.filter((status) => status === 'stopped').length).toBeGreaterThanOrEqual(2);
    expect(statuses.at(-1)).toBe('running');
    await expect.poll(() => browser.savedIds(), { timeout: 20_000 }).toEqual(expect.arrayContaining(ids));
    for (const id of ids) expect(await digest.state(id)).toBe('saved');
    expect(await digest.page.locator('[data-margin-ui="panel"]').count()).toBe(0);
    await digest.page.close();
  });
});

describe('browser restart (Chromium, persistent profile)', () => {
  let profile = '';
  beforeAll(() => {
    profile = mkdtempSync(join(tmpdir(), 'margin-profile-'));
  });
  afterAll(() => rmSync(profile, { recursive: true, force: true }));

  it('a star made before the browser closed is in the popup after it starts again', async () => {
    const before = await ExtensionBrowser.launch({ userDataDir: profile });
    before.serve(hf);
    const digest = await before.openDigest(hf.url, hf.cards);
    await digest.star(hf.someId).click();
    await expect.poll(() => digest.state(hf.someId)).toBe('saved');
    await before.close();

    const after = await ExtensionBrowser.launch({ userDataDir: profile });
    const popup = await after.openPopup();
    await expect.poll(() => popup.locator(`[data-margin-paper="${hf.someId}"]`).count()).toBe(1);
    await after.close();
  });
});

describe('a full disk (Chromium)', () => {
  let browser: ExtensionBrowser;
  beforeAll(async () => {
    browser = await ExtensionBrowser.launch();
    browser.serve(hf);
  });
  afterAll(() => browser?.close());

  it('a star the disk cannot take is undone on the card with a plain message, and the next one works', async () => {
    const digest = await browser.openDigest(hf.url, hf.cards);
    const worker = await browser.backgroundWorker();
    // What IndexedDB does when the quota or the disk is exhausted.
    await worker.evaluate(() => {
      const scope = globalThis as unknown as { __realPut?: unknown };
      scope.__realPut = IDBObjectStore.prototype.put;
      IDBObjectStore.prototype.put = () => {
        throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
      };
    });
    await digest.star(hf.someId).click();
    const notice = digest.page.locator('[data-margin-ui="panel"] [role="alert"]');
    await expect.poll(() => notice.textContent()).toMatch(/storage is full/i);
    await expect.poll(() => digest.state(hf.someId)).toBe('new');
    expect(await digest.star(hf.someId).getAttribute('aria-pressed')).toBe('false');
    expect(await browser.savedIds()).toEqual([]);

    await worker.evaluate(() => {
      const scope = globalThis as unknown as { __realPut: typeof IDBObjectStore.prototype.put };
      IDBObjectStore.prototype.put = scope.__realPut;
    });
    await digest.star(hf.someId).click();
    await expect.poll(() => digest.state(hf.someId)).toBe('saved');
    expect(await browser.savedIds()).toEqual([hf.someId]);
    await digest.page.close();
  });
});

describe('storage the browser refuses (Chromium)', () => {
  let profile = '';
  beforeAll(() => {
    profile = mkdtempSync(join(tmpdir(), 'margin-broken-'));
  });
  afterAll(() => rmSync(profile, { recursive: true, force: true }));

  it('when IndexedDB cannot be opened, the popup and the page say so plainly', async () => {
    const first = await ExtensionBrowser.launch({ userDataDir: profile });
    first.serve(hf);
    const digest = await first.openDigest(hf.url, hf.cards);
    await digest.star(hf.someId).click();
    await expect.poll(() => digest.state(hf.someId)).toBe('saved');
    const extensionId = first.extensionId;
    await first.close();

    // Put a file where the extension's database directory must be: the browser can no longer open it.
    const dir = join(profile, 'Default', 'IndexedDB');
    const store = readdirSync(dir).find((name) => name.includes(extensionId) && name.endsWith('.leveldb'));
    expect(store).toBeDefined();
    rmSync(join(dir, store as string), { recursive: true, force: true });
    writeFileSync(join(dir, store as string), 'not a database');
    expect(existsSync(join(dir, store as string))).toBe(true);

    const broken = await ExtensionBrowser.launch({ userDataDir: profile });
    broken.serve(hf);
    const popup = await broken.openPopup();
    await expect.poll(() => popup.locator('[data-margin-storage-error]').count()).toBe(1);
    expect(await popup.locator('[data-margin-storage-error] [role="alert"]').textContent()).not.toBe('');

    const page = await broken.openDigest(hf.url);
    const notice = page.page.locator('[data-margin-ui="panel"]');
    await expect.poll(() => notice.count(), { timeout: 15_000 }).toBe(1);
    await expect
      .poll(() => page.page.locator('[data-margin-ui="panel"] >> [role="alert"]').textContent())
      .toMatch(/library|storage|database/i);
    await broken.close();
  });
});
