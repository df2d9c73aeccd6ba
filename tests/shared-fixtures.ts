// Real saved pages live in ../shared/fixtures (beside the checkout in CI). Tests that need them are skipped,
// with a message, where that folder is absent.
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';

export const SHARED_DIR = resolve(process.env.MARGIN_SHARED ?? resolve(process.cwd(), '../shared'));
export const FIXTURES_DIR = resolve(SHARED_DIR, 'fixtures');
export const SEEDS_DIR = resolve(SHARED_DIR, 'seeds');
export const hasShared = existsSync(FIXTURES_DIR);

export const SKIP_MESSAGE = `../shared/fixtures not found at ${FIXTURES_DIR}: real-page tests skipped`;
if (!hasShared) console.warn(SKIP_MESSAGE);

export const FIXTURE = {
  hfDay: 'hf_papers_date_2026-07-02.html',
  hfHydrated: 'hf_papers_date_2026-09-28_hydrated.html',
  arxivNew: 'arxiv_list_cond-mat.mtrl-sci_new_2026-09-22.html',
  arxivPastweek: 'arxiv_list_astro-ph_pastweek_2024-11-22.html',
  arxivAbs: 'arxiv_abs_2609.22268.html',
  hfApi: 'hf_api_daily_papers_2026-07-13_to_27.json',
} as const;

/** The real URL each saved page was served at. */
export const FIXTURE_URL: Record<keyof typeof FIXTURE, string> = {
  hfDay: 'https://huggingface.co/papers/date/2026-07-02',
  hfHydrated: 'https://huggingface.co/papers/date/2026-09-28',
  arxivNew: 'https://arxiv.org/list/cond-mat.mtrl-sci/new',
  arxivPastweek: 'https://arxiv.org/list/astro-ph/pastweek?show=1000',
  arxivAbs: 'https://arxiv.org/abs/2609.22268',
  hfApi: 'https://huggingface.co/api/daily_papers',
};

export function readFixture(name: keyof typeof FIXTURE): string {
  return readFileSync(resolve(FIXTURES_DIR, FIXTURE[name]), 'utf8');
}

export function readSeed(n: 0 | 1 | 2): string {
  return readFileSync(resolve(SEEDS_DIR, `digest_00${n}.txt`), 'utf8');
}
