// CSV read back by csv-parse (RFC 4180), not by our writer.
import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { CSV_COLUMNS, writeCsv } from '@/lib/export/csv';
import { withoutControls } from '@/lib/export/paper-fields';
import { AWKWARD_TITLES, HOSTILE, hostilePapers, input, paper } from './fixtures';

const rows = (csv: string) => {
  expect(csv.charCodeAt(0)).toBe(0xfeff);
  return parse(csv, { bom: true, columns: true, relax_column_count: false }) as Record<string, string>[];
};

const unguard = (cell: string) => (/^'[=+\-@\t\r]/.test(cell) ? cell.slice(1) : cell);

describe('CSV export', () => {
  it('has a BOM, a header and one row per paper, every field round-tripping', () => {
    const papers = [
      ...AWKWARD_TITLES.map((title, i) =>
        paper(`2501.0000${i}`, { title, note: 'line one\nline two, "quoted"\r\nthree', tags: ['a', 'b c'] }),
      ),
      ...hostilePapers(),
    ];
    const csv = writeCsv(input(papers));
    const records = rows(csv);
    expect(Object.keys(records[0] ?? {})).toEqual(CSV_COLUMNS.map(([name]) => name));
    expect(records).toHaveLength(papers.length);
    for (const [i, record] of records.entries()) {
      const source = papers[i];
      if (!source) throw new Error('missing paper');
      for (const [name, cell] of CSV_COLUMNS) expect(unguard(record[name] ?? '')).toBe(withoutControls(cell(source)));
    }
  });

  it('neutralises formulas: every cell starting with = + - @ tab or CR gets a leading apostrophe', () => {
    const papers = HOSTILE.map((text, i) =>
      paper(`2512.${10000 + i}`, { title: text, note: text, tags: [text.trim() || 'x'] }),
    );
    const records = rows(writeCsv(input(papers)));
    for (const record of records) {
      for (const value of Object.values(record)) expect(value).not.toMatch(/^[=+\-@\t\r]/);
    }
    expect(records[HOSTILE.indexOf('=HYPERLINK("https://evil.example","x")')]?.title).toBe(
      `'=HYPERLINK("https://evil.example","x")`,
    );
    expect(records[HOSTILE.indexOf('\tTabbed')]?.title).toBe("'\tTabbed");
  });
});
