// Near-duplicate look-up per paper against the big library (issue 6, target ≤ 5 ms).
import { SCHEMA_VERSIONS } from '../../lib/db-schema';
import type { BenchContext } from './context';
import { type Metric, median, ms, percentile } from './results';

const hasDupKeysIndex = () => SCHEMA_VERSIONS.some((v) => v.stores.papers?.includes('dupKeys'));

export async function duplicatesGroup(ctx: BenchContext): Promise<Metric[]> {
  const { papers } = await ctx.library();
  const lab = await ctx.lab();
  ctx.log('duplicates: in-memory index over the library');
  const times = await lab.call('duplicateLookups', ctx.seeds, ctx.options.quick ? 50 : 200);
  const how = hasDupKeysIndex()
    ? 'schema has a dupKeys index, but rows written by the bench carry no keys: measured the in-memory DuplicateIndex'
    : 'no dupKeys index in the schema yet (v2): measured the in-memory DuplicateIndex';
  return [
    {
      group: 'duplicates',
      metric: `near-duplicate look-up per paper, ${Math.round(papers / 1000)}k library`,
      value: median(times.lookups),
      unit: 'ms',
      target: 5,
      note: `p95 ${ms(percentile(times.lookups, 0.95))} ms over ${times.lookups.length} papers (${times.found} with a match); index built in ${(times.buildMs / 1000).toFixed(1)} s; ${how}`,
    },
  ];
}
