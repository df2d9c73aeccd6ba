// When each card's controls are drawn. Every card gets its state (the data-margin-* contract) at once; its
// controls (star, badge, chips) are drawn as soon as it is in or near the viewport, and the rest of the page's
// cards a few at a time while the page is idle. Drawing 2000 cards in one go makes the browser lay the whole
// page out again frame after frame (tasks of 60 ms and more); a few cards per idle period keep every frame
// small, and the cards the reader looks at never wait for the others.

/** How far around the viewport a card counts as about to be seen: one screen above and below. */
const NEAR_VIEWPORT = '100% 0px';
/** Drawing time per idle period: small, so that the frame after it lays out only a few cards. */
const IDLE_BUDGET_MS = 6;
/** An idle period is granted within this time even on a page that is never idle. */
const IDLE_TIMEOUT_MS = 100;

/** What drawing needs of the window (a Window; optional parts are missing in some test DOMs). */
export interface DrawingWindow {
  IntersectionObserver?: typeof IntersectionObserver;
  requestIdleCallback?: (callback: IdleRequestCallback, options?: IdleRequestOptions) => number;
  cancelIdleCallback?: (handle: number) => void;
  setTimeout: (handler: () => void, timeout: number) => number;
  clearTimeout: (handle: number) => void;
}

export class CardDrawing<T> {
  /** Cards waiting to be drawn, in the order they were added (page order). */
  private readonly waiting = new Map<Element, T>();
  private readonly observer: IntersectionObserver | null;
  private idleHandle: number | null = null;

  constructor(
    private readonly win: DrawingWindow,
    private readonly draw: (card: T) => void,
  ) {
    this.observer =
      typeof win.IntersectionObserver === 'function'
        ? new win.IntersectionObserver((entries) => this.drawSeen(entries), { rootMargin: NEAR_VIEWPORT })
        : null;
  }

  add(element: Element, card: T): void {
    this.waiting.set(element, card);
    this.observer?.observe(element);
    this.scheduleIdle();
  }

  /** Forgets a card (it left the page, or it is read again). */
  remove(element: Element): void {
    if (this.waiting.delete(element)) this.observer?.unobserve(element);
  }

  /** Draws a card now if it is still waiting (it got the keyboard focus). */
  now(element: Element): void {
    const card = this.waiting.get(element);
    if (card !== undefined) this.take(element, card);
  }

  stop(): void {
    this.observer?.disconnect();
    this.cancelIdle();
    this.waiting.clear();
  }

  private take(element: Element, card: T): void {
    this.waiting.delete(element);
    this.observer?.unobserve(element);
    this.draw(card);
  }

  private drawSeen(entries: IntersectionObserverEntry[]): void {
    for (const entry of entries) {
      if (!entry.isIntersecting) continue;
      const card = this.waiting.get(entry.target);
      if (card !== undefined) this.take(entry.target, card);
    }
  }

  private drawWhileIdle(deadline: IdleDeadline): void {
    this.idleHandle = null;
    const start = performance.now();
    const budget = deadline.didTimeout ? IDLE_BUDGET_MS : Math.min(IDLE_BUDGET_MS, deadline.timeRemaining());
    for (const [element, card] of this.waiting) {
      this.take(element, card);
      if (performance.now() - start >= budget) break;
    }
    this.scheduleIdle();
  }

  private scheduleIdle(): void {
    if (this.idleHandle !== null || !this.waiting.size) return;
    const run = (deadline: IdleDeadline) => this.drawWhileIdle(deadline);
    this.idleHandle =
      typeof this.win.requestIdleCallback === 'function'
        ? this.win.requestIdleCallback(run, { timeout: IDLE_TIMEOUT_MS })
        : this.win.setTimeout(() => run({ didTimeout: true, timeRemaining: () => 0 }), 0);
  }

  private cancelIdle(): void {
    if (this.idleHandle === null) return;
    if (typeof this.win.cancelIdleCallback === 'function') this.win.cancelIdleCallback(this.idleHandle);
    else this.win.clearTimeout(this.idleHandle);
    this.idleHandle = null;
  }
}
