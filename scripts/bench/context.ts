// What the groups share: options, the seed papers, one Chromium with Margin (launched when first needed), the
// in-page lab, and the big generated library (filled when first needed, then kept for every group after).
import { ExtensionBrowser } from '../../tests/browser/harness';
import type { Populated } from './browser/populate';
import { Lab } from './lab';
import type { SeedPaper } from './library-data';
import type { Options } from './options';

export class BenchContext {
  private browser?: Promise<ExtensionBrowser>;
  private labPage?: Promise<Lab>;
  private filled?: Promise<Populated>;
  private readonly started = performance.now();

  constructor(
    readonly options: Options,
    readonly seeds: SeedPaper[],
  ) {}

  log(line: string): void {
    process.stderr.write(`[bench ${((performance.now() - this.started) / 1000).toFixed(0).padStart(4)}s] ${line}\n`);
  }

  extension(): Promise<ExtensionBrowser> {
    this.browser ??= ExtensionBrowser.launch();
    return this.browser;
  }

  /** The lab page, after one message has made the background open (and so create) the library database. */
  lab(): Promise<Lab> {
    this.labPage ??= this.extension().then(async (browser) => {
      const lab = await Lab.open(browser);
      await lab.call('messageRoundTrip', 0);
      return lab;
    });
    return this.labPage;
  }

  /** The library of `options.libraryPapers` papers, written once. */
  library(): Promise<Populated> {
    this.filled ??= this.lab().then(async (lab) => {
      this.log(`writing a library of ${this.options.libraryPapers.toLocaleString('en')} papers into IndexedDB…`);
      await lab.call('clearLibrary');
      const populated = await lab.call('populate', this.seeds, this.options.libraryPapers);
      this.log(
        `…${populated.papers} papers, ${populated.sightings} sightings in ${(populated.ms / 1000).toFixed(0)} s`,
      );
      return populated;
    });
    return this.filled;
  }

  /** Annotation runs empty the library: the big one must be written again afterwards. */
  forgetLibrary(): void {
    this.filled = undefined;
  }

  async close(): Promise<void> {
    if (this.browser) await (await this.browser).close();
  }
}
