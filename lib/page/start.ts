// When the content script starts its work: after the page's own load event, so that Margin never holds the
// page's loading up, but never later than a short wait — on a slow network the reader should not wait for
// every image before the papers are marked.

export const MAX_WAIT_FOR_LOAD_MS = 1000;

export function startAfterLoad(win: Window, start: () => void, maxWait = MAX_WAIT_FOR_LOAD_MS): void {
  if (win.document.readyState === 'complete') {
    start();
    return;
  }
  let started = false;
  const once = () => {
    if (started) return;
    started = true;
    win.clearTimeout(timer);
    start();
  };
  const timer = win.setTimeout(once, maxWait);
  win.addEventListener('load', () => win.setTimeout(once, 0), { once: true });
}
