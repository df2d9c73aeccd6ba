// When each card's controls are drawn. Every card gets its state (the data-margin-* contract) at once; its
// controls (star, badge, chips) follow:
// - cards in or near the viewport first, as soon as the viewport reaches them;
// - all the others while the page is idle, a few per idle period.
// Each card is built off the page, then put on it; a slice of cards takes one task, with a time budget for
// both steps. Small slices keep every task and every frame short: styling and laying out 2000 cards' controls
// at once is a frame of half a second on a 2000-entry page.

/** How far around the viewport a card counts as about to be seen: one screen above and below. */
const NEAR_VIEWPORT = '100% 0px';
/**
 * One card in this many is watched for the viewport; reaching it brings the cards up to this many before and
 * after it too (they sit within a screen of it on any listing). The observer's work each frame grows with the
 * cards it watches: on a 2000-entry page watching every card was 20–40 ms a frame.
 */
const STRIDE = 8;
/** Building time per task (idle period, or slice of the cards in view), so that no task runs long. */
const BUDGET_MS = 8;
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

export interface DrawingSteps<T> {
  /** Builds a card's controls off the page (script work only). */
  build(card: T): void;
  /** Puts a built card on the page. */
  attach(card: T): void;
}

export class CardDrawing<T> {
  /** Cards not on the page yet, in the order they were added (page order). */
  private readonly waiting = new Map<Element, T>();
  /** Waiting cards the viewport reached: built and attached first. */
  private readonly seen = new Set<Element>();
  /** Cards in the order they were added, and each one's place, to find a watched card's neighbours. */
  private order: Element[] = [];
  private readonly place = new Map<Element, number>();
  private readonly observer: IntersectionObserver | null;
  private idleHandle: number | null = null;
  private seenHandle: number | null = null;

  constructor(
    private readonly win: DrawingWindow,
    private readonly steps: DrawingSteps<T>,
  ) {
    this.observer =
      typeof win.IntersectionObserver === 'function'
        ? new win.IntersectionObserver((entries) => this.onSeen(entries), { rootMargin: NEAR_VIEWPORT })
        : null;
  }

  add(element: Element, card: T): void {
    this.waiting.set(element, card);
    this.place.set(element, this.order.length);
    if (this.order.length % STRIDE === 0) this.observer?.observe(element);
    this.order.push(element);
    this.scheduleIdle();
  }

  /** Forgets a card (it left the page, or it is read again). */
  remove(element: Element): void {
    if (this.waiting.delete(element)) this.observer?.unobserve(element);
    this.seen.delete(element);
    if (!this.waiting.size) this.forgetOrder();
  }

  /** Puts a card on the page now if it is still waiting (it got the keyboard focus). */
  now(element: Element): void {
    const card = this.waiting.get(element);
    if (card === undefined) return;
    this.steps.build(card);
    this.attach(element);
  }

  stop(): void {
    this.observer?.disconnect();
    if (this.idleHandle !== null) this.cancelIdle(this.idleHandle);
    if (this.seenHandle !== null) this.win.clearTimeout(this.seenHandle);
    this.idleHandle = null;
    this.seenHandle = null;
    this.waiting.clear();
    this.seen.clear();
    this.forgetOrder();
  }

  private forgetOrder(): void {
    this.order = [];
    this.place.clear();
  }

  private attach(element: Element): void {
    const card = this.waiting.get(element);
    if (card === undefined) return;
    this.remove(element);
    this.steps.attach(card);
  }

  /**
   * Builds waiting cards from `from` and puts each on the page, until the budget is spent (one card at least).
   * Putting a card on the page costs as much as building it or more (on a 2000-entry listing 0.15–0.45 ms a
   * card, against about 0.15 to build it), so the budget counts both.
   */
  private drawSome(from: Iterable<Element>, budget: number): void {
    const start = performance.now();
    let drawn = 0;
    for (const element of from) {
      const card = this.waiting.get(element);
      if (card === undefined) continue;
      if (drawn && performance.now() - start >= budget) break;
      this.steps.build(card);
      this.attach(element);
      drawn++;
    }
  }

  private onSeen(entries: IntersectionObserverEntry[]): void {
    for (const entry of entries) {
      const at = this.place.get(entry.target);
      if (!entry.isIntersecting || at === undefined) continue;
      for (let i = Math.max(0, at - STRIDE + 1); i < Math.min(this.order.length, at + STRIDE); i++) {
        const element = this.order[i] as Element;
        if (this.waiting.has(element)) this.seen.add(element);
      }
    }
    this.drawSeen();
  }

  /** The cards in view: a slice per task (a dense listing brings dozens at once). */
  private drawSeen(): void {
    this.seenHandle = null;
    this.drawSome(this.seen, BUDGET_MS);
    if (this.seen.size) this.seenHandle = this.win.setTimeout(() => this.drawSeen(), 0);
  }

  /** The rest, while the page is idle: a slice per idle period. */
  private drawWhileIdle(deadline: IdleDeadline): void {
    this.idleHandle = null;
    this.drawSome(this.waiting.keys(), deadline.didTimeout ? BUDGET_MS : Math.min(BUDGET_MS, deadline.timeRemaining()));
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

  private cancelIdle(handle: number): void {
    if (typeof this.win.cancelIdleCallback === 'function') this.win.cancelIdleCallback(handle);
    else this.win.clearTimeout(handle);
  }
}
