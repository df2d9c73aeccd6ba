// Dates as the library uses them: epoch ms for instants, local YYYY-MM-DD for days.

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];

const pad = (n: number) => String(n).padStart(2, '0');

/** Local calendar day of an instant, YYYY-MM-DD. */
export function localDay(ms: number): string {
  const d = new Date(ms);
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
}

/** Day of an ISO date-time as written (`2026-06-26T00:00:00.000Z` → `2026-06-26`), or undefined. */
export function isoDatePart(value: unknown): string | undefined {
  if (typeof value !== 'string') return undefined;
  const match = /^(\d{4})-(\d{2})-(\d{2})/.exec(value);
  return match && isValidDay(Number(match[1]), Number(match[2]), Number(match[3])) ? match[0] : undefined;
}

function isValidDay(year: number, month: number, day: number): boolean {
  const d = new Date(Date.UTC(year, month - 1, day));
  return d.getUTCFullYear() === year && d.getUTCMonth() === month - 1 && d.getUTCDate() === day;
}

function toIso(year: number, month: number, day: number): string | undefined {
  return isValidDay(year, month, day) ? `${year}-${pad(month)}-${pad(day)}` : undefined;
}

// Month names as arXiv and Hugging Face print them: "Nov", "Sept", "September".
const MONTH_NAME =
  '(Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sep(?:t|tember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\\.?';
const ISO_DAY = /\b(\d{4})-(\d{2})-(\d{2})(?!\d)/;
const SLASHED = /\b(\d{4})\/(\d{1,2})\/(\d{1,2})(?!\d)/;
// "22 Nov 2024", "Fri,  3 Feb 23", "21 November, 2024"
const DAY_MONTH_YEAR = new RegExp(`\\b(\\d{1,2})\\s+${MONTH_NAME},?\\s+(\\d{4}|\\d{2})\\b`, 'i');
// "Nov 22, 2024", "September 22 2026"
const MONTH_DAY_YEAR = new RegExp(`\\b${MONTH_NAME}\\s+(\\d{1,2}),?\\s+(\\d{4})\\b`, 'i');

const monthNumber = (name: string | undefined) => MONTHS.indexOf((name ?? '').slice(0, 3).toLowerCase()) + 1;

/** Two-digit years are arXiv's old headings ("3 Feb 23"); arXiv began in 1991. */
const fullYear = (year: string | undefined) => {
  const n = Number(year);
  return (year ?? '').length > 2 ? n : n >= 91 ? 1900 + n : 2000 + n;
};

type DayParts = [year: number, month: number, day: number];
const READERS: [RegExp, (match: RegExpExecArray) => DayParts][] = [
  [ISO_DAY, (m) => [Number(m[1]), Number(m[2]), Number(m[3])]],
  [SLASHED, (m) => [Number(m[1]), Number(m[2]), Number(m[3])]],
  [DAY_MONTH_YEAR, (m) => [fullYear(m[3]), monthNumber(m[2]), Number(m[1])]],
  [MONTH_DAY_YEAR, (m) => [fullYear(m[3]), monthNumber(m[1]), Number(m[2])]],
];

/**
 * Reads the dates arXiv prints in headings, meta tags and search results: "Fri, 22 Nov 2024",
 * "Tuesday, 22 September 2026", "Fri, 3 Feb 23", "2026/09/09", "9 Sep 2026", "21 November, 2024", and also
 * "2026-09-22" and "Sep 22, 2026". The first date in the text wins; undefined when there is none or when it
 * does not exist (31 Feb).
 */
export function parseLooseDate(text: string): string | undefined {
  let first: { index: number; parts: DayParts } | undefined;
  for (const [pattern, read] of READERS) {
    const match = pattern.exec(text);
    if (match && (!first || match.index < first.index)) first = { index: match.index, parts: read(match) };
  }
  return first ? toIso(...first.parts) : undefined;
}

/** "Dec 8" (this year) or "Dec 8, 2025" (another year), for badges. */
export function shortDate(ms: number, now: number): string {
  const d = new Date(ms);
  const month = MONTHS[d.getMonth()] ?? '';
  const label = `${month.charAt(0).toUpperCase()}${month.slice(1)} ${d.getDate()}`;
  return d.getFullYear() === new Date(now).getFullYear() ? label : `${label}, ${d.getFullYear()}`;
}
