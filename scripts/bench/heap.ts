// JS heap of a page or of the extension's service worker through CDP, after forced garbage collection.
// The worker has no page session of its own in Playwright: it is reached with Target.attachToTarget from a
// page's session (non-flattened) and spoken to through Target.sendMessageToTarget.
import type { CDPSession, Page } from 'playwright-core';

export interface HeapUsage {
  /** V8 heap in use (every JS world of the target). */
  usedSize: number;
  /** Blink's own heap (DOM nodes, shadow roots). */
  embedderHeapUsedSize: number;
}

export async function pageHeap(page: Page): Promise<HeapUsage> {
  const cdp = await page.context().newCDPSession(page);
  try {
    for (let i = 0; i < 3; i++) await cdp.send('HeapProfiler.collectGarbage');
    return (await cdp.send('Runtime.getHeapUsage')) as HeapUsage;
  } finally {
    await cdp.detach();
  }
}

function callTarget(cdp: CDPSession, sessionId: string, id: number, method: string): Promise<unknown> {
  return new Promise((resolve, reject) => {
    const listener = (event: { sessionId: string; message: string }) => {
      const message = JSON.parse(event.message) as { id?: number; result?: unknown; error?: { message: string } };
      if (event.sessionId !== sessionId || message.id !== id) return;
      cdp.off('Target.receivedMessageFromTarget', listener);
      if (message.error) reject(new Error(`${method}: ${message.error.message}`));
      else resolve(message.result);
    };
    cdp.on('Target.receivedMessageFromTarget', listener);
    void cdp.send('Target.sendMessageToTarget', { sessionId, message: JSON.stringify({ id, method }) });
  });
}

/** Heap of the service worker whose URL contains `urlPart`, asked through `page`'s CDP session. */
export async function workerHeap(page: Page, urlPart: string): Promise<HeapUsage> {
  const cdp = await page.context().newCDPSession(page);
  try {
    const { targetInfos } = (await cdp.send('Target.getTargets')) as {
      targetInfos: { targetId: string; type: string; url: string }[];
    };
    const worker = targetInfos.find((t) => t.type === 'service_worker' && t.url.includes(urlPart));
    if (!worker) throw new Error(`no service worker at ${urlPart}`);
    const { sessionId } = (await cdp.send('Target.attachToTarget', { targetId: worker.targetId, flatten: false })) as {
      sessionId: string;
    };
    for (let id = 1; id <= 3; id++) await callTarget(cdp, sessionId, id, 'HeapProfiler.collectGarbage');
    const usage = (await callTarget(cdp, sessionId, 4, 'Runtime.getHeapUsage')) as HeapUsage;
    await cdp.send('Target.detachFromTarget', { sessionId });
    return usage;
  } finally {
    await cdp.detach();
  }
}
