// Dates as arXiv and Hugging Face print them, and the library's day helpers. Tests run with TZ=UTC.
import { describe, expect, it } from 'vitest';
import { isoDatePart, localDay, parseLooseDate, shortDate } from '@/lib/dates';

describe('parseLooseDate', () => {
  it.each([
    // /pastweek and /recent day headings
    ['Fri, 22 Nov 2024 (showing 75 of 75 entries )', '2024-11-22'],
    ['Mon, 18 Nov 2024', '2024-11-18'],
    ['Fri, 22 Nov 2024 (continued, showing last 10 of 75 entries )', '2024-11-22'],
    // /new page heading, and section headings with the date
    ['Showing new listings for Tuesday, 22 September 2026', '2026-09-22'],
    ['New submissions for Tuesday, 22 September 2026 (showing 45 of 45 entries )', '2026-09-22'],
    // pre-2024 headings: two-digit years, double spaces
    ['New submissions for Fri, 3 Feb 23', '2023-02-03'],
    ['Cross-lists for Fri,  3 Feb 23', '2023-02-03'],
    ['Replacements for Mon, 30 Dec 96', '1996-12-30'],
    ['Submissions received from  Wed  1 Feb 23  to  Thu  2 Feb 23, announced Fri,  3 Feb 23', '2023-02-01'],
    // catch-up
    ['Catchup results for Machine Learning on Mon, 21 Sep 2026', '2026-09-21'],
    // abstract pages: meta tags, dateline, submission history
    ['2026/09/09', '2026-09-09'],
    ['2026/9/9', '2026-09-09'],
    ['[Submitted on 9 Sep 2026]', '2026-09-09'],
    ['[Submitted on 9 Sep 2026 (v1), last revised 3 Mar 2027 (this version, v2)]', '2026-09-09'],
    ['[v1] Wed, 9 Sep 2026 07:35:39 UTC (5,078 KB)', '2026-09-09'],
    // search results
    ['Submitted 21 November, 2024; originally announced November 2024.', '2024-11-21'],
    ['3 March, 2025', '2025-03-03'],
    ['v1 submitted 29 September, 2022', '2022-09-29'],
    // other spellings
    ['9 Sept. 2026', '2026-09-09'],
    ['1 june 2026', '2026-06-01'],
    ['Sep 22, 2026', '2026-09-22'],
    ['September 22 2026', '2026-09-22'],
    ['2026-09-22', '2026-09-22'],
    ['published 2026-06-26T00:00:00.000Z', '2026-06-26'],
    ['29 Feb 2024', '2024-02-29'],
  ])('%j → %s', (text, iso) => {
    expect(parseLooseDate(text)).toBe(iso);
  });

  it.each([
    '',
    'New submissions (showing 45 of 45 entries)',
    'Astrophysics',
    'originally announced November 2024.',
    '31 Feb 2024',
    '29 Feb 2023',
    '2026/13/01',
    '2026-02-30',
    '32 Jan 2024',
    '3 Novel 2024',
    '(5,078 KB)',
  ])('%j → undefined', (text) => {
    expect(parseLooseDate(text)).toBeUndefined();
  });
});

describe('isoDatePart', () => {
  it('keeps the day of an ISO date-time as written', () => {
    expect(isoDatePart('2026-06-26T00:00:00.000Z')).toBe('2026-06-26');
    expect(isoDatePart('2026-06-26T23:59:59-07:00')).toBe('2026-06-26');
    expect(isoDatePart('2026-06-26')).toBe('2026-06-26');
  });

  it.each([undefined, null, 42, '', 'June 26', '2026-02-30T00:00:00Z', '26-06-2026'])('%j → undefined', (value) => {
    expect(isoDatePart(value)).toBeUndefined();
  });
});

describe('localDay and shortDate', () => {
  const ms = Date.UTC(2026, 8, 22, 12);

  it('gives the calendar day of an instant', () => {
    expect(localDay(ms)).toBe('2026-09-22');
    expect(localDay(Date.UTC(2026, 0, 1, 0, 0, 0))).toBe('2026-01-01');
  });

  it('omits the year only within the same year', () => {
    expect(shortDate(ms, Date.UTC(2026, 11, 31))).toBe('Sep 22');
    expect(shortDate(ms, Date.UTC(2027, 0, 1))).toBe('Sep 22, 2026');
  });
});
