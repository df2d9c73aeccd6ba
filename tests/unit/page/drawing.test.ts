import { describe, expect, it } from 'vitest';
import { CardDrawing, type DrawingWindow } from '@/lib/page/drawing';

/** A window whose viewport and idle periods the test drives by hand. */
function fakeWindow() {
  let seen: ((entries: IntersectionObserverEntry[]) => void) | null = null;
  const observed = new Set<Element>();
  const idle: IdleRequestCallback[] = [];
  const tasks: (() => void)[] = [];
  class FakeObserver {
    constructor(callback: (entries: IntersectionObserverEntry[]) => void) {
      seen = callback;
    }
    observe(element: Element) {
      observed.add(element);
    }
    unobserve(element: Element) {
      observed.delete(element);
    }
    disconnect() {
      observed.clear();
    }
  }
  const win: DrawingWindow = {
    IntersectionObserver: FakeObserver as unknown as typeof IntersectionObserver,
    requestIdleCallback: (callback) => idle.push(callback),
    cancelIdleCallback: (handle) => idle.splice(handle - 1, 1),
    setTimeout: (handler) => tasks.push(handler),
    clearTimeout: (handle) => tasks.splice(handle - 1, 1),
  };
  return {
    win,
    observed,
    /** The viewport reaches these elements. */
    scrollTo: (...elements: Element[]) =>
      seen?.(elements.map((target) => ({ target, isIntersecting: true }) as IntersectionObserverEntry)),
    /** One idle period of `ms` milliseconds. */
    idle: (ms: number) => idle.shift()?.({ didTimeout: false, timeRemaining: () => ms }),
    idleWaiting: () => idle.length,
    /** Runs the next queued task; false when there was none. */
    task: () => {
      const next = tasks.shift();
      next?.();
      return !!next;
    },
  };
}

const cards = (n: number): Element[] => Array.from({ length: n }, () => document.createElement('dt'));

/**
 * Steps that record what was built and what was put on the page; `cost` ms of work per card built. `slice()`
 * returns the cards put on the page since it was last called (in a test: by one idle period or task).
 */
function recorder(cost = 0) {
  const built: number[] = [];
  const attachedCards: number[] = [];
  let sliced = 0;
  const steps = {
    build: (card: number) => {
      const until = performance.now() + cost;
      while (performance.now() < until); // busy: a card that takes `cost` ms to build
      built.push(card);
    },
    attach: (card: number) => {
      expect(built).toContain(card); // built off the page first
      attachedCards.push(card);
    },
  };
  const slice = () => {
    const cards = attachedCards.slice(sliced);
    sliced = attachedCards.length;
    return cards;
  };
  return { built, steps, attached: () => [...attachedCards], slice };
}

/** A drawing in the fake window, its steps recorded (`cost` ms a card built), with `n` cards added: card i is
 * the number i. */
function drawingWith(n: number, cost = 0) {
  const page = fakeWindow();
  const log = recorder(cost);
  const drawing = new CardDrawing<number>(page.win, log.steps);
  const elements = cards(n);
  for (const [i, element] of elements.entries()) drawing.add(element, i);
  return { page, log, drawing, elements };
}

describe('drawing card controls', () => {
  it('puts the cards in view on the page first, then all the others together while the page is idle', () => {
    const { page, log, elements } = drawingWith(20);
    expect(log.built).toEqual([]);
    // One card in eight is watched; the viewport reaching one brings its neighbours up to 7 on each side.
    expect([...page.observed]).toEqual([elements[0], elements[8], elements[16]]);
    page.scrollTo(elements[8] as Element);
    expect(log.slice()).toEqual(Array.from({ length: 15 }, (_, i) => i + 1));
    page.idle(50);
    expect(log.slice()).toEqual([0, 16, 17, 18, 19]);
    expect(page.observed.size).toBe(0);
    expect(page.idleWaiting()).toBe(0);
  });

  it('draws the first and last cards the viewport reaches with their neighbours, within the page', () => {
    const { page, log, elements } = drawingWith(10);
    page.scrollTo(elements[0] as Element);
    expect(log.attached()).toEqual([0, 1, 2, 3, 4, 5, 6, 7]);
    page.scrollTo(elements[8] as Element);
    expect(log.attached()).toEqual([0, 1, 2, 3, 4, 5, 6, 7, 8, 9]);
  });

  it('draws a slice per idle period, its cards built and put on the page within the time budget', () => {
    const { page, log } = drawingWith(20, 2);
    page.idle(50);
    const first = log.slice();
    expect(log.built).toEqual(first);
    // At least 2 ms a card against an 8 ms budget: four cards at most, however long the idle period.
    expect(first.length).toBeGreaterThan(0);
    expect(first.length).toBeLessThanOrEqual(4);
    let slices = 1;
    while (page.idleWaiting()) {
      page.idle(50);
      expect(log.slice().length).toBeGreaterThan(0);
      slices++;
    }
    expect(slices).toBeGreaterThan(2);
    expect(log.attached()).toEqual(Array.from({ length: 20 }, (_, i) => i));
  });

  it('draws at least one card an idle period, even a period with no time left', () => {
    const { page, log } = drawingWith(2);
    page.idle(0);
    expect(log.slice()).toEqual([0]);
    page.idle(0);
    expect(log.slice()).toEqual([1]);
    expect(page.idleWaiting()).toBe(0);
  });

  it('draws many cards the viewport reaches at once in short slices, one task each', () => {
    const { page, log, elements } = drawingWith(30, 2);
    page.scrollTo(elements[16] as Element, elements[24] as Element);
    expect(log.slice().length).toBeLessThan(21);
    let tasks = 0;
    while (page.task()) {
      expect(log.slice().length).toBeGreaterThan(0);
      tasks++;
    }
    expect(tasks).toBeGreaterThan(1);
    expect(log.attached()).toEqual(Array.from({ length: 21 }, (_, i) => i + 9));
  });

  it('draws each card once, however it is reached', () => {
    const { page, log, drawing } = drawingWith(0);
    const [a, b] = cards(2) as [Element, Element];
    drawing.add(a, 1);
    drawing.add(b, 2);
    drawing.now(a);
    page.scrollTo(a, b);
    drawing.now(b);
    page.idle(50);
    expect(log.built).toEqual([1, 2]);
    expect(log.attached()).toEqual([1, 2]);
  });

  it('forgets cards that left the page, and everything once stopped', () => {
    const { page, log, drawing } = drawingWith(0);
    const [a, b, c] = cards(3) as [Element, Element, Element];
    drawing.add(a, 1);
    drawing.add(b, 2);
    drawing.remove(a);
    page.idle(50);
    expect(log.attached()).toEqual([2]);
    drawing.add(c, 3);
    drawing.stop();
    page.scrollTo(c);
    page.idle(50);
    expect(log.attached()).toEqual([2]);
  });

  it('still draws everything in a DOM without IntersectionObserver or idle callbacks', async () => {
    const log = recorder();
    const drawing = new CardDrawing<number>(
      { setTimeout: (f, ms) => window.setTimeout(f, ms), clearTimeout },
      log.steps,
    );
    for (const [i, element] of cards(3).entries()) drawing.add(element, i);
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(log.attached()).toEqual([0, 1, 2]);
  });
});
