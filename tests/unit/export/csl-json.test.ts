// CSL-JSON checked by ajv against the CSL project's own data schema (vendored, see tests/fixtures/export).
import { readFileSync } from 'node:fs';
import Ajv from 'ajv';
import { describe, expect, it } from 'vitest';
import { writeCslJson } from '@/lib/export/csl-json';
import { AWKWARD_TITLES, asLine, hostilePapers, input, paper } from './fixtures';

const schema = JSON.parse(readFileSync('tests/fixtures/export/csl-data.json', 'utf8'));
const validate = new Ajv({ allErrors: true, strict: false }).compile(schema);

const valid = (json: string) => {
  const items = JSON.parse(json);
  const ok = validate(items);
  expect(validate.errors ?? []).toEqual([]);
  expect(ok).toBe(true);
  return items as Record<string, unknown>[];
};

describe('CSL-JSON export', () => {
  it('writes an arXiv preprint as Zotero maps it', () => {
    const [item] = valid(
      writeCslJson(
        input([
          paper('1706.03762', {
            title: 'Attention Is All You Need',
            authors: ['Ashish Vaswani', 'Plato'],
            published: '2017-06-12',
            tags: ['tag1', 'tag2'],
            abstract: 'Abstract.',
          }),
        ]),
      ),
    );
    expect(item).toEqual({
      id: 'vaswani2017attentionneed',
      type: 'article',
      title: 'Attention Is All You Need',
      author: [{ family: 'Vaswani', given: 'Ashish' }, { family: 'Plato' }],
      issued: { 'date-parts': [[2017, 6, 12]] },
      publisher: 'arXiv',
      number: 'arXiv:1706.03762',
      DOI: '10.48550/arXiv.1706.03762',
      URL: 'https://arxiv.org/abs/1706.03762',
      abstract: 'Abstract.',
      keyword: 'tag1, tag2',
    });
  });

  it('awkward, hostile and id-less papers are all schema-valid, with their text intact', () => {
    const papers = [
      ...AWKWARD_TITLES.map((title, i) => paper(`2501.0000${i}`, { title })),
      ...hostilePapers(),
      paper('title:abc', { published: undefined, announced: undefined, links: {}, authors: [] }),
    ];
    const items = valid(writeCslJson(input(papers)));
    expect(items.map((item) => item.title)).toEqual(papers.map((p) => asLine(p.title)));
    expect(new Set(items.map((item) => item.id)).size).toBe(papers.length);
    const last = items.at(-1);
    expect(last).toEqual({
      id: 'anonpapertitle',
      type: 'article',
      title: 'Paper title:abc',
      abstract: 'Abstract of title:abc.',
    });
  });
});
