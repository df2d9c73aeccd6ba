// Runs the bench's in-page code (scripts/bench/browser/) inside an extension page: bundled with esbuild from
// the TypeScript sources (Margin's own library modules included, as the popup and library page bundle them)
// and evaluated in a page of the extension's origin, where the library database and the runtime live.
import { resolve } from 'node:path';
import { build } from 'esbuild';
import type { Page } from 'playwright-core';
import type { ExtensionBrowser } from '../../tests/browser/harness';
import type { LabApi } from './browser/lab';

type Method = keyof LabApi;

async function bundle(): Promise<string> {
  const result = await build({
    entryPoints: [resolve(process.cwd(), 'scripts/bench/browser/lab.ts')],
    bundle: true,
    format: 'iife',
    platform: 'browser',
    target: 'chrome120',
    write: false,
    logLevel: 'silent',
  });
  return result.outputFiles[0]?.text ?? '';
}

export class Lab {
  private constructor(readonly page: Page) {}

  /** An extension page (the manifest, shown as text: no app of ours runs there) with the lab loaded. */
  static async open(browser: ExtensionBrowser): Promise<Lab> {
    const code = await bundle();
    const page = await browser.context.newPage();
    await page.goto(browser.extensionUrl('manifest.json'));
    await page.evaluate(code);
    return new Lab(page);
  }

  /** Calls a lab function in the page, brought to the front first (timers in hidden tabs are throttled). */
  async call<M extends Method>(method: M, ...args: Parameters<LabApi[M]>): Promise<Awaited<ReturnType<LabApi[M]>>> {
    await this.page.bringToFront();
    return this.page.evaluate(
      ([name, params]) =>
        (globalThis as unknown as { marginBench: Record<string, (...a: unknown[]) => unknown> }).marginBench[name]?.(
          ...params,
        ),
      [method, args] as [string, unknown[]],
    ) as Promise<Awaited<ReturnType<LabApi[M]>>>;
  }
}
