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

/**
 * Reads the dates arXiv prints in headings and meta: "Fri, 22 Nov 2024", "Tuesday, 22 September 2026",
 * "Fri, 3 Feb 23", "2026/09/09", "9 Sep 2026".
 */
export function parseLooseDate(text: string): string | undefined {
  const slashed = /(\d{4})\/(\d{1,2})\/(\d{1,2})/.exec(text);
  if (slashed) return toIso(Number(slashed[1]), Number(slashed[2]), Number(slashed[3]));
  const spelled = /(\d{1,2})\s+([A-Za-z]{3})[A-Za-z]*\.?\s+(\d{4}|\d{2})\b/.exec(text);
  if (!spelled) return undefined;
  const month = MONTHS.indexOf((spelled[2] ?? '').toLowerCase()) + 1;
  if (month === 0) return undefined;
  const rawYear = Number(spelled[3]);
  const year = rawYear < 100 ? 2000 + rawYear : rawYear;
  return toIso(year, month, Number(spelled[1]));
}

/** "Dec 8" (this year) or "Dec 8, 2025" (another year), for badges. */
export function shortDate(ms: number, now: number): string {
  const d = new Date(ms);
  const month = MONTHS[d.getMonth()] ?? '';
  const label = `${month.charAt(0).toUpperCase()}${month.slice(1)} ${d.getDate()}`;
  return d.getFullYear() === new Date(now).getFullYear() ? label : `${label}, ${d.getFullYear()}`;
}
