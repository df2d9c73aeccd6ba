// The security suite, in real Chromium with the built extension: XSS payloads (OWASP filter-evasion kinds) in
// the titles, abstracts and authors of the real pages served at their real URLs, in tags and notes written
// through the popup and the library, and in imported backup and BibTeX files. Nothing may run (each payload
// would set a flag of its own), no markup may be built from payload text (DOM and shadow roots inspected),
// the text must show as text, exports must stay inert, and the extension must fetch nothing. Static checks
// of the built manifests and bundles: no unsafe-eval, no remote code, no eval, Zod jitless, least permissions.
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { parse as parseBibtex } from '@retorquere/bibtex-parser';
import { parse as parseCsv } from 'csv-parse/sync';
import type { Nodes } from 'mdast';
import { fromMarkdown } from 'mdast-util-from-markdown';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BACKUP_FORMAT, BACKUP_VERSION } from '@/lib/export/backup-schema';
import { DEFAULT_SETTINGS } from '@/lib/settings';
import {
  CSV_FORMULA_PAYLOADS,
  XSS_MARKER,
  XSS_PAYLOADS,
  XSS_TAG_PAYLOADS,
  type XssPayload,
  xssFlag,
} from '../fixtures/xss-payloads';
import { hasShared, SKIP_MESSAGE } from '../shared-fixtures';
import { type DigestPage, ExtensionBrowser } from './harness';
import { realArxivNew, realHfDay } from './pages';
import { CHROME_BUILD, FIREFOX_BUILD } from './paths';
import {
  type Finding,
  flagsSet,
  type HostilePage,
  type HostilePaper,
  hostileArxivNew,
  hostileHfDay,
  scanDom,
  shown,
} from './security-pages';

if (!hasShared) console.warn(`${SKIP_MESSAGE}: the hostile-page security tests need the real pages`);

const N = XSS_PAYLOADS.length;
/** Starred cards per site: together they carry every payload in every field (two per field per card). */
const STARRED_PER_SITE = Math.ceil(N / 4);
const HF_CARDS = 31;
const ARXIV_CARDS = 101;

/** Rotation index per card: the starred cards of both sites first, so they carry every payload. */
const hfOrder = (i: number) => (i < STARRED_PER_SITE ? i : 2 * STARRED_PER_SITE + (i - STARRED_PER_SITE));
const arxivOrder = (i: number) =>
  i < STARRED_PER_SITE
    ? STARRED_PER_SITE + i
    : 2 * STARRED_PER_SITE + (HF_CARDS - STARRED_PER_SITE) + (i - STARRED_PER_SITE);

/** The CSP and console reports of an extension page: a blocked inline script means markup got through. */
const REFUSALS = /Refused to (execute|load|frame|apply|evaluate|run)|Content Security Policy/i;

interface Extra {
  /** Notes written per paper id. */
  notes: Map<string, string>;
  /** Tags written per paper id. */
  tags: Map<string, string[]>;
}

/** Markdown notes: three payloads each, as separate blocks; 35 notes carry every payload. */
function noteFor(k: number): string {
  const [a, b, c] = [0, 1, 2].map((i) => (XSS_PAYLOADS[(3 * k + i) % N] as XssPayload).text);
  // As a textarea holds it: line breaks normalized to \n.
  return `Note ${k}: ${a}\n\n${b}\n\n${c}\n\n[safe link](https://arxiv.org/abs/1706.03762)`.replace(/\r\n?/g, '\n');
}

async function expectNothingRan(page: Page, label: string): Promise<void> {
  expect(await flagsSet(page), `payload flags set in ${label}`).toEqual([]);
}

async function expectNoMarkup(page: Page, label: string, strict: boolean): Promise<void> {
  const findings: Finding[] = await scanDom(page, strict);
  expect(findings, `markup built from payload text in ${label}`).toEqual([]);
}

async function textOf(page: Page, selector: string): Promise<string> {
  return shown((await page.locator(selector).first().textContent()) ?? '');
}

/** Every node of a Markdown tree. */
function* walk(node: Nodes): Generator<Nodes> {
  yield node;
  if ('children' in node) for (const child of node.children) yield* walk(child as Nodes);
}

const SAFE_URL = /^(https?:|mailto:)/i;

/** C0 control characters other than tab, line feed and carriage return, as `U+XXXX at <index>`. */
function controlCharacters(text: string): string[] {
  const found: string[] = [];
  for (let i = 0; i < text.length && found.length < 5; i++) {
    const code = text.charCodeAt(i);
    if ((code < 0x20 && code !== 9 && code !== 10 && code !== 13) || code === 0x7f) {
      found.push(
        `U+${code.toString(16).padStart(4, '0')} at ${i}: ${JSON.stringify(text.slice(Math.max(0, i - 40), i + 10))}`,
      );
    }
  }
  return found;
}
/** Raw HTML in Markdown that a renderer would make live. */
const LIVE_HTML =
  /<\/?(script|iframe|img|svg|math|object|embed|style|a|video|audio|details|body|input|form|link|meta|base|textarea|title)\b|\bon\w+\s*=/i;

describe.skipIf(!hasShared)('hostile pages, tags, notes, files and exports (Chromium)', () => {
  let browser: ExtensionBrowser;
  let hf: HostilePage;
  let arxiv: HostilePage;
  let starred: HostilePaper[] = [];
  const extra: Extra = { notes: new Map(), tags: new Map() };
  const refusals: string[] = [];

  const watch = (page: Page) => {
    page.on('console', (message) => {
      if (REFUSALS.test(message.text())) refusals.push(`${page.url()}: ${message.text()}`);
    });
    page.on('pageerror', (error) => {
      if (error.message.includes(XSS_MARKER)) refusals.push(`${page.url()}: ${error.message}`);
    });
    return page;
  };
  const openPopup = async () => watch(await browser.openPopup());
  const openLibrary = async () => watch(await browser.openLibrary());

  beforeAll(async () => {
    hf = hostileHfDay(realHfDay(), hfOrder);
    arxiv = hostileArxivNew(realArxivNew(), arxivOrder);
    starred = [...hf.papers.slice(0, STARRED_PER_SITE), ...arxiv.papers.slice(0, STARRED_PER_SITE)];
    browser = await ExtensionBrowser.launch();
    // Every CSP violation in any page, ours included (an injected inline handler is refused, and reported).
    await browser.context.addInitScript({
      content: `{
        const seen = [];
        Object.defineProperty(window, '__marginCspViolations', { value: seen });
        document.addEventListener('securitypolicyviolation', (event) => {
          seen.push(event.violatedDirective + ' ' + event.blockedURI + ' ' + event.sample);
        });
        // Every message the page's window receives, as the page's own listeners would see it.
        const heard = [];
        Object.defineProperty(window, '__marginMessagesHeard', { value: heard });
        window.addEventListener('message', (event) => {
          try { heard.push(JSON.stringify(event.data)); } catch { heard.push(String(event.data)); }
        });
      }`,
    });
    browser.serve(hf.fixture, arxiv.fixture);
  });
  afterAll(() => browser?.close());

  /** The CSP violations the page reported (the listener is installed in every page, extension pages included). */
  const cspViolations = async (page: Page) => {
    const seen = (await page.evaluate('window.__marginCspViolations ?? null')) as string[] | null;
    expect(seen, `CSP listener missing in ${page.url()}`).not.toBeNull();
    return seen;
  };

  /** Imports a file through the library's file input; the outcome it shows (status or alert) names the file. */
  async function importFile(library: Page, name: string, text: string) {
    if (!(await library.locator('input[type=file][data-margin-import]').count())) {
      await library.getByRole('button', { name: 'Import', exact: true }).click();
    }
    const mimeType = name.endsWith('.json') ? 'application/json' : 'application/x-bibtex';
    await library
      .locator('input[type=file][data-margin-import]')
      .setInputFiles({ name, mimeType, buffer: Buffer.from(text) });
    const outcome = library.locator('[role="status"], [role="alert"]').filter({ hasText: name }).first();
    await outcome.waitFor({ timeout: 20_000 });
    return { role: await outcome.getAttribute('role'), text: shown((await outcome.textContent()) ?? '') };
  }

  /** Opens a paper's detail through the page's address (`#paper=<id>`); its selector. */
  async function openDetail(library: Page, id: string): Promise<string> {
    await library.evaluate((paperId) => {
      location.hash = `paper=${encodeURIComponent(paperId)}`;
    }, id);
    const detail = `[data-margin-detail="${id}"]`;
    await library.locator(detail).waitFor();
    return detail;
  }

  /** One of the two hostile digest pages, once every card is marked. */
  const openHostile = (page: HostilePage) => browser.openDigest(page.fixture.url, page === hf ? HF_CARDS : ARXIV_CARDS);

  async function checkDigest(digest: DigestPage, page: HostilePage, label: string): Promise<void> {
    await expectNothingRan(digest.page, label);
    await expectNoMarkup(digest.page, label, false);
    expect(await cspViolations(digest.page)).toEqual([]);
    // Margin's own UI on every card: no markup from the titles it holds, the titles only in text attributes.
    for (const paper of page.papers.slice(0, 12)) {
      const card = digest.card(paper.id);
      const label = (await card.locator('button[data-margin-action="star"]').getAttribute('aria-label')) ?? '';
      expect(label).toMatch(/^(Save to|Remove from) library: /);
    }
  }

  it('payloads in titles, abstracts and authors stay text on both real pages; nothing runs; stars land', async () => {
    const hfPage = await browser.openDigest(hf.fixture.url, HF_CARDS);
    for (const paper of hf.papers) {
      const title = shown((await hfPage.card(paper.id).locator('h3').textContent()) ?? '');
      for (const p of paper.titlePayloads) expect(title).toContain(shown(p.text));
    }
    for (const paper of hf.papers.slice(0, STARRED_PER_SITE)) await hfPage.star(paper.id).click();

    const arxivPage = await browser.openDigest(arxiv.fixture.url, ARXIV_CARDS);
    for (const paper of arxiv.papers.slice(0, 30)) {
      const dd = arxivPage.page.locator(`dt:has(a[href="/abs/${paper.id}"]) + dd`);
      const title = shown((await dd.locator('.list-title').textContent()) ?? '');
      for (const p of paper.titlePayloads) expect(title).toContain(shown(p.text));
      const authors = shown((await dd.locator('.list-authors').textContent()) ?? '');
      for (const p of paper.authorPayloads) expect(authors).toContain(shown(p.text));
      const abstract = shown((await dd.locator('p.mathjax').textContent()) ?? '');
      for (const p of paper.abstractPayloads) expect(abstract).toContain(shown(p.text));
    }
    for (const paper of arxiv.papers.slice(0, STARRED_PER_SITE)) await arxivPage.star(paper.id).click();

    await expect.poll(() => browser.savedIds(), { timeout: 20_000 }).toEqual(starred.map((p) => p.id).sort());
    await checkDigest(hfPage, hf, 'the HF day page');
    await checkDigest(arxivPage, arxiv, 'the arXiv /new page');
    await hfPage.page.close();
    await arxivPage.page.close();
  });

  it('payload tags and notes written through the popup', async () => {
    const popup = await openPopup();
    await expect.poll(() => popup.locator('[data-margin-paper]').count()).toBeGreaterThan(10);
    const ids = await popup.$$eval('li[data-margin-paper]', (items) =>
      items.map((i) => i.getAttribute('data-margin-paper') ?? ''),
    );
    // The first ten listed papers: a payload tag each, and a payload note on five of them.
    for (const [k, id] of ids.slice(0, 10).entries()) {
      const tag = (XSS_TAG_PAYLOADS[k] as XssPayload).text;
      const item = popup.locator(`li[data-margin-paper="${id}"]`);
      await item.locator('input.add-tag').fill(tag);
      await item.locator('input.add-tag').press('Enter');
      await expect.poll(() => item.locator('.tag').count()).toBe(1);
      extra.tags.set(id, [tag]);
      if (k < 5) {
        const note = noteFor(k);
        await item.locator('button.note-toggle').click();
        await item.locator('textarea.note').fill(note);
        await item.locator('textarea.note').blur();
        await expect
          .poll(async () => shown((await item.locator('button.note-toggle').getAttribute('title')) ?? ''))
          .toBe(shown(note));
        extra.notes.set(id, note);
      }
    }
    await expectNothingRan(popup, 'the popup');
    await expectNoMarkup(popup, 'the popup', true);
    await popup.close();
  });

  it('payload tags and Markdown notes written through the library; the detail shows them inert', async () => {
    const library = await openLibrary();
    await expect.poll(() => library.locator('tr[data-margin-paper]').count()).toBe(starred.length);
    const untagged = starred.filter((p) => !extra.tags.has(p.id));
    // Every remaining tag payload on the papers not tagged yet (two or three each), through the detail's tag
    // input, and a note on each.
    const tagPayloads = XSS_TAG_PAYLOADS.slice(10);
    for (const [k, paper] of untagged.entries()) {
      const tags = tagPayloads.filter((_, i) => i % untagged.length === k).map((p) => p.text);
      const note = noteFor(k + 5);
      await library.locator(`tr[data-margin-paper="${paper.id}"] .title-link`).click();
      const detail = library.locator(`[data-margin-detail="${paper.id}"]`);
      await detail.waitFor();
      // One at a time: a tag added before the previous one is stored replaces it (TagList builds the new list
      // from the tags it was last rendered with).
      for (const [n, tag] of tags.entries()) {
        await detail.locator('input.add-tag').fill(tag);
        await detail.locator('input.add-tag').press('Enter');
        await expect.poll(() => detail.locator('.tag').count()).toBe(n + 1);
      }
      extra.tags.set(paper.id, tags);
      {
        await detail.getByRole('button', { name: 'Edit note' }).click();
        await detail.locator('textarea').fill(note);
        await detail.getByRole('button', { name: 'Save note' }).click();
        await detail.locator('.markdown').waitFor();
        extra.notes.set(paper.id, note);
        const hrefs = await detail
          .locator('.markdown a')
          .evaluateAll((links) => links.map((a) => a.getAttribute('href') ?? ''));
        expect(
          hrefs.filter((href) => !SAFE_URL.test(href)),
          `live non-web links in the note of ${paper.id}`,
        ).toEqual([]);
        expect(hrefs).toContain('https://arxiv.org/abs/1706.03762');
      }
    }
    // A payload tag in bulk, on a selection of five.
    const bulkTag = `bulk ${(XSS_PAYLOADS.find((p) => p.kind === 'svg onload') as XssPayload).text}`;
    for (const paper of starred.slice(0, 5)) {
      await library.locator(`tr[data-margin-paper="${paper.id}"] input[type=checkbox]`).check();
    }
    await library.getByLabel('Tag to add to the selection').fill(bulkTag);
    await library.locator('[data-margin-action="bulk-tag"]').click();
    await library.getByRole('button', { name: 'Clear selection' }).click();
    for (const paper of starred.slice(0, 5)) extra.tags.set(paper.id, [...(extra.tags.get(paper.id) ?? []), bulkTag]);
    await expect
      .poll(() =>
        library
          .locator('tr[data-margin-paper] .tag')
          .filter({ hasText: shown(bulkTag) })
          .count(),
      )
      .toBe(5);
    // A payload typed into search.
    await library.getByRole('searchbox').fill((XSS_PAYLOADS[0] as XssPayload).text);
    await library.getByRole('searchbox').fill('');
    await expectNothingRan(library, 'the library');
    await expectNoMarkup(library, 'the library', true);
    await library.close();
  });

  it('the popup shows every payload as text, builds no markup from it, and nothing runs', async () => {
    const popup = await openPopup();
    await expect.poll(() => popup.locator('li[data-margin-paper]').count()).toBeGreaterThan(0);
    while (await popup.locator('button.more').count()) {
      const before = await popup.locator('li[data-margin-paper]').count();
      await popup.locator('button.more').click();
      await expect.poll(() => popup.locator('li[data-margin-paper]').count()).toBeGreaterThan(before);
    }
    expect(await popup.locator('li[data-margin-paper]').count()).toBe(starred.length);
    for (const paper of starred) {
      const item = `li[data-margin-paper="${paper.id}"]`;
      const title = await textOf(popup, `${item} .paper-title`);
      for (const p of paper.titlePayloads) expect(title).toContain(shown(p.text));
      const meta = await textOf(popup, `${item} .paper-meta`);
      for (const p of paper.authorPayloads) expect(meta).toContain(shown(p.text));
      const tags = await popup.locator(`${item} .tag`).allTextContents();
      expect(tags.map((t) => shown(t.replace(/×$/, ''))).sort()).toEqual(
        (extra.tags.get(paper.id) ?? []).map((t) => shown(`#${t}`)).sort(),
      );
      expect(await popup.locator(`${item} .paper-title`).getAttribute('href')).toMatch(/^https:\/\//);
    }
    await expectNothingRan(popup, 'the popup');
    await expectNoMarkup(popup, 'the popup', true);
    expect(await cspViolations(popup)).toEqual([]);
    await popup.close();
  });

  it('the library list and every paper detail show the payloads as text; notes render as inert Markdown', async () => {
    const library = await openLibrary();
    await expect.poll(() => library.locator('tr[data-margin-paper]').count()).toBe(starred.length);
    for (const paper of starred) {
      const row = `tr[data-margin-paper="${paper.id}"]`;
      const title = await textOf(library, `${row} .title-link`);
      for (const p of paper.titlePayloads) expect(title).toContain(shown(p.text));
    }
    await expectNoMarkup(library, 'the library list', true);
    for (const paper of starred) {
      const detail = await openDetail(library, paper.id);
      const title = await textOf(library, `${detail} h2`);
      for (const p of paper.titlePayloads) expect(title).toContain(shown(p.text));
      const authors = await textOf(library, `${detail} .authors`);
      for (const p of paper.authorPayloads) expect(authors).toContain(shown(p.text));
      const abstract = await textOf(library, `${detail} .abstract`);
      for (const p of paper.abstractPayloads) expect(abstract).toContain(shown(p.text));
      const note = extra.notes.get(paper.id);
      if (note) {
        const markdown = library.locator(`${detail} .markdown`);
        await markdown.waitFor();
        const hrefs = await markdown
          .locator('a')
          .evaluateAll((links) => links.map((a) => a.getAttribute('href') ?? ''));
        expect(
          hrefs.filter((href) => !SAFE_URL.test(href)),
          `live non-web links in the note of ${paper.id}`,
        ).toEqual([]);
        expect(
          await markdown.locator('img, iframe, script, svg, math, object, embed, style, form, input').count(),
        ).toBe(0);
      }
      await expectNoMarkup(library, `the detail of ${paper.id}`, true);
    }
    await expectNothingRan(library, 'the library');
    expect(await cspViolations(library)).toEqual([]);
    await library.close();
  });

  it('reloaded digest pages show the payload tags as text on the cards; nothing runs', async () => {
    for (const page of [hf, arxiv]) {
      const digest = await openHostile(page);
      for (const paper of page.papers.slice(0, STARRED_PER_SITE)) {
        expect(await digest.state(paper.id)).toBe('saved');
        const badge = shown((await digest.card(paper.id).locator('[data-margin-badge="saved"]').textContent()) ?? '');
        for (const tag of extra.tags.get(paper.id) ?? []) expect(badge).toContain(shown(`#${tag}`));
      }
      await checkDigest(digest, page, page.fixture.url);
      await digest.page.close();
    }
  });

  it('exports of the hostile papers (popup, every format) stay inert', async () => {
    const popup = await openPopup();
    const formats = await popup
      .locator('[data-margin-export]')
      .evaluateAll((buttons) => [...new Set(buttons.map((b) => b.getAttribute('data-margin-export') ?? ''))]);
    expect(formats.sort()).toEqual(['bibtex', 'csl-json', 'csv', 'json', 'markdown', 'ris']);
    const files = new Map<string, string>();
    for (const format of formats) {
      const [download] = await Promise.all([
        popup.waitForEvent('download'),
        popup.locator(`[data-margin-export="${format}"]`).first().click(),
      ]);
      files.set(format, await readFile((await download.path()) as string, 'utf8'));
    }
    await expectNothingRan(popup, 'the popup after exports');
    await popup.close();

    // Markdown: read back by a CommonMark parser, no raw HTML holding a payload, no link that is not a web link.
    const markdown = files.get('markdown') ?? '';
    const tree = fromMarkdown(markdown);
    const problems: string[] = [];
    for (const node of walk(tree)) {
      if (node.type === 'html' && (LIVE_HTML.test(node.value) || node.value.includes(XSS_MARKER)))
        problems.push(`raw HTML: ${node.value.slice(0, 80)}`);
      if ((node.type === 'link' || node.type === 'image' || node.type === 'definition') && !SAFE_URL.test(node.url))
        problems.push(`${node.type} to ${node.url.slice(0, 80)}`);
    }
    expect(problems, 'live markup in the Markdown export').toEqual([]);
    expect(markdown).not.toMatch(/(^|[^\\])<script/i);
    expect(markdown).not.toMatch(/\]\(\s*<?\s*javascript:/i);
    for (const paper of starred) expect(markdown).toContain(paper.id);

    // CSV: read back by csv-parse; no cell may begin as a formula, and the formula payloads are guarded.
    const csv = files.get('csv') ?? '';
    const rows = parseCsv(csv, { bom: true, relax_quotes: false }) as string[][];
    expect(rows.length).toBe(starred.length + 1);
    const formulaCells = rows.flat().filter((cell) => /^[=+\-@\t\r]/.test(cell));
    expect(formulaCells, 'CSV cells that a spreadsheet runs as formulas').toEqual([]);
    const guarded = rows.flat().filter((cell) => /^'[=+\-@]/.test(cell));
    const formulaStarts = starred.flatMap((p) => [p.titlePayloads[0], p.abstractPayloads[0], p.authorPayloads[0]]);
    const expectedGuards = formulaStarts.filter((p) => p && CSV_FORMULA_PAYLOADS.includes(p));
    expect(guarded.length).toBeGreaterThanOrEqual(expectedGuards.length);

    // Text formats carry no control characters (a NUL from a page ends a BibTeX entry for some readers).
    for (const format of ['bibtex', 'ris', 'markdown', 'csv']) {
      expect.soft(controlCharacters(files.get(format) ?? ''), `control characters in the ${format} export`).toEqual([]);
    }

    // BibTeX: an independent parser finds exactly one entry per paper, with its eprint; no payload opened an
    // entry or a field of its own; LaTeX decoding reports no error.
    const bibText = files.get('bibtex') ?? '';
    const structure = parseBibtex(bibText, { raw: true });
    expect
      .soft(
        structure.errors.map((e) => e.error.slice(0, 120)),
        'BibTeX entries a reader cannot parse',
      )
      .toEqual([]);
    expect
      .soft(structure.entries.map((e) => e.fields.eprint).sort(), 'eprints of the BibTeX entries a reader finds')
      .toEqual(starred.map((p) => p.id).sort());
    const FIELDS = ['title', 'author', 'year', 'eprint', 'archiveprefix', 'primaryclass', 'eprinttype', 'doi', 'url'];
    for (const entry of structure.entries) {
      const extraFields = Object.keys(entry.fields).filter((f) => !FIELDS.includes(f.toLowerCase()));
      expect(
        extraFields.filter((f) => !['abstract', 'keywords', 'note', 'month', 'version', 'howpublished'].includes(f)),
      ).toEqual([]);
    }
    expect
      .soft(
        parseBibtex(bibText).errors.map((e) => e.error.slice(0, 120)),
        'BibTeX LaTeX errors',
      )
      .toEqual([]);

    // RIS: one record per paper; no payload started a line (tag) of its own.
    const ris = files.get('ris') ?? '';
    expect(ris.match(/^TY {2}- /gm)).toHaveLength(starred.length);
    expect(ris.match(/^ER {2}- ?$/gm)).toHaveLength(starred.length);
    expect(ris).not.toMatch(/^UR {2}- javascript:/im);

    // CSL-JSON and the backup: valid JSON, every paper, payload text kept exactly.
    const csl = JSON.parse(files.get('csl-json') ?? '') as { title?: string }[];
    expect(csl).toHaveLength(starred.length);
    const backup = JSON.parse(files.get('json') ?? '') as {
      format: string;
      version: unknown;
      settings: unknown;
      papers: { id: string; title: string; note: string; tags: string[] }[];
    };
    expect(backup.format).toBe('margin-backup');
    for (const [id, note] of extra.notes) expect(backup.papers.find((p) => p.id === id)?.note).toBe(note);
    for (const paper of starred) {
      const saved = backup.papers.find((p) => p.id === paper.id);
      for (const p of paper.titlePayloads) expect(shown(saved?.title ?? '')).toContain(shown(p.text));
    }
  });

  it('an imported backup with payloads in every field shows them as text; one with javascript: links is refused whole', async () => {
    const library = await openLibrary();
    const before = await browser.savedIds();
    const backupPapers = hostileBackupPapers(8);
    const imported = await importFile(library, 'margin-backup.json', JSON.stringify(backupFile(backupPapers)));
    expect(imported.role, imported.text).toBe('status');
    const afterBackup = [...before, ...backupPapers.map((p) => p.id)].sort();
    await expect.poll(() => browser.savedIds(), { timeout: 15_000 }).toEqual(afterBackup);
    await expectNoMarkup(library, 'the library after a backup import', true);

    for (const paper of backupPapers) {
      const detail = await openDetail(library, paper.id);
      expect(await textOf(library, `${detail} h2`)).toBe(shown(paper.title));
      expect(await textOf(library, `${detail} .authors`)).toBe(shown(paper.authors.join(', ')));
      expect(await textOf(library, `${detail} .abstract`)).toBe(shown(paper.abstract));
      const tags = await library.locator(`${detail} .tag`).allTextContents();
      expect(tags.map((t) => shown(t.replace(/×$/, ''))).sort()).toEqual(paper.tags.map((t) => shown(`#${t}`)).sort());
      await expectNoMarkup(library, `the detail of imported ${paper.id}`, true);
    }

    // Links and sightings with javascript: URLs: refused whole, the message shown as text, the library unchanged.
    const evil = hostileBackupPapers(2, 9000).map((paper) => ({
      ...paper,
      links: { abs: `javascript:${xssFlag(990)}`, hf: 'javascript:top.__xss991=1' },
      pageUrl: 'javascript:top.__xss992=1',
    }));
    const evilFile = backupFile(evil);
    evilFile.sightings = evilFile.sightings.map((s) => ({ ...s, pageUrl: 'javascript:top.__xss993=1' }));
    const refused = await importFile(library, 'evil-backup.json', JSON.stringify(evilFile));
    expect(refused.role, refused.text).toBe('alert');
    expect(await browser.savedIds()).toEqual(afterBackup);

    // The settings panel shows the imported payload-named topic rule as text.
    await library.getByRole('button', { name: 'Settings', exact: true }).click();
    await expectNoMarkup(library, 'the settings panel', true);
    await expectNothingRan(library, 'the library after imports');
    expect(await cspViolations(library)).toEqual([]);
    const popup = await openPopup();
    await expectNoMarkup(popup, 'the popup after imports', true);
    await expectNothingRan(popup, 'the popup after imports');
    await popup.close();
    await library.close();

    // The pages after the import: where the imported topic rule (merged into the settings) names a chip, its
    // name is text (and a data attribute); nothing runs.
    const topic = backupFile([]).settings.userTopics[0]?.name ?? '';
    for (const page of [hf, arxiv]) {
      const digest = await openHostile(page);
      const chips = await digest.page
        .locator('[data-margin-topic]')
        .evaluateAll(
          (els, name) =>
            els.filter((el) => el.getAttribute('data-margin-topic') === name).map((el) => el.textContent ?? ''),
          topic,
        );
      for (const chip of chips) expect(shown(chip)).toContain(shown(topic));
      await checkDigest(digest, page, `${page.fixture.url} with an imported topic`);
      await digest.page.close();
    }
  });

  it('an imported BibTeX file with payloads shows them as text; javascript: URLs in one never become links', async () => {
    const library = await openLibrary();
    const before = await browser.savedIds();
    const bib = hostileBibtex(8);
    const imported = await importFile(library, 'hostile.bib', bib.text);
    expect(imported.role, imported.text).toBe('status');
    await expect.poll(() => browser.savedIds(), { timeout: 15_000 }).toEqual([...before, ...bib.ids].sort());
    for (const [k, id] of bib.ids.entries()) {
      const detail = await openDetail(library, id);
      const title = await textOf(library, `${detail} h2`);
      expect(title).toContain(`BibTeX paper ${k}`);
      expect(title).toContain(`${XSS_MARKER}`);
      await expectNoMarkup(library, `the detail of BibTeX-imported ${id}`, true);
    }
    // Entries whose only links are javascript: URLs: imported without them, skipped, or refused — never live.
    const evil = [
      '@misc{evil1, title = {Evil one}, url = {javascript:top.__xss994=1}, eprint = {2601.09900}, archivePrefix = {arXiv}}',
      '@misc{evil2, title = {Evil two}, url = {javascript:top.__xss995=1}, doi = {10.1000/x"onmouseover="top.__xss996=1}}',
      '@article{evil3, title = {Evil three}, howpublished = {\\url{javascript:top.__xss997=1}}, note = {<img src=x onerror=top.__xss998=1>}}',
    ].join('\n\n');
    await importFile(library, 'evil.bib', evil);
    await library.evaluate(() => {
      location.hash = '';
    });
    for (const id of await browser.savedIds()) {
      if (before.includes(id)) continue;
      await openDetail(library, id);
      await expectNoMarkup(library, `the detail of ${id} after evil.bib`, true);
    }
    await expectNothingRan(library, 'the library after BibTeX imports');
    expect(await cspViolations(library)).toEqual([]);
    await library.close();
  });

  it('the extension fetches nothing: only the served pages and their own resources were requested', async () => {
    const served = [hf.fixture, arxiv.fixture];
    const own = new Set<string>(served.map((s) => s.url));
    const original = [realHfDay(), realArxivNew()];
    for (const page of original) {
      // HTML entities and JS-escaped slashes (`import("\/front\/…")` in an inline script) undone.
      const body = page.body
        .replace(/&amp;/g, '&')
        .replace(/&quot;/g, '"')
        .replace(/&#39;/g, "'")
        .replace(/\\\//g, '/');
      for (const m of body.matchAll(/["'(=]\s*((?:https?:)?\/\/?[^"'\s)<>\\]+)/g)) {
        try {
          own.add(new URL(m[1] as string, page.url).href.split('#')[0] as string);
        } catch {
          // Not a URL.
        }
      }
    }
    const requests = [...new Set(browser.requests)];
    expect(
      requests.filter((url) => !own.has(url)),
      'requests the served pages do not make by themselves',
    ).toEqual([]);
    expect(requests.filter((url) => url.includes(XSS_MARKER) || /\/x$/.test(url))).toEqual([]);
    // The extension's own pages and worker loaded nothing but their packaged files.
    const library = await openLibrary();
    const popup = await openPopup();
    const worker = await browser.backgroundWorker();
    const resources = [
      ...((await library.evaluate(`performance.getEntriesByType('resource').map((e) => e.name)`)) as string[]),
      ...((await popup.evaluate(`performance.getEntriesByType('resource').map((e) => e.name)`)) as string[]),
      ...((await worker.evaluate(`performance.getEntriesByType('resource').map((e) => e.name)`)) as string[]),
    ];
    expect(resources.filter((url) => !url.startsWith(`chrome-extension://${browser.extensionId}/`))).toEqual([]);
    expect(refusals, 'CSP refusals and payload errors in extension pages').toEqual([]);
    await library.close();
    await popup.close();
  });

  it('the pages hear nothing from Margin: no message reaches their window from the content script', async () => {
    for (const page of [hf, arxiv]) {
      // Opened, read, asked about and marked: every card's state is on the page.
      const digest = await openHostile(page);
      const heard = (await digest.page.evaluate('window.__marginMessagesHeard ?? null')) as string[] | null;
      expect(heard, `message listener missing in ${page.fixture.url}`).not.toBeNull();
      expect((heard ?? []).filter((data) => /wxt|margin|content-script/i.test(data))).toEqual([]);
      await digest.page.close();
    }
  });

  it('the probes work: payloads injected as markup on purpose are seen (flags set, markup found)', async () => {
    const digest = await browser.openDigest(hf.fixture.url, HF_CARDS);
    const html = XSS_PAYLOADS.map((p) => p.text).join('<hr>');
    await digest.page.evaluate((markup) => {
      const plain = document.createElement('div');
      plain.innerHTML = markup;
      document.body.append(plain);
      const host = document.createElement('div');
      host.attachShadow({ mode: 'open' }).innerHTML = markup;
      document.body.append(host);
    }, html);
    await expect
      .poll(() => flagsSet(digest.page))
      .toEqual(expect.arrayContaining([`${XSS_MARKER}6`, `${XSS_MARKER}7`]));
    const findings = await scanDom(digest.page, false);
    expect(findings.length).toBeGreaterThan(XSS_PAYLOADS.length);
    expect(findings.some((f) => f.where.includes('shadow'))).toBe(true);
    await digest.page.close();
  });
});

/** Papers for a backup file, with payloads in every text field a backup carries. */
function hostileBackupPapers(count: number, base = 7000) {
  const now = Date.UTC(2026, 8, 22, 12);
  return Array.from({ length: count }, (_, k) => {
    const p = (i: number) => (XSS_PAYLOADS[(7 * k + i) % N] as XssPayload).text;
    const tag = (i: number) => (XSS_TAG_PAYLOADS[(5 * k + i) % XSS_TAG_PAYLOADS.length] as XssPayload).text;
    const id = `2601.${String(base + k).padStart(5, '0')}`;
    return {
      id,
      version: 1,
      title: `${p(0)} Imported paper ${k} ${p(1)}`,
      authors: [p(2), 'Jane Doe'],
      abstract: `${p(3)} imported abstract ${p(4)}`,
      subjects: [{ code: 'cs.LG', name: p(5).slice(0, 200) }],
      published: '2026-01-15',
      site: 'arxiv' as const,
      pageUrl: 'https://arxiv.org/list/cs.LG/new',
      section: 'new' as const,
      links: { abs: `https://arxiv.org/abs/${id}`, pdf: `https://arxiv.org/pdf/${id}` },
      savedAt: now + k,
      tags: [tag(0), tag(1)],
      note: `${p(6)}\n\n[x](javascript:${xssFlag(900 + k)})`,
      status: 'queue' as const,
      dismissed: false,
      topics: [],
      updatedAt: now + k,
    };
  });
}

interface BackupPaper {
  id: string;
  pageUrl: string;
  site: string;
  section: string;
  savedAt: number;
}

/** A backup file as `lib/export/backup-schema.ts` documents it, with a payload-named topic rule in its settings. */
function backupFile(papers: BackupPaper[]) {
  const topic = XSS_TAG_PAYLOADS.find((p) => p.text.length <= 60) as XssPayload;
  return {
    format: BACKUP_FORMAT,
    version: BACKUP_VERSION,
    exportedAt: Date.UTC(2026, 8, 22, 13),
    papers,
    sightings: papers.map((paper) => ({
      key: `${paper.id}|${paper.pageUrl}|2026-09-22`,
      paperId: paper.id,
      pageUrl: paper.pageUrl,
      site: paper.site,
      kind: 'new',
      section: paper.section,
      day: '2026-09-22',
      seenAt: paper.savedAt,
    })),
    settings: {
      ...DEFAULT_SETTINGS,
      userTopics: [{ name: topic.text, keywords: ['imported', 'model', 'learning', 'materials', topic.text] }],
    },
  };
}

/** A BibTeX file of arXiv entries (recognized by eprint) with brace-free payloads in their fields. */
function hostileBibtex(count: number): { text: string; ids: string[] } {
  const usable = XSS_PAYLOADS.filter(
    (p) => !/[{}\\%]/.test(p.text) && !/[\r\n]/.test(p.text) && !p.text.includes('\u0000'),
  );
  const ids: string[] = [];
  const entries = Array.from({ length: count }, (_, k) => {
    const p = (i: number) => (usable[(4 * k + i) % usable.length] as XssPayload).text;
    const id = `2601.${String(8000 + k).padStart(5, '0')}`;
    ids.push(id);
    return `@misc{hostile${k},
  title = {${p(0)} BibTeX paper ${k}},
  author = {${p(1)} and Doe, Jane},
  abstract = {${p(2)}},
  keywords = {${p(3)}},
  year = {2026},
  eprint = {${id}},
  archivePrefix = {arXiv},
  primaryClass = {cs.LG},
  url = {https://arxiv.org/abs/${id}}
}`;
  });
  return { text: `${entries.join('\n\n')}\n`, ids };
}

describe('built extension: CSP, remote code, eval, permissions (static)', () => {
  const builds = [CHROME_BUILD, FIREFOX_BUILD].filter((dir) => existsSync(join(dir, 'manifest.json')));
  const jsFiles = (dir: string): string[] =>
    readdirSync(dir).flatMap((name) => {
      const path = join(dir, name);
      if (statSync(path).isDirectory()) return jsFiles(path);
      return /\.(m?js|html)$/.test(name) ? [path] : [];
    });
  const DIGEST_HOSTS = ['arxiv.org', 'huggingface.co'];

  it('both builds exist', () => {
    expect(builds).toHaveLength(2);
  });

  it.each(builds)('%s: no unsafe-eval, no remote script source, least permissions, digest hosts only', (dir) => {
    const manifest = JSON.parse(readFileSync(join(dir, 'manifest.json'), 'utf8')) as Record<string, unknown>;
    const csp = manifest.content_security_policy;
    const policies =
      typeof csp === 'string' ? [csp] : csp && typeof csp === 'object' ? Object.values(csp as object) : [];
    for (const policy of policies.map(String)) {
      expect(policy).not.toMatch(/unsafe-eval|unsafe-inline|wasm-unsafe-eval/);
      const scriptSrc = /script-src([^;]*)/.exec(policy)?.[1] ?? '';
      expect(scriptSrc).not.toMatch(/https?:|\*|data:|blob:/);
    }
    const permissions = (manifest.permissions as string[] | undefined) ?? [];
    const usesDownloads = jsFiles(dir).some((file) => readFileSync(file, 'utf8').includes('downloads.download'));
    const allowed = ['storage', 'unlimitedStorage', ...(usesDownloads ? ['downloads'] : [])];
    const apiPermissions = permissions.filter((p) => !p.includes('://') && p !== '<all_urls>');
    expect(apiPermissions.filter((p) => !allowed.includes(p))).toEqual([]);
    expect(apiPermissions).toContain('storage');
    const hostPatterns = [
      ...permissions.filter((p) => p.includes('://') || p === '<all_urls>'),
      ...((manifest.host_permissions as string[] | undefined) ?? []),
      ...((manifest.optional_host_permissions as string[] | undefined) ?? []),
      ...((manifest.content_scripts as { matches: string[] }[] | undefined) ?? []).flatMap((c) => c.matches),
    ];
    expect(hostPatterns.length).toBeGreaterThan(0);
    for (const pattern of hostPatterns) {
      const host = /^https:\/\/([^/]+)\//.exec(pattern)?.[1];
      expect(DIGEST_HOSTS, `host pattern ${pattern}`).toContain(host);
    }
    expect(manifest.optional_permissions ?? []).toEqual([]);
    expect(manifest.externally_connectable).toBeUndefined();
  });

  it.each(builds)('%s: no eval, no Function constructor, no remote script anywhere in the built code', (dir) => {
    const found: string[] = [];
    for (const file of jsFiles(dir)) {
      const code = readFileSync(file, 'utf8');
      const rel = file.slice(dir.length + 1);
      if (/new\s+Function\s*\(/.test(code)) found.push(`${rel}: new Function(`);
      if (/(^|[^\w$.])eval\s*\(/.test(code)) found.push(`${rel}: eval(`);
      // The Function constructor under another name (`const F = Function; new F(...)`, as Zod's JIT does).
      if (/[=,(:]\s*Function\s*[;,)]/.test(code)) found.push(`${rel}: Function constructor alias`);
      if (/set(Timeout|Interval)\s*\(\s*["'`]/.test(code)) found.push(`${rel}: string timer`);
      if (/<script[^>]+src=["']?(https?:)?\/\//i.test(code)) found.push(`${rel}: remote <script src>`);
      if (/import\s*\(\s*["'`]https?:/.test(code)) found.push(`${rel}: remote import()`);
      if (/importScripts\s*\(/.test(code)) found.push(`${rel}: importScripts`);
    }
    expect(found).toEqual([]);
  });

  it.each(builds)('%s: every bundle that holds Zod configures it jitless', (dir) => {
    // Zod's issue code: present wherever its core is bundled.
    // Zod's core names its schema classes (`$ZodType`, `$ZodObject`): present wherever the core is bundled.
    const zodBundles = jsFiles(dir).filter((file) => readFileSync(file, 'utf8').includes('$ZodType'));
    expect(zodBundles.length).toBeGreaterThan(0);
    for (const file of zodBundles) {
      expect(readFileSync(file, 'utf8'), file).toMatch(/jitless\s*:\s*(!0|true)/);
    }
  });

  it('lib/zod.ts switches Zod to jitless before any schema is built', async () => {
    const { z } = await import('@/lib/zod');
    expect(z.config().jitless).toBe(true);
  });
});
