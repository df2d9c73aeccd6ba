// The full-page library in real Chromium: star on a served page, open the library, search and filter, tag in
// bulk, write a note, export every format (downloads captured and read back), delete with undo, and import
// the backup into a fresh profile.
import { readFile } from 'node:fs/promises';
import type { Download, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { hasShared, SKIP_MESSAGE } from '../shared-fixtures';
import { ExtensionBrowser } from './harness';
import { digestPages } from './pages';

const { arxiv } = digestPages();
if (!hasShared) console.warn(`${SKIP_MESSAGE}; using the sample pages instead`);

const STARS = 6;

async function downloaded(page: Page, format: string): Promise<{ download: Download; text: string }> {
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.locator(`.export-section [data-margin-export="${format}"]`).click(),
  ]);
  return { download, text: await readFile((await download.path()) as string, 'utf8') };
}

describe('library page (Chromium)', () => {
  let browser: ExtensionBrowser;
  let starred: string[] = [];
  let backup = '';
  let library: Page;

  beforeAll(async () => {
    browser = await ExtensionBrowser.launch();
    browser.serve(arxiv);
    const digest = await browser.openDigest(arxiv.url, arxiv.cards);
    starred = (await digest.ids()).slice(0, STARS);
    for (const id of starred) await digest.star(id).click();
    await digest.page.waitForFunction(
      (n) => document.querySelectorAll('[data-margin-state="saved"]').length === n,
      STARS,
    );
    await digest.page.close();
    library = await browser.openLibrary();
  });
  afterAll(() => browser?.close());

  it('lists the starred papers and narrows them by search', async () => {
    await expect.poll(() => library.locator('tr[data-margin-paper]').count()).toBe(STARS);
    const title = (await library.locator(`tr[data-margin-paper="${starred[2]}"] .title-link`).textContent()) ?? '';
    const words = title.split(/\s+/).filter((w) => w.length > 6);
    await library.getByRole('searchbox').fill(words.slice(0, 2).join(' '));
    await expect.poll(() => library.locator(`tr[data-margin-paper="${starred[2]}"]`).count()).toBe(1);
    expect(await library.locator('tr[data-margin-paper]').count()).toBeLessThan(STARS);
    await library.getByRole('searchbox').fill('');
    await expect.poll(() => library.locator('tr[data-margin-paper]').count()).toBe(STARS);
  });

  it('tags a selection in bulk, then filters by that tag', async () => {
    for (const id of starred.slice(0, 3))
      await library.locator(`tr[data-margin-paper="${id}"] input[type=checkbox]`).check();
    await library.getByLabel('Tag to add to the selection').fill('to-read');
    await library.locator('[data-margin-action="bulk-tag"]').click();
    await library.getByRole('button', { name: 'Clear selection' }).click();
    await library.getByLabel('Tag', { exact: true }).selectOption('to-read');
    await expect.poll(() => library.locator('tr[data-margin-paper]').count()).toBe(3);
    await library.getByLabel('Tag', { exact: true }).selectOption('');
    await expect.poll(() => library.locator('tr[data-margin-paper]').count()).toBe(STARS);
  });

  it('opens a paper, writes a Markdown note and shows where it was seen', async () => {
    const id = starred[0] as string;
    await library.locator(`tr[data-margin-paper="${id}"] .title-link`).click();
    const detail = library.locator(`[data-margin-detail="${id}"]`);
    await detail.waitFor();
    await detail.getByRole('button', { name: 'Edit note' }).click();
    await detail.locator('textarea').fill('**Key idea**: read section 3');
    await detail.getByRole('button', { name: 'Save note' }).click();
    await expect.poll(() => detail.locator('strong').first().textContent()).toBe('Key idea');
    await expect.poll(() => detail.locator('.sightings li').count()).toBeGreaterThan(0);
    expect(await detail.locator('.sightings a').first().getAttribute('href')).toBe(arxiv.url);
  });

  it('exports every format as a file that says what it should', async () => {
    const bib = await downloaded(library, 'bibtex');
    expect(bib.download.suggestedFilename()).toMatch(/\.bib$/);
    for (const id of starred) expect(bib.text).toMatch(new RegExp(`eprint\\s*=\\s*\\{${id}\\}`));

    const ris = await downloaded(library, 'ris');
    expect(ris.text.match(/^TY {2}- /gm)).toHaveLength(STARS);
    expect(ris.text.match(/^ER {2}- ?$/gm)).toHaveLength(STARS);

    const csl = await downloaded(library, 'csl-json');
    const items = JSON.parse(csl.text) as { type: string; number: string }[];
    expect(items).toHaveLength(STARS);
    expect(items.every((item) => item.type === 'article')).toBe(true);

    const md = await downloaded(library, 'markdown');
    for (const id of starred) expect(md.text).toContain(`https://arxiv.org/abs/${id}`);

    const csv = await downloaded(library, 'csv');
    expect(csv.text.charCodeAt(0)).toBe(0xfeff);
    expect(csv.text.trim().split(/\r?\n(?=(?:[^"]*"[^"]*")*[^"]*$)/)).toHaveLength(STARS + 1);

    const json = await downloaded(library, 'json');
    const parsed = JSON.parse(json.text) as { format: string; papers: { id: string; tags: string[] }[] };
    expect(parsed.format).toBe('margin-backup');
    expect(parsed.papers.filter((p) => p.tags.includes('to-read'))).toHaveLength(3);
    backup = json.text;
  });

  it('deletes with undo', async () => {
    const id = starred[5] as string;
    await library.locator(`tr[data-margin-paper="${id}"] input[type=checkbox]`).check();
    await library.locator('[data-margin-action="bulk-delete"]').click();
    await expect.poll(() => library.locator(`tr[data-margin-paper="${id}"]`).count()).toBe(0);
    await library.locator('[data-margin-action="undo"]').click();
    await expect.poll(() => library.locator(`tr[data-margin-paper="${id}"]`).count()).toBe(1);
  });

  it('the backup imports into a fresh profile and gives the same library', async () => {
    expect(backup).not.toBe('');
    const fresh = await ExtensionBrowser.launch();
    try {
      const page = await fresh.openLibrary();
      await page.getByRole('button', { name: 'Import' }).click();
      await page.locator('input[type=file][data-margin-import]').setInputFiles({
        name: 'margin-backup.json',
        mimeType: 'application/json',
        buffer: Buffer.from(backup),
      });
      await expect.poll(() => fresh.savedIds(), { timeout: 15_000 }).toEqual([...starred].sort());
      await expect.poll(() => page.locator('tr[data-margin-paper]').count()).toBe(STARS);
      await page.getByLabel('Tag', { exact: true }).selectOption('to-read');
      await expect.poll(() => page.locator('tr[data-margin-paper]').count()).toBe(3);
    } finally {
      await fresh.close();
    }
  });

  it('an invalid file is refused with a message naming the problem, and the library is unchanged', async () => {
    await library.getByRole('button', { name: 'Import' }).click();
    await library.locator('input[type=file][data-margin-import]').setInputFiles({
      name: 'broken.json',
      mimeType: 'application/json',
      buffer: Buffer.from(backup.slice(0, Math.floor(backup.length / 2))),
    });
    await expect.poll(() => library.getByRole('alert').first().textContent()).toMatch(/JSON|backup|invalid/i);
    expect(await browser.savedIds()).toEqual([...starred].sort());
  });
});
