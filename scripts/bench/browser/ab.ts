// A/B timing inside one page: Margin's way and the raw way take turns (the order swaps every run), after one
// warm-up round that is not counted.

export interface AbTimes {
  margin: number[];
  raw: number[];
}

/**
 * `batch`: operations per timed sample (each told its own number), for operations of a millisecond or so: an
 * extension page's clock counts in 0.1 ms steps, so one such operation timed alone reads 10% high or low.
 */
export async function timeAb(
  runs: number,
  margin: (op: number) => Promise<unknown>,
  raw: (op: number) => Promise<unknown>,
  batch = 1,
): Promise<AbTimes> {
  const times: AbTimes = { margin: [], raw: [] };
  for (let run = 0; run <= runs; run++) {
    const sides = run % 2 ? (['raw', 'margin'] as const) : (['margin', 'raw'] as const);
    for (const side of sides) {
      const started = performance.now();
      for (let i = 0; i < batch; i++) await (side === 'margin' ? margin(run * batch + i) : raw(run * batch + i));
      if (run > 0) times[side].push((performance.now() - started) / batch);
    }
  }
  return times;
}

/** Plain repeated timing, one warm-up first. */
export async function timeRuns(runs: number, work: (run: number) => Promise<unknown>): Promise<number[]> {
  const times: number[] = [];
  for (let run = 0; run <= runs; run++) {
    const started = performance.now();
    await work(run);
    if (run > 0) times.push(performance.now() - started);
  }
  return times;
}
