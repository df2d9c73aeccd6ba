// arXiv: listings, catch-up, search results and abstract pages.
import { absLayout } from './arxiv-abs';
import { listingLayout } from './arxiv-listing';
import { searchLayout } from './arxiv-search';
import type { PageRule, SiteAdapter } from './types';

const onHost = (url: URL) => url.hostname === 'arxiv.org' || url.hostname === 'www.arxiv.org';
const path = (url: URL) => url.pathname.replace(/\/+$/, '');
const CATEGORY = '[a-z-]+(?:\\.[A-Za-z-]+)?';
const listPath = (tail: string) => new RegExp(`^/list/${CATEGORY}/${tail}$`);

const rule = (kind: PageRule['kind'], pattern: RegExp, testUrls: string[]): PageRule => ({
  kind,
  matches: (url) => onHost(url) && pattern.test(path(url)),
  testUrls,
});

const newListing = rule('new', listPath('new'), [
  'https://arxiv.org/list/cs.LG/new',
  'https://arxiv.org/list/cond-mat.mtrl-sci/new',
]);
const recent = rule('recent', listPath('recent'), [
  'https://arxiv.org/list/cs.LG/recent',
  'https://arxiv.org/list/astro-ph/recent?skip=0&show=2000',
]);
const pastweek = rule('pastweek', listPath('pastweek'), [
  'https://arxiv.org/list/astro-ph/pastweek?show=1000',
  'https://arxiv.org/list/cs.CL/pastweek',
]);
const month = rule('month', listPath('(?:\\d{4}-\\d{2}|\\d{4}|\\d{2})'), [
  'https://arxiv.org/list/cs.LG/2026-09',
  'https://arxiv.org/list/hep-th/2024',
]);
const catchup = rule('catchup', new RegExp(`^/catchup(?:/${CATEGORY}/\\d{4}-\\d{2}-\\d{2})?$`), [
  'https://arxiv.org/catchup/cs.LG/2026-09-21',
  'https://arxiv.org/catchup?smonth=09&group=grp_cs&sday=21&num=50&archive=cs&method=with&syear=2026',
]);
const search = rule('search', /^\/search(?:\/[a-z-]+)?$/, [
  'https://arxiv.org/search/?query=neighborhood+attention&searchtype=all',
  'https://arxiv.org/search/cs?query=diffusion&searchtype=title',
]);
const abs = rule('abs', /^\/abs\/.+$/, ['https://arxiv.org/abs/2609.22268', 'https://arxiv.org/abs/hep-th/9901001v2']);

export const arxiv: SiteAdapter = {
  site: 'arxiv',
  name: 'arXiv',
  pages: [
    { ...newListing, layout: listingLayout },
    { ...recent, layout: listingLayout },
    { ...pastweek, layout: listingLayout },
    { ...month, layout: listingLayout },
    { ...catchup, layout: listingLayout },
    { ...search, layout: searchLayout },
    { ...abs, layout: absLayout },
  ],
};
