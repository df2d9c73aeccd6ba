// RIS checked by a tiny strict reader written here: every record opens with TY, closes with ER, every line
// is `XX  - value`, lines end in CRLF.
import { describe, expect, it } from 'vitest';
import { writeRis } from '@/lib/export/ris';
import { AWKWARD_TITLES, asLine, hostilePapers, input, paper } from './fixtures';

type RisRecord = [tag: string, value: string][];

function readRis(text: string): RisRecord[] {
  expect(text.replaceAll('\r\n', '')).not.toMatch(/[\r\n]/);
  const records: RisRecord[] = [];
  let current: RisRecord | null = null;
  for (const line of text.split('\r\n')) {
    if (line === '') continue;
    const match = /^([A-Z][A-Z0-9]) {2}- (.*)$/.exec(line) ?? /^(ER) {2}- $/.exec(line);
    if (!match) throw new Error(`malformed RIS line: ${JSON.stringify(line.slice(0, 80))}`);
    const [, tag = '', value = ''] = match;
    if (tag === 'TY') {
      if (current) throw new Error('TY inside a record');
      current = [];
    } else if (!current) throw new Error(`${tag} outside a record`);
    current.push([tag, value]);
    if (tag === 'ER') {
      records.push(current);
      current = null;
    }
  }
  if (current) throw new Error('record without ER');
  return records;
}

const values = (record: RisRecord, tag: string) => record.filter(([t]) => t === tag).map(([, v]) => v);

describe('RIS export', () => {
  it('writes TY first, one AU per author as "Last, First", the DOI, and ER last', () => {
    const text = writeRis(
      input([
        paper('1706.03762', {
          title: 'Attention Is All You Need',
          authors: ['Ashish Vaswani', 'Plato', 'Turing, Alan'],
          published: '2017-06-12',
          tags: ['nlp', 'transformers'],
        }),
      ]),
    );
    expect(text.endsWith('ER  - \r\n')).toBe(true);
    const [record] = readRis(text);
    if (!record) throw new Error('no record');
    expect(record[0]).toEqual(['TY', 'GEN']);
    expect(record.at(-1)).toEqual(['ER', '']);
    expect(values(record, 'TI')).toEqual(['Attention Is All You Need']);
    expect(values(record, 'AU')).toEqual(['Vaswani, Ashish', 'Plato', 'Turing, Alan']);
    expect(values(record, 'PY')).toEqual(['2017']);
    expect(values(record, 'DO')).toEqual(['10.48550/arXiv.1706.03762']);
    expect(values(record, 'PB')).toEqual(['arXiv']);
    expect(values(record, 'UR')).toEqual(['https://arxiv.org/abs/1706.03762']);
    expect(values(record, 'KW')).toEqual(['nlp', 'transformers']);
  });

  it('awkward and hostile text stays on its line; every record is well-formed', () => {
    const papers = [
      ...AWKWARD_TITLES.map((title, i) => paper(`2501.0000${i}`, { title, abstract: 'two\nlines\r\nhere' })),
      ...hostilePapers(),
      paper('title:abc', { published: undefined, links: {} }),
    ];
    const records = readRis(writeRis(input(papers)));
    expect(records).toHaveLength(papers.length);
    expect(records.map((r) => values(r, 'TI')[0])).toEqual(papers.map((p) => asLine(p.title)));
    expect(values(records.at(-1) ?? [], 'DO')).toEqual([]);
  });
});
