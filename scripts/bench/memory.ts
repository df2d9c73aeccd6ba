// Memory: the JS heap Margin adds to the 2000-entry page (the page's renderer heap with Margin, every card
// annotated, minus the same page without Margin; both after garbage collection), and the service worker's
// heap with the big library in its database after it has answered look-ups on it.
import type { BenchContext } from './context';
import { pageHeap, workerHeap } from './heap';
import { paperId } from './library-data';
import { ANNOTATED_MARK, DRAWN_MARK, probeSays, probeScript } from './page-probe';
import { benchPages } from './pages';
import { PlainBrowser } from './plain-browser';
import { type Metric, median } from './results';

const MB = 2 ** 20;

export async function memoryGroup(ctx: BenchContext): Promise<Metric[]> {
  const { big } = benchPages();
  const margin = await ctx.extension();
  const plain = await PlainBrowser.launch();
  margin.serve(big);
  plain.serve(big);
  const added: number[] = [];
  const addedDom: number[] = [];
  ctx.log('memory: 2000-entry page with and without Margin');
  try {
    for (let run = 0; run < ctx.options.runs; run++) {
      const withTab = await margin.context.newPage();
      await withTab.addInitScript(probeScript(big.cards));
      const drawn = probeSays(withTab, [ANNOTATED_MARK, DRAWN_MARK]);
      await withTab.goto(big.url);
      await drawn;
      const withHeap = await pageHeap(withTab);
      await withTab.close();
      const withoutTab = await plain.context.newPage();
      await withoutTab.goto(big.url);
      const withoutHeap = await pageHeap(withoutTab);
      await withoutTab.close();
      added.push((withHeap.usedSize - withoutHeap.usedSize) / MB);
      addedDom.push((withHeap.embedderHeapUsedSize - withoutHeap.embedderHeapUsedSize) / MB);
    }
  } finally {
    await plain.close();
  }

  const library = await ctx.library();
  const lab = await ctx.lab();
  ctx.log('memory: service worker with the library');
  const ids = Array.from({ length: 2000 }, (_, i) => paperId(i * 37));
  await lab.call('lookUpStates', ids, 3);
  const worker = await workerHeap(lab.page, `${margin.extensionId}/`);
  return [
    {
      group: 'memory',
      metric: 'JS heap Margin adds to the 2000-entry page',
      value: median(added),
      unit: 'MB',
      target: 15,
      note: `Blink (DOM) heap added besides: ${median(addedDom).toFixed(1)} MB`,
    },
    {
      group: 'memory',
      metric: `service worker JS heap, ${library.papers.toLocaleString('en')}-paper library`,
      value: worker.usedSize / MB,
      unit: 'MB',
      target: 50,
      note: 'after 2000-id look-ups; the library stays in IndexedDB, the worker keeps no copy',
    },
  ];
}
