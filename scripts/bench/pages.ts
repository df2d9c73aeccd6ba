// The digest pages the bench loads: the real HF day page (31 cards), the real astro-ph /pastweek page (397)
// and the 2000-entry page built from it.

import { type DigestFixture, realArxivPastweek, realHfDay } from '../../tests/browser/pages';
import { buildPastweekPage, PASTWEEK_2000_URL } from '../../tests/fixtures/generate-listing';
import { readFixture } from '../../tests/shared-fixtures';

export interface BenchPage extends DigestFixture {
  label: string;
}

export function benchPages(): { hf: BenchPage; pastweek: BenchPage; big: BenchPage } {
  return {
    hf: { ...realHfDay(), label: 'HF day (31)' },
    pastweek: { ...realArxivPastweek(), label: 'arXiv pastweek (397)' },
    big: {
      url: PASTWEEK_2000_URL,
      body: buildPastweekPage(readFixture('arxivPastweek'), 2000),
      cards: 2000,
      someId: '2411.60000',
      label: 'generated pastweek (2000)',
    },
  };
}
