import { describe, expect, it } from 'vitest';
import { CardDrawing, type DrawingWindow } from '@/lib/page/drawing';

/** A window whose viewport and idle periods the test drives by hand. */
function fakeWindow() {
  let seen: ((entries: IntersectionObserverEntry[]) => void) | null = null;
  const observed = new Set<Element>();
  const idle: IdleRequestCallback[] = [];
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
    setTimeout: () => 0,
    clearTimeout: () => undefined,
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
  };
}

const cards = (n: number): Element[] => Array.from({ length: n }, () => document.createElement('dt'));

describe('drawing card controls', () => {
  it('draws the cards the reader can see first, then the rest while the page is idle', () => {
    const page = fakeWindow();
    const drawn: number[] = [];
    const drawing = new CardDrawing<number>(page.win, (card) => drawn.push(card));
    const elements = cards(5);
    for (const [i, element] of elements.entries()) drawing.add(element, i);
    expect(drawn).toEqual([]);
    page.scrollTo(elements[3] as Element);
    expect(drawn).toEqual([3]);
    page.idle(50);
    expect(drawn).toEqual([3, 0, 1, 2, 4]);
    expect(page.observed.size).toBe(0);
    expect(page.idleWaiting()).toBe(0);
  });

  it('draws each card once, however it is reached', () => {
    const page = fakeWindow();
    const drawn: number[] = [];
    const drawing = new CardDrawing<number>(page.win, (card) => drawn.push(card));
    const [a, b] = cards(2) as [Element, Element];
    drawing.add(a, 1);
    drawing.add(b, 2);
    drawing.now(a);
    page.scrollTo(a, b);
    drawing.now(b);
    page.idle(50);
    expect(drawn).toEqual([1, 2]);
  });

  it('stops drawing within an idle period once its budget is spent, and asks for another', () => {
    const page = fakeWindow();
    const drawn: number[] = [];
    const drawing = new CardDrawing<number>(page.win, (card) => {
      const until = performance.now() + 2;
      while (performance.now() < until); // a card that takes 2 ms to draw
      drawn.push(card);
    });
    for (const [i, element] of cards(20).entries()) drawing.add(element, i);
    page.idle(50);
    expect(drawn.length).toBeGreaterThan(0);
    expect(drawn.length).toBeLessThan(20);
    expect(page.idleWaiting()).toBe(1);
    while (page.idleWaiting()) page.idle(50);
    expect(drawn).toEqual(Array.from({ length: 20 }, (_, i) => i));
  });

  it('forgets cards that left the page, and everything once stopped', () => {
    const page = fakeWindow();
    const drawn: number[] = [];
    const drawing = new CardDrawing<number>(page.win, (card) => drawn.push(card));
    const [a, b, c] = cards(3) as [Element, Element, Element];
    drawing.add(a, 1);
    drawing.add(b, 2);
    drawing.remove(a);
    page.idle(50);
    expect(drawn).toEqual([2]);
    drawing.add(c, 3);
    drawing.stop();
    page.scrollTo(c);
    page.idle(50);
    expect(drawn).toEqual([2]);
  });

  it('still draws everything in a DOM without IntersectionObserver or idle callbacks', async () => {
    const drawn: number[] = [];
    const drawing = new CardDrawing<number>({ setTimeout: (f, ms) => window.setTimeout(f, ms), clearTimeout }, (card) =>
      drawn.push(card),
    );
    for (const [i, element] of cards(3).entries()) drawing.add(element, i);
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(drawn).toEqual([0, 1, 2]);
  });
});
