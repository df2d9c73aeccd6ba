// CSV for spreadsheets and Zotero: UTF-8 with a BOM, RFC 4180 quoting and CRLF rows, one row per paper,
// lists joined with "; ". A cell a spreadsheet would read as a formula gets a leading apostrophe.
import { localDay } from '../dates';
import type { Paper } from '../paper';
import { arxivDoi, arxivIdOf, dateOf, urlOf, withoutControls } from './paper-fields';
import type { ExportFormat, ExportInput } from './types';

const BOM = '\ufeff';

const day = (ms: number | undefined) => (ms === undefined ? '' : localDay(ms));

export const CSV_COLUMNS: readonly [string, (paper: Paper) => string][] = [
  ['id', (p) => p.id],
  ['title', (p) => p.title],
  ['authors', (p) => p.authors.join('; ')],
  ['date', (p) => dateOf(p) ?? ''],
  ['url', (p) => urlOf(p) ?? ''],
  ['pdf', (p) => p.links.pdf ?? ''],
  [
    'doi',
    (p) => {
      const id = arxivIdOf(p);
      return id ? arxivDoi(id) : '';
    },
  ],
  ['subjects', (p) => p.subjects.map((s) => s.code).join('; ')],
  ['tags', (p) => p.tags.join('; ')],
  ['topics', (p) => p.topics.join('; ')],
  ['status', (p) => p.status],
  ['saved', (p) => day(p.savedAt)],
  ['first seen', (p) => day(p.seen?.firstAt)],
  ['note', (p) => p.note],
  ['abstract', (p) => p.abstract ?? ''],
];

/** Neutralises spreadsheet formulas: a cell beginning with = + - @ tab or CR gets a leading `'`. */
export function guardFormula(value: string): string {
  return /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
}

/** RFC 4180: quote a cell holding a quote, comma or line break; double the quotes inside. */
export function csvCell(value: string): string {
  const guarded = guardFormula(withoutControls(value));
  return /[",\r\n]/.test(guarded) ? `"${guarded.replaceAll('"', '""')}"` : guarded;
}

export function writeCsv(input: ExportInput): string {
  const rows = [CSV_COLUMNS.map(([name]) => name)];
  for (const paper of input.papers) rows.push(CSV_COLUMNS.map(([, cell]) => cell(paper)));
  return `${BOM}${rows.map((row) => row.map(csvCell).join(',')).join('\r\n')}\r\n`;
}

export const csv: ExportFormat = {
  id: 'csv',
  label: 'CSV',
  extension: 'csv',
  mime: 'text/csv',
  write: writeCsv,
};
