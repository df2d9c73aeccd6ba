// A/B timing inside one page: Margin's way and the raw way take turns (the order swaps every run), after one
// warm-up round that is not counted.

export interface AbTimes {
  margin: number[];
  raw: number[];
}

export async function timeAb(
  runs: number,
  margin: (run: number) => Promise<unknown>,
  raw: (run: number) => Promise<unknown>,
): Promise<AbTimes> {
  const times: AbTimes = { margin: [], raw: [] };
  for (let run = 0; run <= runs; run++) {
    const sides = run % 2 ? (['raw', 'margin'] as const) : (['margin', 'raw'] as const);
    for (const side of sides) {
      const started = performance.now();
      await (side === 'margin' ? margin(run) : raw(run));
      if (run > 0) times[side].push(performance.now() - started);
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
