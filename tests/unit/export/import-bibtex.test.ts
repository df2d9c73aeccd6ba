// BibTeX import: our own export reads back; entries from other tools (arXiv's, Google Scholar's, Zotero's)
// are recognised by eprint, DOI, URL or "arXiv:" notes; everything else is a title paper or skipped, with why.
import { describe, expect, it } from 'vitest';
import { withDupKeys } from '@/lib/duplicates/keys';
import { writeBibtex } from '@/lib/export/bibtex';
import { readBibtex } from '@/lib/export/bibtex-reader';
import { importBibtex } from '@/lib/export/import-bibtex';
import { titleId } from '@/lib/text';
import { dump, freshDb } from '../library/helpers';
import { AWKWARD_TITLES, asLine, hostilePapers, input, paper, prng, T0 } from './fixtures';

const NOW = T0 + 1000;

describe('BibTeX import', () => {
  it('reads back every title, author list and tag our export wrote', async () => {
    const papers = [
      ...AWKWARD_TITLES.map((title, i) =>
        paper(`2501.0000${i}`, { title, authors: ['Plato', 'Turing, Alan', 'Zoë Ångström'], tags: ['x', 'y z'] }),
      ),
      ...hostilePapers(),
    ];
    const db = freshDb();
    const result = await importBibtex(db, writeBibtex(input(papers)), { mode: 'merge', now: NOW });
    expect(result).toEqual({ ok: true, added: papers.length, updated: 0, unchanged: 0, removed: 0, skipped: [] });
    const stored = new Map((await db.papers.toArray()).map((p) => [p.id, p]));
    for (const source of papers) {
      const back = stored.get(source.id);
      expect(back?.title).toBe(asLine(source.title).replace(/\s+/g, ' '));
      expect(back?.abstract).toBe(asLine(source.abstract ?? '').replace(/\s+/g, ' '));
      expect(back?.savedAt).toBe(NOW);
      expect(back?.subjects).toEqual([{ code: 'cs.LG' }]);
      expect(back?.links).toEqual({
        abs: `https://arxiv.org/abs/${source.id}`,
        pdf: `https://arxiv.org/pdf/${source.id}`,
      });
    }
    expect(stored.get('2501.00000')?.authors).toEqual(['Plato', 'Alan Turing', 'Zoë Ångström']);
    expect(stored.get('2501.00000')?.tags).toEqual(['x', 'y z']);
  });

  it('recognises arXiv entries however other tools write them', async () => {
    const bib = String.raw`
      @article{scholar, title = {From {Google} Scholar}, author = {Doe, J. and Roe, R.},
        journal = {arXiv preprint arXiv:2301.00001}, year = 2023}
      @misc{doi, title = "By {DOI}", doi = {10.48550/ARXIV.2301.00002}, keywords = {a; b, c}}
      @online{url, title = {By URL}, url = {https://arxiv.org/abs/2301.00003v2}}
      @misc{old, title = {Old \"{o}ne}, eprint = {hep-th/9901001v3}, archivePrefix = {arXiv}, primaryClass = {hep-th}}
      @comment{ignored @misc{not, title={an entry}} }
      @string{conf = "Conference"}
      @inproceedings{journal, title = {Not arXiv}, booktitle = conf # " 2020", doi = {10.1000/xyz123}}
      @book{nothing, title = {No Link Anywhere}, author = {Someone}}
      @misc{notitle, eprint = {2301.00004}}
    `;
    const db = freshDb();
    const result = await importBibtex(db, bib, { mode: 'merge', now: NOW });
    expect(result).toEqual({
      ok: true,
      added: 5,
      updated: 0,
      unchanged: 0,
      removed: 0,
      skipped: [
        { entry: 'nothing (line 10)', reason: 'no arXiv id, URL or DOI' },
        { entry: 'notitle (line 11)', reason: 'no title' },
      ],
    });
    const stored = new Map((await db.papers.toArray()).map((p) => [p.id, p]));
    expect([...stored.keys()].sort()).toEqual(
      ['2301.00001', '2301.00002', '2301.00003', 'hep-th/9901001', titleId('Not arXiv')].sort(),
    );
    expect(stored.get('2301.00001')).toMatchObject({ title: 'From Google Scholar', authors: ['J. Doe', 'R. Roe'] });
    expect(stored.get('2301.00002')?.tags).toEqual(['a', 'b', 'c']);
    expect(stored.get('2301.00003')?.version).toBe(2);
    expect(stored.get('hep-th/9901001')).toMatchObject({
      title: 'Old öne',
      version: 3,
      subjects: [{ code: 'hep-th' }],
    });
    expect(stored.get(titleId('Not arXiv'))).toMatchObject({
      pageUrl: 'https://doi.org/10.1000/xyz123',
      links: { abs: 'https://doi.org/10.1000/xyz123' },
    });
  });

  it('stars papers already in the library and adds the tags, keeping everything else', async () => {
    const db = freshDb();
    const known = paper('2301.00001', { savedAt: undefined, tags: ['mine'], note: 'keep me', updatedAt: T0 });
    await db.papers.put(known);
    const bib = '@misc{a, title = {Another Title}, eprint = {2301.00001}, keywords = {theirs}}';
    expect(await importBibtex(db, bib, { mode: 'merge', now: NOW })).toMatchObject({ ok: true, added: 0, updated: 1 });
    expect(await db.papers.get('2301.00001')).toEqual({
      ...withDupKeys(known),
      keyedAt: expect.any(Number),
      savedAt: NOW,
      tags: ['mine', 'theirs'],
      updatedAt: NOW,
    });
    expect(await importBibtex(db, bib, { mode: 'merge', now: NOW + 1 })).toMatchObject({
      ok: true,
      updated: 0,
      unchanged: 1,
    });
  });

  it('a broken file is refused with its line, and nothing is written', async () => {
    const db = freshDb();
    await db.papers.put(paper('2401.00001'));
    const before = await dump(db);
    const bib =
      '@misc{ok, title = {Fine}, eprint = {2301.00001}}\n\n@misc{bad, title = {Never closed, eprint = {2301.00002}\n';
    expect(await importBibtex(db, bib, { mode: 'merge' })).toEqual({
      ok: false,
      error: 'Not valid BibTeX: line 3: unbalanced braces: a { is never closed',
    });
    expect(await importBibtex(db, 'just some text', { mode: 'merge' })).toEqual({
      ok: false,
      error: 'No BibTeX entries found in the file',
    });
    expect(await importBibtex(db, bib, { mode: 'replace' })).toMatchObject({
      ok: false,
      error: expect.stringMatching(/JSON backup/),
    });
    expect(await dump(db)).toEqual(before);
  });

  it('skips text between entries, an @ that opens no entry included', () => {
    const read = readBibtex('Mail me @ home, or @@ work.\n@misc{k, title = {T}}\n% @ in a comment line');
    expect(read).toEqual({ ok: true, entries: [{ type: 'misc', key: 'k', line: 2, fields: { title: 'T' } }] });
  });

  it('a mangled file never throws: 500 seeded mutations each import or are refused, the library unchanged', async () => {
    const random = prng(7);
    const bib = writeBibtex(
      input([...AWKWARD_TITLES.map((title, i) => paper(`2501.0000${i}`, { title })), ...hostilePapers().slice(0, 5)]),
    );
    const db = freshDb();
    for (let i = 0; i < 500; i++) {
      const at = Math.floor(random() * bib.length);
      const junk = ['{', '}', '@', '"', '#', '\\', ',', '=', '$', '%', ''][Math.floor(random() * 11)] ?? '';
      const mangled = random() < 0.3 ? bib.slice(0, at) : bib.slice(0, at) + junk + bib.slice(at + 1);
      await db.papers.clear();
      const result = await importBibtex(db, mangled, { mode: 'merge', now: NOW });
      if (!result.ok) expect(await db.papers.count()).toBe(0);
      else expect(result.added + result.skipped.length).toBeGreaterThan(0);
    }
  });

  it('reads macros, concatenation, quotes and parentheses', () => {
    const read = readBibtex(
      '@string(me = {Ada}) @misc(k, author = me # " Lovelace", title = "A {"}quoted{"} title", year = 1843)',
    );
    expect(read).toEqual({
      ok: true,
      entries: [
        {
          type: 'misc',
          key: 'k',
          line: 1,
          fields: { author: 'Ada Lovelace', title: 'A {"}quoted{"} title', year: '1843' },
        },
      ],
    });
  });
});
