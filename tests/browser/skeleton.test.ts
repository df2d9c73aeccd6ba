// The walking skeleton, end to end in real Chromium: star on real pages served at their real URLs, see it in
// the popup, export it; hostile titles stay text everywhere.
import { readFile } from 'node:fs/promises';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { hasShared, SKIP_MESSAGE } from '../shared-fixtures';
import { ExtensionBrowser } from './harness';
import { digestPages, withHostileTitle } from './pages';

const { hf, arxiv } = digestPages();
if (!hasShared) console.warn(`${SKIP_MESSAGE}; using the sample pages instead`);

describe('star, reload, popup, export (Chromium)', () => {
  let browser: ExtensionBrowser;
  beforeAll(async () => {
    browser = await ExtensionBrowser.launch();
    browser.serve(hf, arxiv);
  });
  afterAll(() => browser.close());

  it.each([
    ['Hugging Face', hf],
    ['arXiv', arxiv],
  ])('%s: every card gets a star and its id; a star is saved and survives a reload', async (_, fixture) => {
    const digest = await browser.openDigest(fixture.url, fixture.cards);
    const ids = await digest.ids();
    expect(new Set(ids).size).toBe(fixture.cards);
    expect(await digest.page.locator('button[data-margin-action="star"]').count()).toBe(fixture.cards);
    expect(await digest.state(fixture.someId)).toBe('new');

    await digest.star(fixture.someId).click();
    await expect.poll(() => digest.star(fixture.someId).getAttribute('aria-pressed')).toBe('true');
    await expect.poll(() => digest.state(fixture.someId)).toBe('saved');

    await digest.page.reload();
    await digest.waitForCards(fixture.cards);
    expect(await digest.star(fixture.someId).getAttribute('aria-pressed')).toBe('true');
    expect(await digest.state(fixture.someId)).toBe('saved');
    await digest.page.close();
  });

  it('the popup lists the starred papers, and its BibTeX export carries their eprints', async () => {
    const popup = await browser.openPopup();
    for (const fixture of [hf, arxiv]) {
      await expect.poll(() => popup.locator(`[data-margin-paper="${fixture.someId}"]`).count()).toBe(1);
    }
    const [download] = await Promise.all([
      popup.waitForEvent('download'),
      popup.locator('[data-margin-export="bibtex"]').first().click(),
    ]);
    const bibtex = await readFile((await download.path()) as string, 'utf8');
    for (const fixture of [hf, arxiv]) expect(bibtex).toMatch(new RegExp(`eprint\\s*=\\s*\\{${fixture.someId}\\}`));
    expect(download.suggestedFilename()).toMatch(/^margin-library-\d{4}-\d{2}-\d{2}\.bib$/);

    const [markdown] = await Promise.all([
      popup.waitForEvent('download'),
      popup.locator('[data-margin-export="markdown"]').first().click(),
    ]);
    expect(await readFile((await markdown.path()) as string, 'utf8')).toContain(
      `https://arxiv.org/abs/${arxiv.someId}`,
    );

    await popup.locator(`[data-margin-paper="${hf.someId}"] [data-margin-action="unstar"]`).click();
    await expect.poll(() => popup.locator(`[data-margin-paper="${hf.someId}"]`).count()).toBe(0);
    await popup.close();
  });
});

describe('hostile page text (Chromium)', () => {
  const payload = `<img src=x onerror="window.__marginPwned=1"><script>window.__marginPwned=2</script>`;
  let browser: ExtensionBrowser;
  beforeAll(async () => {
    browser = await ExtensionBrowser.launch();
  });
  afterAll(() => browser.close());

  it('a title with markup shows as text on the page and in the popup, and nothing runs', async () => {
    const original = await titleOf(hf.body, hf.someId);
    const hostile = withHostileTitle(hf, original, `Attention ${payload} is all`);
    browser.serve(hostile);
    const digest = await browser.openDigest(hostile.url, hostile.cards);
    const title = `Attention ${payload} is all`;
    await expect.poll(() => digest.card(hf.someId).locator('h3').textContent()).toContain(payload);
    await digest.star(hf.someId).click();
    await expect.poll(() => digest.state(hf.someId)).toBe('saved');
    expect(await digest.page.evaluate(() => (window as { __marginPwned?: number }).__marginPwned)).toBeUndefined();
    expect(await digest.card(hf.someId).locator('img[src="x"]').count()).toBe(0);

    const popup = await browser.openPopup();
    const link = popup.locator(`[data-margin-paper="${hf.someId}"] .paper-title`);
    await expect.poll(() => link.textContent()).toBe(title);
    expect(await popup.locator('img').count()).toBe(0);
    expect(await popup.evaluate(() => (window as { __marginPwned?: number }).__marginPwned)).toBeUndefined();
  });
});

/** The visible title of a card in a saved HF page, read from the page's own JSON. */
async function titleOf(body: string, id: string): Promise<string> {
  const props = /data-target="DailyPapers" data-props="([^"]*)"/.exec(body)?.[1] ?? '';
  const json = JSON.parse(
    props
      .replace(/&quot;/g, '"')
      .replace(/&lt;/g, '<')
      .replace(/&gt;/g, '>')
      .replace(/&#39;/g, "'")
      .replace(/&amp;/g, '&'),
  );
  const item = json.dailyPapers.find((p: { paper: { id: string } }) => p.paper.id === id);
  return item.title as string;
}
