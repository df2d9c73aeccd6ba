// Page-load time with Margin vs without, on the real HF day page and the real arXiv /pastweek page served at
// their real URLs: navigation start → end of the load event, the two browsers taking turns (the order swaps
// every run; each run with Margin starts from a new, empty library database, so each is a first visit). Also navigation
// start → every card annotated, with Margin.
import type { Page } from 'playwright-core';
import type { BenchContext } from './context';
import { ANNOTATED_MARK, type ProbeReport, probeSays, probeScript, readProbe } from './page-probe';
import { type BenchPage, benchPages } from './pages';
import { PlainBrowser } from './plain-browser';
import { type Metric, median } from './results';

async function loadOnce(newPage: () => Promise<Page>, page: BenchPage, annotated: boolean): Promise<ProbeReport> {
  const tab = await newPage();
  try {
    await tab.addInitScript(probeScript(page.cards));
    const marked = annotated ? probeSays(tab, [ANNOTATED_MARK]) : undefined;
    await tab.goto(page.url, { waitUntil: 'load' });
    await marked;
    return (await tab.evaluate(readProbe)) as ProbeReport;
  } finally {
    await tab.close();
  }
}

export async function loadGroup(ctx: BenchContext): Promise<Metric[]> {
  const { hf, pastweek } = benchPages();
  const margin = await ctx.extension();
  const lab = await ctx.lab();
  const plain = await PlainBrowser.launch();
  margin.serve(hf, pastweek);
  plain.serve(hf, pastweek);
  const metrics: Metric[] = [];
  try {
    for (const page of [hf, pastweek]) {
      ctx.log(`page load: ${page.label}`);
      const withMargin: ProbeReport[] = [];
      const without: ProbeReport[] = [];
      for (let run = 0; run <= ctx.options.runs; run++) {
        const sides = run % 2 ? (['plain', 'margin'] as const) : (['margin', 'plain'] as const);
        for (const side of sides) {
          if (side === 'margin') await lab.call('clearLibrary'); // every run a first visit
          const report =
            side === 'margin'
              ? await loadOnce(() => margin.context.newPage(), page, true)
              : await loadOnce(() => plain.context.newPage(), page, false);
          if (run > 0) (side === 'margin' ? withMargin : without).push(report);
        }
      }
      const loadWith = median(withMargin.map((r) => r.load));
      const loadWithout = median(without.map((r) => r.load));
      metrics.push(
        {
          group: 'load',
          metric: `${page.label}: load time with / without Margin`,
          value: loadWith / loadWithout,
          unit: '×',
          target: 1.05,
          note: `${loadWith.toFixed(0)} ms vs ${loadWithout.toFixed(0)} ms (navigation start → load event end)`,
        },
        {
          group: 'load',
          metric: `${page.label}: navigation start → all cards annotated`,
          value: median(withMargin.map((r) => r.annotatedAt)),
          unit: 'ms',
        },
      );
    }
  } finally {
    await plain.close();
    ctx.forgetLibrary();
  }
  return metrics;
}
