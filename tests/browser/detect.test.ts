// Every real digest page is read completely in real Chromium; Hugging Face's in-page navigation is followed;
// a 2000-entry listing is annotated in full; a page whose cards changed shape gets a clear word in the popup.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildPastweekPage, PASTWEEK_2000_URL } from '../fixtures/generate-listing';
import { hasShared, readFixture, SKIP_MESSAGE } from '../shared-fixtures';
import { ExtensionBrowser } from './harness';
import { type DigestFixture, realArxivAbs, realArxivNew, realArxivPastweek, realHfDay, realHfHydrated } from './pages';

if (!hasShared) console.warn(SKIP_MESSAGE);

describe.skipIf(!hasShared)('real pages (Chromium)', () => {
  let browser: ExtensionBrowser;
  beforeAll(async () => {
    browser = await ExtensionBrowser.launch();
  });
  afterAll(() => browser?.close());

  const pages: [string, () => DigestFixture][] = [
    ['HF day page as served', realHfDay],
    ['HF day page as hydrated', realHfHydrated],
    ['arXiv /new (three sections)', realArxivNew],
    ['arXiv /pastweek', realArxivPastweek],
    ['arXiv /abs', realArxivAbs],
  ];

  it.each(pages)('%s: every paper is marked, with a unique id and a star', async (_, load) => {
    const fixture = load();
    browser.serve(fixture);
    const digest = await browser.openDigest(fixture.url, fixture.cards);
    const ids = await digest.ids();
    expect(new Set(ids).size).toBe(fixture.cards);
    expect(ids).toContain(fixture.someId);
    for (const id of ids) expect(id).toMatch(/^(\d{4}\.\d{4,5}|[a-z-]+(\.[A-Z]{2})?\/\d{7}|title:[0-9a-z]+)$/);
    expect(await digest.page.locator('button[data-margin-action="star"]').count()).toBe(fixture.cards);

    const popup = await browser.openPopupFor(digest.page);
    const status = popup.locator('[data-margin-diagnostics="ok"]');
    await expect.poll(() => status.textContent()).toContain(`${fixture.cards} papers found`);
    await popup.close();
    await digest.page.close();
  });

  it('on the /abs page the title heading carries the contract and the star', async () => {
    const fixture = realArxivAbs();
    browser.serve(fixture);
    const digest = await browser.openDigest(fixture.url, 1);
    expect(await digest.card(fixture.someId).evaluate((el) => el.tagName)).toBe('H1');
    await digest.star(fixture.someId).click();
    await expect.poll(() => digest.state(fixture.someId)).toBe('saved');
    await digest.page.close();
  });

  it('arXiv /new: all three sections (new, cross-lists, replacements) are read', async () => {
    const fixture = realArxivNew();
    browser.serve(fixture);
    const digest = await browser.openDigest(fixture.url, fixture.cards);
    const sections = await digest.page.$$eval('dl', (lists) =>
      lists.map((dl) => dl.querySelectorAll('dt[data-margin-id]').length),
    );
    expect(sections.filter((n) => n > 0).length).toBe(3);
    await digest.page.close();
  });

  it('HF in-page navigation: the cards of the new page are read from the page, not the stale JSON', async () => {
    const fixture = realHfHydrated();
    const other = realHfDay();
    browser.serve(fixture);
    const digest = await browser.openDigest(fixture.url, fixture.cards);
    const newIds = ['2606.28322', '2606.28430', '2606.28191'];
    // What the site does on "next day": history changes, the same article elements get other papers.
    await digest.page.evaluate(
      ({ ids }) => {
        const articles = [...document.querySelectorAll('article')];
        for (const article of articles.slice(ids.length)) article.remove();
        ids.forEach((id, i) => {
          const link = articles[i]?.querySelector('h3 a');
          if (!link) return;
          link.setAttribute('href', `/papers/${id}`);
          link.textContent = `Navigated paper ${i + 1}`;
        });
        history.pushState({}, '', '/papers/date/2026-07-02');
      },
      { ids: newIds },
    );
    await expect.poll(() => digest.ids()).toEqual(newIds);
    await digest.waitForCards(newIds.length);
    expect(other.body).toContain(newIds[0]);
    // The hydrated page's JSON describes Sept 28: titles must come from the visible links.
    const label = await digest.star(newIds[0] as string).getAttribute('aria-label');
    expect(label).toContain('Navigated paper 1');
    await digest.page.close();
  });

  it('cards the site adds later (infinite list) are annotated too', async () => {
    const fixture = realHfHydrated();
    browser.serve(fixture);
    const digest = await browser.openDigest(fixture.url, fixture.cards);
    await digest.page.evaluate(() => {
      const first = document.querySelector('article');
      const copy = first?.cloneNode(true) as HTMLElement;
      for (const host of copy.querySelectorAll('[data-margin-ui]')) host.remove();
      for (const name of [...copy.attributes].map((a) => a.name))
        if (name.startsWith('data-margin')) copy.removeAttribute(name);
      copy.querySelector('h3 a')?.setAttribute('href', '/papers/2606.28322');
      first?.parentElement?.append(copy);
    });
    await digest.waitForCards(fixture.cards + 1);
    expect(await digest.ids()).toContain('2606.28322');
    await digest.page.close();
  });

  it('a 2000-entry /pastweek?show=2000 listing is annotated completely', async () => {
    const body = buildPastweekPage(readFixture('arxivPastweek'), 2000);
    browser.serve({ url: PASTWEEK_2000_URL, body });
    const digest = await browser.openDigest(PASTWEEK_2000_URL, 2000);
    expect(new Set(await digest.ids()).size).toBe(2000);
    const summary = digest.page.locator('[data-margin-summary]');
    await expect.poll(() => summary.textContent()).toContain('2000');
    // Every entry's controls are drawn, those far below while the page is idle.
    await expect
      .poll(() =>
        digest.page.$$eval(
          '#dlpage dt',
          (dts) => dts.filter((dt) => dt.querySelector(':scope > [data-margin-ui]')).length,
        ),
      )
      .toBe(2000);
    // The browser skips rendering entries far from the viewport (Margin's manifest sheet, in place before the
    // page's first layout); scrolled to, the last entry renders and its star works.
    const entries = await digest.page.$$eval('#dlpage dl > dt, #dlpage dl > dd', (elements) => [
      ...new Set(elements.map((element) => getComputedStyle(element).contentVisibility)),
    ]);
    expect(entries).toEqual(['auto']);
    const last = (await digest.ids()).at(-1) as string;
    await digest.star(last).click();
    await expect.poll(() => digest.state(last)).toBe('saved');
    expect(await digest.star(last).isVisible()).toBe(true);
    await digest.page.close();
  });

  it('a page whose cards changed shape gets "0 papers found" in the popup, not silence', async () => {
    const fixture = realHfDay();
    const altered = {
      url: 'https://huggingface.co/papers/date/2026-07-01',
      body: fixture.body
        .replace(/<article\b/g, '<div data-was="article"')
        .replace(/<\/article>/g, '</div>')
        .replace(/data-target="DailyPapers"/g, 'data-target="PapersFeed"'),
    };
    browser.serve(altered);
    const digest = await browser.openDigest(altered.url);
    const popup = await browser.openPopupFor(digest.page);
    const warning = popup.locator('[data-margin-diagnostics="warning"]');
    await expect.poll(() => warning.textContent()).toContain("0 papers found — the site's layout may have changed");
    expect(await digest.page.locator('[data-margin-id]').count()).toBe(0);
    await popup.close();
    await digest.page.close();
  });
});
