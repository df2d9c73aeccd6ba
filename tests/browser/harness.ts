// Launches Chromium with the built extension, serves saved pages at their real URLs (every other request is
// aborted: no network), and gives page objects for digest pages, the popup and the library.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type BrowserContext, chromium, type Page, type Worker } from 'playwright-core';
import { CHROME_BUILD, CHROMIUM_ARGS, chromiumPath } from './paths';

export interface Served {
  url: string;
  body: string;
  contentType?: string;
}

export interface LaunchOptions {
  /** Reuse a profile (browser restart tests); a fresh temporary one otherwise. */
  userDataDir?: string;
  headless?: boolean;
  colorScheme?: 'light' | 'dark';
  viewport?: { width: number; height: number };
}

/** The bit of the `chrome` API the tests call inside the extension's service worker. */
interface ChromeTabsApi {
  chrome: { tabs: { query(query: object): Promise<{ id?: number }[]> } };
}

const withoutHash = (url: string) => url.split('#')[0] ?? url;

export class ExtensionBrowser {
  /** Every http(s) request any page or the extension made, served or not. */
  readonly requests: string[] = [];
  private readonly pages = new Map<string, Served>();

  private constructor(
    readonly context: BrowserContext,
    readonly extensionId: string,
    readonly userDataDir: string,
    private readonly ownsProfile: boolean,
  ) {}

  static async launch(options: LaunchOptions = {}): Promise<ExtensionBrowser> {
    const executablePath = chromiumPath();
    if (!executablePath) throw new Error('Chromium not found (set CHROME_PATH)');
    const userDataDir = options.userDataDir ?? mkdtempSync(join(tmpdir(), 'margin-chromium-'));
    const context = await chromium.launchPersistentContext(userDataDir, {
      executablePath,
      headless: options.headless ?? true,
      colorScheme: options.colorScheme ?? 'light',
      viewport: options.viewport ?? { width: 1280, height: 900 },
      args: [`--disable-extensions-except=${CHROME_BUILD}`, `--load-extension=${CHROME_BUILD}`, ...CHROMIUM_ARGS],
    });
    const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
    const extensionId = new URL(worker.url()).host;
    const browser = new ExtensionBrowser(context, extensionId, userDataDir, !options.userDataDir);
    await browser.interceptNetwork();
    return browser;
  }

  private async interceptNetwork(): Promise<void> {
    await this.context.route(/^https?:\/\//, async (route) => {
      const url = withoutHash(route.request().url());
      this.requests.push(url);
      const served = this.pages.get(url);
      if (served) {
        await route.fulfill({
          status: 200,
          contentType: served.contentType ?? 'text/html; charset=utf-8',
          body: served.body,
        });
      } else {
        await route.abort('internetdisconnected');
      }
    });
  }

  serve(...pages: Served[]): void {
    for (const page of pages) this.pages.set(withoutHash(page.url), page);
  }

  get worker(): Worker | undefined {
    return this.context.serviceWorkers().find((w) => w.url().includes(this.extensionId));
  }

  async backgroundWorker(): Promise<Worker> {
    return this.worker ?? (await this.context.waitForEvent('serviceworker'));
  }

  extensionUrl(path: string): string {
    return `chrome-extension://${this.extensionId}/${path}`;
  }

  async openDigest(url: string, expectedCards?: number): Promise<DigestPage> {
    const page = await this.context.newPage();
    await page.goto(url);
    const digest = new DigestPage(page);
    if (expectedCards !== undefined) await digest.waitForCards(expectedCards);
    return digest;
  }

  async openPopup(): Promise<Page> {
    const page = await this.context.newPage();
    await page.goto(this.extensionUrl('popup.html'));
    await page.locator('main.popup, [data-margin-storage-error]').first().waitFor();
    return page;
  }

  /** The browser's tab id of `page` (the extension has no `tabs` permission, so ask for the active tab). */
  async tabIdOf(page: Page): Promise<number> {
    await page.bringToFront();
    const worker = await this.backgroundWorker();
    const id = await worker.evaluate(async () => {
      const { chrome } = globalThis as unknown as ChromeTabsApi;
      const [tab] = await chrome.tabs.query({ active: true, lastFocusedWindow: true });
      return tab?.id;
    });
    if (id === undefined) throw new Error(`No tab found for ${page.url()}`);
    return id;
  }

  /** The popup as it shows for the tab of `digest` (opened as a page, it reports on that tab). */
  async openPopupFor(digest: Page): Promise<Page> {
    const tabId = await this.tabIdOf(digest);
    const page = await this.context.newPage();
    await page.goto(this.extensionUrl(`popup.html?tab=${tabId}`));
    await page.locator('[data-margin-diagnostics]').first().waitFor();
    return page;
  }

  /** Ids of the starred papers, read straight from the extension's IndexedDB (not through our code). */
  async savedIds(): Promise<string[]> {
    const page = await this.context.newPage();
    try {
      await page.goto(this.extensionUrl('popup.html'));
      const ids = await page.evaluate(
        () =>
          new Promise<string[]>((resolve, reject) => {
            const open = indexedDB.open('margin');
            open.onerror = () => reject(open.error);
            open.onsuccess = () => {
              const request = open.result.transaction('papers').objectStore('papers').index('savedAt').getAllKeys();
              request.onsuccess = () => resolve((request.result as string[]).sort());
              request.onerror = () => reject(request.error);
            };
          }),
      );
      return ids;
    } finally {
      await page.close();
    }
  }

  async openLibrary(): Promise<Page> {
    const page = await this.context.newPage();
    await page.goto(this.extensionUrl('library.html'));
    await page.locator('.library, [data-margin-storage-error]').first().waitFor();
    return page;
  }

  async close(): Promise<void> {
    await this.context.close();
    if (this.ownsProfile) rmSync(this.userDataDir, { recursive: true, force: true });
  }
}

/** A digest page with Margin's annotations. */
export class DigestPage {
  constructor(readonly page: Page) {}

  /** Waits until `count` cards carry their id, state and a star (the library has answered for all). */
  async waitForCards(count: number, timeout = 30_000): Promise<void> {
    await this.page.waitForFunction(
      (n) => {
        const cards = document.querySelectorAll('[data-margin-id][data-margin-state]');
        if (cards.length !== n) return false;
        const last = cards[cards.length - 1];
        const host = last?.querySelector(':scope > [data-margin-ui]');
        return !!host?.shadowRoot?.querySelector('[data-margin-action="star"], [data-margin-action="reopen"]');
      },
      count,
      { timeout },
    );
  }

  card(id: string) {
    return this.page.locator(`[data-margin-id="${id}"]`).first();
  }

  star(id: string) {
    return this.card(id).locator('button[data-margin-action="star"]');
  }

  async ids(): Promise<string[]> {
    return this.page.$$eval('[data-margin-id]', (cards) => cards.map((c) => c.getAttribute('data-margin-id') ?? ''));
  }

  async state(id: string): Promise<string | null> {
    return this.card(id).getAttribute('data-margin-state');
  }
}
