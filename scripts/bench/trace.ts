// A Chromium trace of one page load: when the content script started (its EvaluateScript event), when the
// probe marked the last card annotated and the last card's controls drawn, and the longest main-thread task
// from the start to the later of the two.
import type { CDPSession } from 'playwright-core';
import { ANNOTATED_MARK, DRAWN_MARK } from './page-probe';

interface TraceEvent {
  name: string;
  ph: string;
  ts: number;
  dur?: number;
  pid: number;
  tid: number;
  args?: { data?: { url?: string } };
}

const TASK_NAMES = new Set(['RunTask', 'ThreadControllerImpl::RunTask']);
const CATEGORIES = 'devtools.timeline,blink.user_timing,toplevel';

export async function startTrace(cdp: CDPSession): Promise<() => Promise<TraceEvent[]>> {
  const events: TraceEvent[] = [];
  cdp.on('Tracing.dataCollected', ({ value }) => events.push(...(value as unknown as TraceEvent[])));
  await cdp.send('Tracing.start', { categories: CATEGORIES, transferMode: 'ReportEvents' });
  return async () => {
    const complete = new Promise((resolve) => cdp.once('Tracing.tracingComplete', resolve));
    await cdp.send('Tracing.end');
    await complete;
    return events;
  };
}

export interface AnnotationTrace {
  /** Content script start → last card annotated (its state on the card). */
  annotationMs: number;
  /** Content script start → last card's controls drawn. */
  drawnMs: number;
  /** Longest main-thread task from the start until every card is annotated and drawn (any length). */
  longestTaskMs: number;
  /** Evaluating the content script itself (compile + top-level run). */
  scriptEvalMs: number;
}

export function readAnnotationTrace(events: readonly TraceEvent[]): AnnotationTrace {
  const script = events.find((e) => e.name === 'EvaluateScript' && e.args?.data?.url?.includes('/content-scripts/'));
  const mark = events.find((e) => e.name === ANNOTATED_MARK);
  const drawn = events.find((e) => e.name === DRAWN_MARK);
  if (!script || !mark || !drawn) {
    throw new Error(`trace without ${script ? 'the annotated or drawn mark' : 'the content script'}`);
  }
  const end = Math.max(mark.ts, drawn.ts);
  const tasks = events.filter(
    (e) =>
      TASK_NAMES.has(e.name) &&
      e.pid === script.pid &&
      e.tid === script.tid &&
      e.ts + (e.dur ?? 0) >= script.ts &&
      e.ts <= end,
  );
  return {
    annotationMs: (mark.ts - script.ts) / 1000,
    drawnMs: (drawn.ts - script.ts) / 1000,
    longestTaskMs: Math.max(0, ...tasks.map((e) => (e.dur ?? 0) / 1000)),
    scriptEvalMs: (script.dur ?? 0) / 1000,
  };
}
