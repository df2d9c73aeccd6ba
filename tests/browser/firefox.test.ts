// Firefox parity: the real-browser content-script tests (detect, star, persist, seen states, styles, a browser
// restart) in firefox-esr, driving the Firefox build (.output/firefox-mv2) on the real saved pages served at
// their real URLs with no network.
//
// - The popup and the library are NOT tested in Firefox: `moz-extension://` pages cannot be opened by
//   automation (TOOLCHAIN.md). They are covered in Chromium (skeleton, library and library-page tests).
// - Without firefox-esr (or FIREFOX_PATH) every Firefox test is skipped with a message; without ../shared the
//   small sample pages stand in for the real ones, as in the Chromium tests.
// - Restart: the build is installed as a temporary add-on, which Firefox uninstalls at shutdown; the harness
//   sets `extensions.webextensions.keepUuidOnUninstall` / `keepStorageOnUninstall` so that the add-on, installed
//   again into the same profile, has the same origin and IndexedDB — as a normal install has after a restart.
//   (firefox-esr 153 kept them even without the prefs; they make the test independent of that.) Puppeteer
//   reuses the profile fine, so the restart case runs: nothing is skipped.
// - Hugging Face's saved pages come without their stylesheet. Unstyled, Firefox lays out the page's empty
//   avatar `<li style="content-visibility:auto">` items about 17.9 million px tall once they scroll into view,
//   so the page jumps under the pointer and mouse clicks land on other cards. The few utility rules that size
//   those avatars are served where the real page loads its stylesheet (HF_AVATAR_CSS). No Margin-related rule
//   is in it: the card anchor (`article { position: relative }`) must come from Margin's own page sheet.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { hasShared, SKIP_MESSAGE } from '../shared-fixtures';
import { type FirefoxDigestPage, FirefoxExtensionBrowser, type ServedPattern } from './firefox-harness';
import {
  type DigestFixture,
  digestPages,
  realArxivAbs,
  realArxivNew,
  realArxivPastweek,
  realHfDay,
  realHfHydrated,
  SAMPLE_ARXIV,
  SAMPLE_HF,
} from './pages';
import { firefoxPath } from './paths';

const hasFirefox = !!firefoxPath();
if (!hasFirefox) {
  console.warn('firefox-esr not found (apt-get install -y firefox-esr, or set FIREFOX_PATH): Firefox tests skipped');
}
if (!hasShared) console.warn(`${SKIP_MESSAGE}; the Firefox tests use the sample pages instead`);

const { hf, arxiv } = digestPages();

const HF_AVATAR_CSS: ServedPattern = {
  pattern: /^https:\/\/huggingface\.co\/front\/build\/[^/]+\/style\.css$/,
  contentType: 'text/css',
  body: '.h-4{height:1rem}.w-4{width:1rem}.flex-none{flex:none}.block{display:block}.rounded-full{border-radius:9999px}',
};

/** The same page served at another URL (another day's HF page): its papers were seen on `page` first. */
const elsewhere = (page: DigestFixture, url: string): DigestFixture => ({ ...page, url });
const OTHER_HF_DAY = 'https://huggingface.co/papers/date/2026-07-03';

const ID_PATTERN = /^(\d{4}\.\d{4,5}|[a-z-]+(\.[A-Z]{2})?\/\d{7}|title:[0-9a-z]+)$/;

/** Today in the browser's own time zone, as `data-margin-first-seen` writes it. */
const browserToday = (digest: FirefoxDigestPage) =>
  digest.page.evaluate(() => {
    const d = new Date();
    const two = (n: number) => String(n).padStart(2, '0');
    return `${d.getFullYear()}-${two(d.getMonth() + 1)}-${two(d.getDate())}`;
  });

async function launch(profileDir?: string): Promise<FirefoxExtensionBrowser> {
  const browser = await FirefoxExtensionBrowser.launch({ profileDir });
  browser.servePattern(HF_AVATAR_CSS);
  return browser;
}

describe.skipIf(!hasFirefox)('detect and styles on the real pages (Firefox)', () => {
  let firefox: FirefoxExtensionBrowser;
  beforeAll(async () => {
    firefox = await launch();
  });
  afterAll(() => firefox?.close());

  const pages: [string, () => DigestFixture][] = hasShared
    ? [
        ['HF day page as served', realHfDay],
        ['HF day page as hydrated', realHfHydrated],
        ['arXiv /pastweek', realArxivPastweek],
        ['arXiv /new (three sections)', realArxivNew],
        ['arXiv /abs', realArxivAbs],
      ]
    : [
        ['HF sample page', () => SAMPLE_HF],
        ['arXiv sample page', () => SAMPLE_ARXIV],
      ];

  it.each(pages)('%s: every card has its id, state and a star in an open shadow root', async (_, load) => {
    const fixture = load();
    firefox.serve(fixture);
    const digest = await firefox.openDigest(fixture.url, fixture.cards);
    const cards = await digest.cards();
    expect(cards).toHaveLength(fixture.cards);
    expect(new Set(cards.map((c) => c.id)).size).toBe(fixture.cards);
    expect(cards.map((c) => c.id)).toContain(fixture.someId);
    for (const card of cards) {
      expect(card.id).toMatch(ID_PATTERN);
      // The /abs paper is also on /new, opened just before: "seen" there. Nothing is starred in this browser.
      expect(card.state).toMatch(/^(new|seen)$/);
      expect(card.pressed).toBe('false');
    }
    // One UI host per card, each with exactly one star, reached through the open shadow root.
    const stars = await digest.page.$$eval('[data-margin-ui="card"]', (hosts) =>
      hosts.map((h) => h.shadowRoot?.querySelectorAll('button[data-margin-action="star"]').length ?? -1),
    );
    expect(stars).toEqual(Array.from({ length: fixture.cards }, () => 1));
    await digest.close();
  });

  it.each([
    ['Hugging Face', hf],
    ['arXiv', arxiv],
  ])(
    'styles, %s: the card UI and the page sheet are styled (adopted sheet or <style> fallback)',
    async (_, fixture) => {
      firefox.serve(fixture);
      const digest = await firefox.openDigest(fixture.url, fixture.cards);
      const style = await digest.page.evaluate((id: string) => {
        const card = document.querySelector(`[data-margin-id="${id}"]`);
        const host = card?.querySelector('[data-margin-ui]');
        const root = host?.shadowRoot;
        const star = root?.querySelector('button[data-margin-action="star"]');
        if (!card || !host || !root || !star) return null;
        const plain = document.createElement('button');
        document.body.append(plain);
        const plainRadius = getComputedStyle(plain).borderTopLeftRadius;
        plain.remove();
        const s = getComputedStyle(star);
        return {
          radius: s.borderTopLeftRadius,
          height: s.height,
          plainRadius,
          adopted: root.adoptedStyleSheets.length,
          styleElements: root.querySelectorAll('style[data-margin-style]').length,
          pageAdopted: document.adoptedStyleSheets.length,
          pageStyleElements: document.querySelectorAll('style[data-margin-page-style]').length,
          accent: getComputedStyle(host).getPropertyValue('--margin-accent').trim(),
          cardPosition: getComputedStyle(card).position,
          tag: card.tagName,
        };
      }, fixture.someId);
      expect(style).not.toBeNull();
      if (!style) return;
      // card-css.ts: `button { border-radius: 999px; height: 20px }` (18px inline, to fit arXiv's line) — not
      // the browser's default button.
      expect(style.radius).toBe('999px');
      expect(style.plainRadius).not.toBe('999px');
      expect(style.height).toBe(style.tag === 'ARTICLE' ? '20px' : '18px');
      // The sheet reached the shadow root one way or the other (lib/page/styles.ts).
      expect(style.adopted + style.styleElements).toBeGreaterThan(0);
      // The page-level sheet: theme variables (on Margin's own elements), and HF's article anchors the overlay UI.
      expect(style.pageAdopted + style.pageStyleElements).toBeGreaterThan(0);
      expect(style.accent).toMatch(/^#[0-9a-f]{6}$/i);
      if (style.tag === 'ARTICLE') expect(style.cardPosition).toBe('relative');
      await digest.close();
    },
  );
});

describe.skipIf(!hasFirefox)('star and persist (Firefox)', () => {
  let firefox: FirefoxExtensionBrowser;
  beforeAll(async () => {
    firefox = await launch();
    firefox.serve(hf, arxiv);
  });
  afterAll(() => firefox?.close());

  it.each([
    ['Hugging Face', hf],
    ['arXiv', arxiv],
  ])('%s: a mouse click stars, the star survives a reload, and unstarring lasts too', async (_, fixture) => {
    const digest = await firefox.openDigest(fixture.url, fixture.cards);
    expect(await digest.card(fixture.someId)).toMatchObject({ state: 'new', pressed: 'false' });

    await digest.clickStar(fixture.someId, true);
    await digest.waitForCard(fixture.someId, (c) => c.state === 'saved', 'data-margin-state="saved"');

    await digest.reload(fixture.cards);
    expect(await digest.card(fixture.someId)).toMatchObject({ state: 'saved', pressed: 'true' });
    // Only the starred paper is saved.
    expect((await digest.cards()).filter((c) => c.state === 'saved').map((c) => c.id)).toEqual([fixture.someId]);

    await digest.clickStar(fixture.someId, false);
    await digest.waitForCard(fixture.someId, (c) => c.state === 'new', 'data-margin-state="new"');
    await digest.reload(fixture.cards);
    expect(await digest.card(fixture.someId)).toMatchObject({ state: 'new', pressed: 'false' });
    await digest.close();
  });
});

describe.skipIf(!hasFirefox)('seen before (Firefox)', () => {
  let firefox: FirefoxExtensionBrowser;
  beforeAll(async () => {
    firefox = await launch();
  });
  afterAll(() => firefox?.close());

  it('HF: reloading today keeps "new"; the same papers on another day\u2019s page are "seen", with the date', async () => {
    const other = elsewhere(hf, OTHER_HF_DAY);
    firefox.serve(hf, other);
    const first = await firefox.openDigest(hf.url, hf.cards);
    for (const card of await first.cards()) expect(card).toMatchObject({ state: 'new', firstSeen: null });

    await first.reload(hf.cards);
    for (const card of await first.cards()) expect(card).toMatchObject({ state: 'new', firstSeen: null });

    const second = await firefox.openDigest(other.url, other.cards);
    const today = await browserToday(second);
    const cards = await second.cards();
    expect(cards).toHaveLength(hf.cards);
    for (const card of cards) expect(card).toMatchObject({ state: 'seen', firstSeen: today, pressed: 'false' });
    await first.close();
    await second.close();
  });

  it.skipIf(!hasShared)(
    'arXiv: the /new paper is "seen" on its /abs page; the other /new papers stay "new"',
    async () => {
      const list = realArxivNew();
      const abs = realArxivAbs();
      firefox.serve(list, abs);
      const listing = await firefox.openDigest(list.url, list.cards);
      for (const card of await listing.cards()) expect(card).toMatchObject({ state: 'new', firstSeen: null });

      const single = await firefox.openDigest(abs.url, abs.cards);
      const today = await browserToday(single);
      expect(await single.card(abs.someId)).toMatchObject({ state: 'seen', firstSeen: today });

      // Back on the listing: only the paper also shown on the /abs page is seen (README: "shown earlier on a
      // different page"); reloading the listing itself turns nothing else into "seen".
      await listing.reload(list.cards);
      const after = await listing.cards();
      expect(after.filter((c) => c.state !== 'new').map((c) => c.id)).toEqual([abs.someId]);
      expect(after.find((c) => c.id === abs.someId)).toMatchObject({ state: 'seen', firstSeen: today });
      expect(after.filter((c) => c.state === 'new' && c.firstSeen === null)).toHaveLength(list.cards - 1);
      await listing.close();
      await single.close();
    },
  );
});

describe.skipIf(!hasFirefox)('browser restart (Firefox)', () => {
  let profileDir: string;
  let firefox: FirefoxExtensionBrowser | undefined;
  beforeAll(() => {
    profileDir = mkdtempSync(join(tmpdir(), 'margin-firefox-restart-'));
  });
  afterAll(async () => {
    await firefox?.close();
    rmSync(profileDir, { recursive: true, force: true });
  });

  it('a star made before Firefox closes is there after it starts again with the same profile', async () => {
    firefox = await launch(profileDir);
    firefox.serve(hf);
    const before = await firefox.openDigest(hf.url, hf.cards);
    await before.clickStar(hf.someId, true);
    // The reload reads the library back: the write has landed before Firefox closes.
    await before.reload(hf.cards);
    expect(await before.card(hf.someId)).toMatchObject({ state: 'saved', pressed: 'true' });
    await firefox.close();
    firefox = undefined;

    firefox = await launch(profileDir);
    firefox.serve(hf);
    const after = await firefox.openDigest(hf.url, hf.cards);
    expect(await after.card(hf.someId)).toMatchObject({ state: 'saved', pressed: 'true' });
    expect((await after.cards()).filter((c) => c.state === 'saved')).toHaveLength(1);
    await after.close();
  });
});
