// Import of a 10k-paper file through the library page's import module, in Chromium (real IndexedDB), into an
// empty database: the JSON backup and a BibTeX file, each as the library page's import control reads it.
import type { BenchContext } from './context';
import { type Metric, median } from './results';

export async function importGroup(ctx: BenchContext): Promise<Metric[]> {
  const lab = await ctx.lab();
  const count = ctx.options.exportPapers;
  const metrics: Metric[] = [];
  for (const format of ['json', 'bibtex'] as const) {
    ctx.log(`import: ${count} papers, ${format} (Chromium)`);
    const result = await lab.call('importTimes', ctx.seeds, count, format, ctx.options.scanRuns);
    metrics.push({
      group: 'import',
      metric: `import ${count.toLocaleString('en')} papers: ${format === 'json' ? 'JSON backup (merge into empty)' : 'BibTeX'}`,
      value: result.error ? null : median(result.ms),
      unit: 'ms',
      note: result.error
        ? `failed: ${result.error}`
        : `${(result.bytes / 2 ** 20).toFixed(1)} MB file, ${result.added} papers added; validated whole, then one transaction`,
    });
  }
  return metrics;
}
