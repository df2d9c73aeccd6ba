// Library operations at scale (issue 4), each against raw IndexedDB doing the same reads in the same page,
// as a ratio of medians (target ≤ 1.5).
import type { BenchContext } from './context';
import { paperId } from './library-data';
import { type Metric, ms, ratioOf } from './results';

const SEARCHES = ['language model', 'diffusion', 'video generation benchmark'];

const STAR_NOTE = 'star and unstar in turn, timed ten to a sample (the page clock counts in 0.1 ms steps)';

function ratioMetric(metric: string, times: { margin: number[]; raw: number[] }, note = ''): Metric {
  const { margin, raw, ratio } = ratioOf(times);
  return {
    group: 'library',
    metric,
    value: ratio,
    unit: '×',
    target: 1.5,
    note: `Margin ${ms(margin)} ms vs raw ${ms(raw)} ms${note ? `; ${note}` : ''}`,
  };
}

export async function libraryGroup(ctx: BenchContext): Promise<Metric[]> {
  const { papers } = await ctx.library();
  const lab = await ctx.lab();
  const { opRuns, scanRuns } = ctx.options;
  const size = `${Math.round(papers / 1000)}k`;
  // Half the ids in the library, half not (a digest page: some papers met before, most new).
  const ids = Array.from({ length: 2000 }, (_, i) => (i % 2 ? paperId((i * 7919) % papers) : `2612.${90_000 + i}`));
  ctx.log('library: state look-up');
  const lookUp = await lab.call('lookUpStates', ids, opRuns);
  const roundTrip = await lab.call('messageRoundTrip', opRuns);
  ctx.log('library: star');
  const star = await lab.call('star', paperId(11), paperId(12), opRuns);
  const starInStore = await lab.call('starInStore', paperId(13), paperId(14), opRuns);
  ctx.log('library: popup first page');
  const firstPage = await lab.call('popupFirstPage', opRuns);
  ctx.log('library: popup search');
  const popupSearch = await lab.call('popupSearch', SEARCHES, scanRuns);
  ctx.log('library: library page index and search');
  const librarySearch = await lab.call('librarySearch', SEARCHES, scanRuns);
  const trip = ms(ratioOf({ margin: roundTrip, raw: roundTrip }).margin);
  return [
    ratioMetric(
      `${size}: state look-up, 2000 ids (lookUpStates message)`,
      lookUp,
      `an empty message round trip ${trip} ms; the same 2000 ids each run, so after the first the worker's remembered built-in topic scores serve (as for a page asking again after its visit)`,
    ),
    {
      ...ratioMetric(`${size}: one star from a page (setSaved message)`, star),
      target: undefined,
      note: `Margin ${ms(ratioOf(star).margin)} ms vs raw ${ms(ratioOf(star).raw)} ms; ${trip} ms of it is the message round trip a content script cannot avoid; ${STAR_NOTE}`,
    },
    ratioMetric(`${size}: one star in the store (setSaved, no message)`, starInStore, STAR_NOTE),
    ratioMetric(`${size}: popup first page (50 newest saved + count)`, firstPage),
    ratioMetric(`${size}: popup search (listSaved text filter)`, popupSearch, `queries: ${SEARCHES.join(' / ')}`),
    ratioMetric(
      `${size}: library page search (MiniSearch index) vs raw cursor scan`,
      librarySearch,
      `hits ${librarySearch.hits.margin} (prefix, fuzzy) vs ${librarySearch.hits.raw} (exact)`,
    ),
    {
      group: 'library',
      metric: `${size}: library page index load (${librarySearch.indexed.toLocaleString('en')} saved papers)`,
      value: librarySearch.loadMs / 1000,
      unit: 's',
      note: 'loadIndex into MiniSearch, as the library page does on opening (in chunks, with progress)',
    },
  ];
}
