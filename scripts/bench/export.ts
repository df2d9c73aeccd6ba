// Export of a 10k-paper library to every format, in Node (tsx): the writers are pure string work with no
// browser API, on the same V8 as Chromium. BibTeX target ≤ 1 s.
import { EXPORT_FORMATS } from '../../lib/export/formats';
import { EXPORT_FORMAT_IDS } from '../../lib/export/types';
import { DEFAULT_SETTINGS } from '../../lib/settings';
import type { BenchContext } from './context';
import { libraryChunk } from './library-data';
import { type Metric, median } from './results';

export async function exportGroup(ctx: BenchContext): Promise<Metric[]> {
  const count = ctx.options.exportPapers;
  ctx.log(`export: ${count} papers, every format (Node)`);
  const { papers, sightings } = libraryChunk(ctx.seeds, 0, count);
  const input = { papers, sightings, settings: DEFAULT_SETTINGS, exportedAt: Date.now() };
  return EXPORT_FORMAT_IDS.map((id) => {
    const format = EXPORT_FORMATS[id];
    const times: number[] = [];
    let bytes = 0;
    for (let run = 0; run <= ctx.options.runs; run++) {
      const started = performance.now();
      bytes = format.write(input).length;
      if (run > 0) times.push(performance.now() - started);
    }
    return {
      group: 'export',
      metric: `export ${count.toLocaleString('en')} papers: ${format.label} (Node)`,
      value: median(times),
      unit: 'ms',
      target: id === 'bibtex' ? 1000 : undefined,
      note: `${(bytes / 2 ** 20).toFixed(1)} MB${id === 'json' ? `, with ${sightings.length} sightings` : ''}`,
    } satisfies Metric;
  });
}
