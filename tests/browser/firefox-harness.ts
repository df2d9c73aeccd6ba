// Launches firefox-esr headless through Puppeteer (WebDriver BiDi) with the Firefox build installed as a
// temporary add-on, serves saved pages at their real URLs (every other http(s) request is aborted: no
// network), and gives page objects for digest pages. Margin's UI lives in open shadow roots; the `>>>`
// selector pierces them.
//
// `moz-extension://` pages (popup, library) cannot be opened by automation (TOOLCHAIN.md), so this harness
// has no popup or library objects: those are tested in Chromium only.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import puppeteer, { type Browser, type ElementHandle, type HTTPRequest, type Page } from 'puppeteer-core';
import type { Served } from './harness';
import { FIREFOX_BUILD, firefoxPath } from './paths';

export interface FirefoxLaunchOptions {
  /**
   * Reuse a Firefox profile (browser restart tests); a fresh temporary one otherwise. The caller owns the
   * folder and removes it.
   */
  profileDir?: string;
  viewport?: { width: number; height: number };
}

/** A response for every URL that matches `pattern` (e.g. a site's stylesheet, whose path changes per build). */
export interface ServedPattern {
  pattern: RegExp;
  body: string;
  contentType: string;
}

/**
 * A temporary add-on is uninstalled when Firefox shuts down; on the next launch it is installed again and,
 * by default, would get a new internal UUID — a new origin, so an empty IndexedDB. These prefs keep the
 * UUID and the storage across that uninstall, as a normal (signed, permanent) install keeps them across a
 * restart.
 */
const KEEP_ADDON_DATA = {
  'extensions.webextensions.keepUuidOnUninstall': true,
  'extensions.webextensions.keepStorageOnUninstall': true,
};

const withoutHash = (url: string) => url.split('#')[0] ?? url;

export class FirefoxExtensionBrowser {
  /** Every http(s) request any page made, served or not. */
  readonly requests: string[] = [];
  private readonly pages = new Map<string, Served>();
  private readonly patterns: ServedPattern[] = [];

  private constructor(
    readonly browser: Browser,
    readonly addonId: string,
    readonly profileDir: string,
    private readonly ownsProfile: boolean,
  ) {}

  static async launch(options: FirefoxLaunchOptions = {}): Promise<FirefoxExtensionBrowser> {
    const executablePath = firefoxPath();
    if (!executablePath) throw new Error('Firefox not found: apt-get install -y firefox-esr, or set FIREFOX_PATH');
    const profileDir = options.profileDir ?? mkdtempSync(join(tmpdir(), 'margin-firefox-'));
    const viewport = options.viewport ?? { width: 1280, height: 900 };
    const browser = await puppeteer.launch({
      browser: 'firefox',
      executablePath,
      headless: true,
      userDataDir: profileDir,
      // The window's size, not puppeteer's viewport emulation: that also sends
      // emulation.setScreenOrientationOverride, which Firefox ESR 140 (Debian bookworm's) does not know.
      defaultViewport: null,
      args: [`--window-size=${viewport.width},${viewport.height}`],
      extraPrefsFirefox: KEEP_ADDON_DATA,
    });
    try {
      const addonId = await browser.installExtension(FIREFOX_BUILD);
      return new FirefoxExtensionBrowser(browser, addonId, profileDir, !options.profileDir);
    } catch (error) {
      await browser.close();
      throw error;
    }
  }

  serve(...pages: Served[]): void {
    for (const page of pages) this.pages.set(withoutHash(page.url), page);
  }

  servePattern(...patterns: ServedPattern[]): void {
    this.patterns.push(...patterns);
  }

  /** A new tab with the network cut off except for the served pages. */
  async newPage(): Promise<Page> {
    const page = await this.browser.newPage();
    await page.setRequestInterception(true);
    page.on('request', (request) => {
      void this.answer(request);
    });
    return page;
  }

  private async answer(request: HTTPRequest): Promise<void> {
    const url = withoutHash(request.url());
    if (!/^https?:\/\//.test(url)) {
      // data:, blob: and the add-on's own resources never reach the network.
      await request.continue();
      return;
    }
    this.requests.push(url);
    const served = this.pages.get(url);
    const matched = served ? undefined : this.patterns.find((p) => p.pattern.test(url));
    if (served) {
      await request.respond({
        status: 200,
        contentType: served.contentType ?? 'text/html; charset=utf-8',
        body: served.body,
      });
    } else if (matched) {
      await request.respond({ status: 200, contentType: matched.contentType, body: matched.body });
    } else {
      await request.abort('internetdisconnected');
    }
  }

  async openDigest(url: string, expectedCards?: number): Promise<FirefoxDigestPage> {
    const page = await this.newPage();
    await page.goto(url, { waitUntil: 'load' });
    const digest = new FirefoxDigestPage(page);
    if (expectedCards !== undefined) await digest.waitForCards(expectedCards);
    return digest;
  }

  async close(): Promise<void> {
    await this.browser.close();
    if (this.ownsProfile) rmSync(this.profileDir, { recursive: true, force: true });
  }
}

/** What the page shows for one card, read in the page (through the open shadow root). */
export interface CardSnapshot {
  id: string;
  state: string | null;
  firstSeen: string | null;
  /** `aria-pressed` of the star inside the card's shadow root; null when there is no star. */
  pressed: string | null;
}

/** A digest page with Margin's annotations, in Firefox. */
export class FirefoxDigestPage {
  constructor(readonly page: Page) {}

  /**
   * Waits until exactly `count` cards carry their id and state, and the last one's UI (which mounts in
   * batches, after the library has answered) has its star.
   */
  async waitForCards(count: number, timeout = 30_000): Promise<void> {
    await this.page.waitForFunction(
      (n: number) => {
        const cards = document.querySelectorAll('[data-margin-id][data-margin-state]');
        if (cards.length !== n) return false;
        const last = cards[cards.length - 1];
        const host = last?.querySelector(':scope > [data-margin-ui]') ?? last?.querySelector('[data-margin-ui]');
        return !!host?.shadowRoot?.querySelector('[data-margin-action="star"], [data-margin-action="reopen"]');
      },
      { timeout, polling: 100 },
      count,
    );
  }

  async reload(expectedCards: number): Promise<void> {
    await this.page.reload({ waitUntil: 'load' });
    await this.waitForCards(expectedCards);
  }

  /** Every card on the page, in page order. */
  async cards(): Promise<CardSnapshot[]> {
    return this.page.$$eval('[data-margin-id]', (elements) =>
      elements.map((card) => {
        const host = card.querySelector(':scope > [data-margin-ui]') ?? card.querySelector('[data-margin-ui]');
        const star = host?.shadowRoot?.querySelector('button[data-margin-action="star"]');
        return {
          id: card.getAttribute('data-margin-id') ?? '',
          state: card.getAttribute('data-margin-state'),
          firstSeen: card.getAttribute('data-margin-first-seen'),
          pressed: star?.getAttribute('aria-pressed') ?? null,
        };
      }),
    );
  }

  async card(id: string): Promise<CardSnapshot> {
    const card = (await this.cards()).find((c) => c.id === id);
    if (!card) throw new Error(`No card ${id} on ${this.page.url()}`);
    return card;
  }

  async ids(): Promise<string[]> {
    return (await this.cards()).map((c) => c.id);
  }

  async state(id: string): Promise<string | null> {
    return (await this.card(id)).state;
  }

  /** The star button inside the card's shadow root. */
  async star(id: string): Promise<ElementHandle<Element>> {
    const handle = await this.page.$(`[data-margin-id="${id}"] >>> button[data-margin-action="star"]`);
    if (!handle) throw new Error(`No star for ${id} on ${this.page.url()}`);
    return handle;
  }

  /** Clicks the star with the mouse (a real, trusted click) and waits for it to show `pressed`. */
  async clickStar(id: string, pressed: boolean, timeout = 10_000): Promise<void> {
    const star = await this.star(id);
    await star.click();
    const want = String(pressed);
    await this.waitForCard(id, (card) => card.pressed === want, `aria-pressed="${want}"`, timeout);
  }

  /** Polls the card `id` until `test` holds; the error names `what` and the card as last seen. */
  async waitForCard(id: string, test: (card: CardSnapshot) => boolean, what: string, timeout = 10_000): Promise<void> {
    const deadline = Date.now() + timeout;
    let last: CardSnapshot | undefined;
    for (;;) {
      last = await this.card(id);
      if (test(last)) return;
      if (Date.now() > deadline) break;
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
    throw new Error(`Card ${id} never showed ${what}; last seen: ${JSON.stringify(last)}`);
  }

  async close(): Promise<void> {
    await this.page.close();
  }
}
