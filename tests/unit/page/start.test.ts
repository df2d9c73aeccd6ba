import { afterEach, describe, expect, it, vi } from 'vitest';
import { startAfterLoad } from '@/lib/page/start';

/** A window whose document is still loading, with the parts startAfterLoad uses. */
function loadingWindow() {
  const listeners: (() => void)[] = [];
  const win = {
    document: { readyState: 'interactive' },
    setTimeout: (fn: () => void, ms: number) => setTimeout(fn, ms),
    clearTimeout: (id: number) => clearTimeout(id),
    addEventListener: (_: string, fn: () => void) => listeners.push(fn),
  };
  return {
    win: win as unknown as Window,
    load: () => {
      for (const fn of listeners) fn();
    },
  };
}

describe('startAfterLoad', () => {
  afterEach(() => vi.useRealTimers());

  it('starts at once on a page that has loaded', () => {
    const start = vi.fn();
    startAfterLoad({ document: { readyState: 'complete' } } as unknown as Window, start);
    expect(start).toHaveBeenCalledOnce();
  });

  it('waits for the load event, then starts once', () => {
    vi.useFakeTimers();
    const { win, load } = loadingWindow();
    const start = vi.fn();
    startAfterLoad(win, start, 1000);
    vi.advanceTimersByTime(500);
    expect(start).not.toHaveBeenCalled();
    load();
    vi.advanceTimersByTime(0);
    expect(start).toHaveBeenCalledOnce();
    vi.advanceTimersByTime(2000);
    expect(start).toHaveBeenCalledOnce();
  });

  it('starts after the longest wait when the page never finishes loading', () => {
    vi.useFakeTimers();
    const { win, load } = loadingWindow();
    const start = vi.fn();
    startAfterLoad(win, start, 1000);
    vi.advanceTimersByTime(999);
    expect(start).not.toHaveBeenCalled();
    vi.advanceTimersByTime(1);
    expect(start).toHaveBeenCalledOnce();
    load();
    vi.advanceTimersByTime(10);
    expect(start).toHaveBeenCalledOnce();
  });
});
