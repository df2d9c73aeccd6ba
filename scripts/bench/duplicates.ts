// Near-duplicate look-up per paper against the big library (issue 6, target ≤ 5 ms), and first visits of the real
// pages against it (issue 3's targets, with the library a reader has after a while).
import { bigLibraryVisits } from './annotate';
import type { BenchContext } from './context';
import { type Metric, median, ms, percentile } from './results';

export async function duplicatesGroup(ctx: BenchContext): Promise<Metric[]> {
  const { papers } = await ctx.library();
  const lab = await ctx.lab();
  ctx.log('duplicates: the *dupKeys index of the library');
  const times = await lab.call('duplicateLookups', ctx.seeds, ctx.options.quick ? 50 : 200);
  const visits = await bigLibraryVisits(ctx);
  return [
    ...visits,
    {
      group: 'duplicates',
      metric: `near-duplicate look-up per paper, ${Math.round(papers / 1000)}k library`,
      value: median(times.lookups),
      unit: 'ms',
      target: 5,
      note: `p95 ${ms(percentile(times.lookups, 0.95))} ms over ${times.lookups.length} papers (${times.found} with a match); findLibraryDuplicates: one bounded read of the *dupKeys index per key, the best candidates confirmed by similarity`,
    },
  ];
}
