// Annotation on the three page sizes, in two kinds of run taking turns:
// - traced: content script start → last card annotated (its state on the card) and → last card's controls
//   drawn, from a Chromium trace, and the longest main-thread task in the trace;
// - observed: no tracing (it slows every task of the page), only the page's own long-task and long-frame
//   observers, from DOMContentLoaded (content scripts start after it) to the last card drawn. The long-task
//   target is read from these.
// Each run starts from a new, empty library database, so every run is a first visit: every paper is new and
// gets written. Revisit runs (traced) load the page once more after such a first visit: every paper is held,
// seen on this page today, and was checked for duplicates then.
import type { Page } from 'playwright-core';
import type { BenchContext } from './context';
import { ANNOTATED_MARK, DRAWN_MARK, type ProbeReport, probeSays, probeScript, readProbe } from './page-probe';
import { type BenchPage, benchPages } from './pages';
import { type Metric, median } from './results';
import { type AnnotationTrace, readAnnotationTrace, startTrace } from './trace';

interface ObservedRun {
  /** Long tasks (≥ 50 ms) the page's observer saw, and the longest (0: none). */
  longTasks: number;
  longestLongTaskMs: number;
  /** The same for long animation frames (a frame's tasks and its rendering together). */
  longFrames: number;
  longestFrameMs: number;
}

/**
 * How the library stands when the page loads: `first`, empty; `revisit`, after a first visit of the page; `big`,
 * the generated library (the visit's papers deleted again after it, so each run is a first visit).
 */
type Library = 'first' | 'revisit' | 'big';

/** A visit of `page` in a new tab with the probe installed, until every card is annotated and drawn. */
async function visit<T>(
  ctx: BenchContext,
  page: BenchPage,
  measure: (tab: Page) => Promise<T>,
  library: Library = 'first',
): Promise<T> {
  const browser = await ctx.extension();
  if (library !== 'big') await (await ctx.lab()).call('clearLibrary');
  if (library === 'revisit') {
    await visit(ctx, page, (first) => loadUntilDrawn(first, page));
    // A read of one of its papers waits for the first visit's writes, which end after its answer.
    await (await ctx.lab()).call('lookUpStates', [page.someId], 1);
  }
  const tab = await browser.context.newPage();
  try {
    await tab.addInitScript(probeScript(page.cards));
    return await measure(tab);
  } finally {
    await tab.close();
    if (library === 'big') await (await ctx.lab()).call('forgetVisited');
  }
}

/** Loads the page and waits until every card is annotated and drawn. */
async function loadUntilDrawn(tab: Page, page: BenchPage): Promise<void> {
  const drawn = probeSays(tab, [ANNOTATED_MARK, DRAWN_MARK]);
  await tab.goto(page.url);
  await drawn;
}

function tracedRun(ctx: BenchContext, page: BenchPage, library: Library = 'first'): Promise<AnnotationTrace> {
  return visit(
    ctx,
    page,
    async (tab) => {
      const stopTrace = await startTrace(await tab.context().newCDPSession(tab));
      await loadUntilDrawn(tab, page);
      return readAnnotationTrace(await stopTrace());
    },
    library,
  );
}

function observedRun(ctx: BenchContext, page: BenchPage): Promise<ObservedRun> {
  return visit(ctx, page, async (tab) => {
    await loadUntilDrawn(tab, page);
    const probe = (await tab.evaluate(readProbe)) as ProbeReport;
    const end = Math.max(probe.annotatedAt, probe.drawnAt);
    const inWindow = (entries: ProbeReport['longTasks']) =>
      entries.filter((t) => t.start + t.duration > probe.domContentLoaded && t.start < end).map((t) => t.duration);
    const tasks = inWindow(probe.longTasks);
    const frames = inWindow(probe.longFrames);
    return {
      longTasks: tasks.length,
      longestLongTaskMs: Math.max(0, ...tasks),
      longFrames: frames.length,
      longestFrameMs: Math.max(0, ...frames),
    };
  });
}

export async function annotateGroup(ctx: BenchContext): Promise<Metric[]> {
  const pages = benchPages();
  const browser = await ctx.extension();
  browser.serve(pages.hf, pages.pastweek, pages.big);
  const metrics: Metric[] = [];
  // Issue 3's targets: content script start → last card annotated.
  const targets = new Map([
    [pages.hf, 10],
    [pages.pastweek, 80],
    [pages.big, 400],
  ]);
  for (const [page, target] of targets) {
    ctx.log(`annotation: ${page.label}`);
    await tracedRun(ctx, page); // warm-up
    await observedRun(ctx, page);
    const runs: AnnotationTrace[] = [];
    const observed: ObservedRun[] = [];
    const revisits: AnnotationTrace[] = [];
    for (let i = 0; i < ctx.options.runs; i++) {
      runs.push(await tracedRun(ctx, page));
      observed.push(await observedRun(ctx, page));
      revisits.push(await tracedRun(ctx, page, 'revisit'));
    }
    const group = 'annotate';
    metrics.push(
      {
        group,
        metric: `${page.label}: content script start → all cards annotated`,
        value: median(runs.map((r) => r.annotationMs)),
        unit: 'ms',
        target,
        note: `state on every card (data-margin-state); first visit, every paper new and written; of which evaluating the script: ${median(runs.map((r) => r.scriptEvalMs)).toFixed(1)} ms`,
      },
      {
        group,
        metric: `${page.label}: revisit, content script start → all cards annotated`,
        value: median(revisits.map((r) => r.annotationMs)),
        unit: 'ms',
        target,
        note: `the page loaded again after a first visit (a reload the same day): every paper held, already recorded today and checked for duplicates on the first visit; longest main-thread task ${median(revisits.map((r) => r.longestTaskMs)).toFixed(0)} ms (trace)`,
      },
      {
        group,
        metric: `${page.label}: content script start → every card's controls drawn`,
        value: median(runs.map((r) => r.drawnMs)),
        unit: 'ms',
        note: 'cards near the viewport at once, the others a few at a time while the page is idle',
      },
      {
        group,
        metric: `${page.label}: longest main-thread task (PerformanceObserver)`,
        value: Math.max(...observed.map((r) => r.longestLongTaskMs)),
        unit: 'ms',
        target: 50,
        note: `worst of ${observed.length} runs without tracing, from DOMContentLoaded until every card is annotated and drawn; longtask entries (reported from 50 ms: 0 = none), per run ${observed.map((r) => r.longTasks).join('/')}; long animation frames (tasks and rendering together) per run ${observed.map((r) => r.longFrames).join('/')}, worst ${Math.max(...observed.map((r) => r.longestFrameMs)).toFixed(0)} ms`,
      },
      {
        group,
        metric: `${page.label}: longest main-thread task (Chromium trace)`,
        value: median(runs.map((r) => r.longestTaskMs)),
        unit: 'ms',
        note: `any task of the page's main thread in the same window, tracing on (which slows the page); worst run ${Math.max(...runs.map((r) => r.longestTaskMs)).toFixed(0)} ms`,
      },
    );
  }
  ctx.forgetLibrary();
  return metrics;
}

/**
 * First visits of the real pages against the generated library (run after the library groups have filled it):
 * a reader's library holds every paper met so far, and a page's new papers are looked up in its indexes.
 */
export async function bigLibraryVisits(ctx: BenchContext): Promise<Metric[]> {
  const { papers } = await ctx.library();
  const pages = benchPages();
  const browser = await ctx.extension();
  browser.serve(pages.hf, pages.pastweek, pages.big);
  const targets = new Map([
    [pages.hf, 10],
    [pages.pastweek, 80],
  ]);
  const metrics: Metric[] = [];
  for (const [page, target] of targets) {
    ctx.log(`first visit, ${Math.round(papers / 1000)}k library: ${page.label}`);
    await tracedRun(ctx, page, 'big'); // warm-up
    const runs: AnnotationTrace[] = [];
    for (let i = 0; i < ctx.options.runs; i++) runs.push(await tracedRun(ctx, page, 'big'));
    metrics.push({
      group: 'duplicates',
      metric: `${page.label}: first visit with a ${Math.round(papers / 1000)}k library, content script start → all cards annotated`,
      value: median(runs.map((r) => r.annotationMs)),
      unit: 'ms',
      target,
      note: `as the annotate group's first visit, but the library holds ${papers.toLocaleString('en')} papers: each key of the page's papers is looked up in the *dupKeys index (one cursor step a key); the visit's papers are deleted after each run`,
    });
  }
  return metrics;
}
