// Installed in the page's main world before navigation (page.addInitScript): long tasks and long animation
// frames (a frame's script and rendering, ≥ 50 ms) from PerformanceObservers; the moment the last card carries Margin's state (a MutationObserver filtered on
// `data-margin-state`, so the site's own mutations cost nothing); and the moment the last card's controls are
// drawn (its host added: a childList observer, which looks at added nodes only). Both are marked on the
// performance timeline and said on the console, where the bench waits for them: waiting inside the page
// (Playwright's waitForFunction) evaluates Playwright's injected script there, 300 KB compiled on the page's
// main thread in the middle of Margin's work (14–28 ms in traces of the HF page).
import type { ConsoleMessage, Page } from 'playwright-core';

export const ANNOTATED_MARK = 'margin-bench:annotated';
export const DRAWN_MARK = 'margin-bench:drawn';

export interface ProbeReport {
  longTasks: { start: number; duration: number }[];
  longFrames: { start: number; duration: number }[];
  /** performance.now() when `expected` cards were annotated; 0 if not (yet). */
  annotatedAt: number;
  /** performance.now() when `expected` cards had their controls drawn; 0 if not (yet). */
  drawnAt: number;
  load: number;
  /** When the page's DOMContentLoaded handlers started: content scripts (document_idle) run after it. */
  domContentLoaded: number;
}

/** The init script, as source text (evaluated by the browser, not by this process). */
export function probeScript(expected: number): string {
  return `(() => {
  const probe = { longTasks: [], longFrames: [], annotatedAt: 0, drawnAt: 0 };
  Object.defineProperty(window, '__marginBench', { value: probe });
  try {
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) probe.longTasks.push({ start: e.startTime, duration: e.duration });
    }).observe({ type: 'longtask', buffered: true });
  } catch {}
  try {
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) probe.longFrames.push({ start: e.startTime, duration: e.duration });
    }).observe({ type: 'long-animation-frame', buffered: true });
  } catch {}
  const annotated = new Set();
  new MutationObserver((records) => {
    for (const r of records) if (r.target.hasAttribute('data-margin-state')) annotated.add(r.target);
    if (!probe.annotatedAt && annotated.size >= ${expected}) {
      probe.annotatedAt = performance.now();
      performance.mark('${ANNOTATED_MARK}');
      console.debug('${ANNOTATED_MARK}');
    }
  }).observe(document, { subtree: true, attributes: true, attributeFilter: ['data-margin-state'] });
  let drawn = 0;
  const drawing = new MutationObserver((records) => {
    for (const r of records) {
      for (const node of r.addedNodes) {
        if (node.nodeType === 1 && node.getAttribute('data-margin-ui') === 'card') drawn++;
      }
    }
    if (!probe.drawnAt && drawn >= ${expected}) {
      probe.drawnAt = performance.now();
      performance.mark('${DRAWN_MARK}');
      console.debug('${DRAWN_MARK}');
      drawing.disconnect();
    }
  });
  drawing.observe(document, { subtree: true, childList: true });
})();`;
}

/** Reads the probe (call after the load event). */
export const readProbe = `(() => {
  const nav = performance.getEntriesByType('navigation')[0];
  return { ...window.__marginBench, load: nav ? nav.loadEventEnd : 0, domContentLoaded: nav ? nav.domContentLoadedEventStart : 0 };
})()`;

/**
 * Resolves once the probe in `tab` has said every one of `marks` on the console (listen before navigating: the
 * marks can come before `goto` returns). Nothing runs in the page meanwhile. Rejects when the tab closes first or
 * after `timeoutMs`; a caller that never gets to await it (its `goto` threw) leaves no unhandled rejection.
 */
export function probeSays(tab: Page, marks: readonly string[], timeoutMs = 60_000): Promise<void> {
  const pending = new Set(marks);
  const said = new Promise<void>((resolve, reject) => {
    const done = () => {
      clearTimeout(timer);
      tab.off('console', heard);
      tab.off('close', closed);
    };
    const heard = (message: ConsoleMessage) => {
      pending.delete(message.text());
      if (pending.size) return;
      done();
      resolve();
    };
    const fail = (why: string) => {
      done();
      reject(new Error(`the page probe did not say ${[...pending].join(', ')}: ${why}`));
    };
    const closed = () => fail('the tab closed');
    const timer = setTimeout(() => fail(`not within ${timeoutMs} ms`), timeoutMs);
    tab.on('console', heard);
    tab.on('close', closed);
  });
  said.catch(() => undefined);
  return said;
}
