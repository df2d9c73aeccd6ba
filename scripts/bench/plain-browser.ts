// The "without" side of page-load and memory comparisons: the same Chromium, flags, viewport and served pages
// as tests/browser/harness.ts, with no extension loaded.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type BrowserContext, chromium } from 'playwright-core';
import type { Served } from '../../tests/browser/harness';
import { CHROMIUM_ARGS, chromiumPath } from '../../tests/browser/paths';

export class PlainBrowser {
  private readonly pages = new Map<string, Served>();

  private constructor(
    readonly context: BrowserContext,
    private readonly userDataDir: string,
  ) {}

  static async launch(): Promise<PlainBrowser> {
    const userDataDir = mkdtempSync(join(tmpdir(), 'margin-bench-plain-'));
    const context = await chromium.launchPersistentContext(userDataDir, {
      executablePath: chromiumPath(),
      headless: true,
      colorScheme: 'light',
      viewport: { width: 1280, height: 900 },
      args: CHROMIUM_ARGS,
    });
    const browser = new PlainBrowser(context, userDataDir);
    await context.route(/^https?:\/\//, async (route) => {
      const served = browser.pages.get(route.request().url().split('#')[0] ?? '');
      if (served) await route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body: served.body });
      else await route.abort('internetdisconnected');
    });
    return browser;
  }

  serve(...pages: Served[]): void {
    for (const page of pages) this.pages.set(page.url.split('#')[0] ?? page.url, page);
  }

  async close(): Promise<void> {
    await this.context.close();
    rmSync(this.userDataDir, { recursive: true, force: true });
  }
}
