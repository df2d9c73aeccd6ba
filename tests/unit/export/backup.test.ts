// The JSON backup: export → import gives the same library; the previous format version imports; merge and
// replace do what the reader chose; a bad file changes nothing and names its first problem.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { MarginDB } from '@/lib/db';
import { withDupKeys } from '@/lib/duplicates/keys';
import { writeBackup } from '@/lib/export/backup';
import { BackupSchema } from '@/lib/export/backup-schema';
import { importBackup } from '@/lib/export/import-backup';
import { exportInput } from '@/lib/library/export-input';
import type { Paper, Sighting } from '@/lib/paper';
import { DEFAULT_SETTINGS, type Settings } from '@/lib/settings';
import { dump, freshDb } from '../library/helpers';
import { paper, sighting, T0 } from './fixtures';

const DAY = 86_400_000;

const settings: Settings = {
  ...DEFAULT_SETTINGS,
  keys: { enabled: false, map: { ...DEFAULT_SETTINGS.keys.map, star: 'f' } },
  userTopics: [{ name: 'Diffusion', keywords: ['diffusion', 'score matching'] }],
};

async function library(papers: Paper[], sightings: Sighting[], withSettings: Settings | undefined = settings) {
  const db = freshDb();
  await db.papers.bulkPut(papers);
  await db.sightings.bulkPut(sightings);
  if (withSettings) await db.settings.put({ key: 'settings', value: withSettings });
  return db;
}

async function backupOf(db: MarginDB): Promise<string> {
  return writeBackup(await exportInput(db, 'json', async () => [], T0 + 10 * DAY));
}

function sampleLibrary() {
  const s = [
    sighting('2512.00001', T0),
    sighting('2512.00001', T0 + DAY, 'https://huggingface.co/papers/date/2025-12-09'),
    sighting('2512.00002', T0),
  ];
  const papers = [
    paper('2512.00001', {
      tags: ['diffusion', 'to-read'],
      note: 'Read §3 <b>first</b>',
      status: 'reading',
      topics: ['Diffusion'],
      seen: {
        firstAt: T0,
        firstUrl: s[0]?.pageUrl ?? '',
        firstSite: 'arxiv',
        firstKind: 'new',
        count: 2,
        lastAt: T0 + DAY,
      },
    }),
    paper('2512.00002', {
      savedAt: undefined,
      dismissed: true,
      seen: { firstAt: T0, firstUrl: s[2]?.pageUrl ?? '', firstSite: 'arxiv', firstKind: 'new', count: 1, lastAt: T0 },
    }),
    paper('title:1x2y3z', {
      title: 'No id',
      links: { hf: 'https://huggingface.co/papers/x' },
      version: undefined,
      status: 'read',
    }),
    paper('hep-th/9901001', { title: 'Old $\\mathcal{N}=4$', version: 2 }),
  ];
  return { papers, sightings: s };
}

describe('JSON backup', () => {
  it('export then import into an empty library gives the same library', async () => {
    const { papers, sightings } = sampleLibrary();
    const source = await library(papers, sightings);
    const text = await backupOf(source);
    expect(BackupSchema.safeParse(JSON.parse(text)).success).toBe(true);
    const target = freshDb();
    const result = await importBackup(target, text, { mode: 'merge', now: T0 + 20 * DAY });
    expect(result).toEqual({ ok: true, added: 4, updated: 0, unchanged: 0, removed: 0, skipped: [] });
    // The same rows, entered into the target's near-duplicate index at the import.
    const expected = await dump(source);
    expected.papers = expected.papers.map((paper) => ({ ...paper, keyedAt: T0 + 20 * DAY }));
    expect(await dump(target)).toEqual(expected);
  });

  it('replace gives exactly the file, whatever the library held', async () => {
    const { papers, sightings } = sampleLibrary();
    const source = await library(papers, sightings);
    const text = await backupOf(source);
    const target = await library(
      [paper('2401.00001'), paper('2512.00001', { note: 'mine' })],
      [sighting('2401.00001', T0)],
      DEFAULT_SETTINGS,
    );
    const result = await importBackup(target, text, { mode: 'replace' });
    expect(result).toEqual({ ok: true, added: 3, updated: 1, unchanged: 0, removed: 1, skipped: [] });
    expect(await dump(target)).toEqual(await dump(source));
  });

  it('importing the same backup twice changes nothing the second time', async () => {
    const { papers, sightings } = sampleLibrary();
    const text = await backupOf(await library(papers, sightings));
    const target = freshDb();
    await importBackup(target, text, { mode: 'merge' });
    const before = await dump(target);
    expect(await importBackup(target, text, { mode: 'merge' })).toMatchObject({
      ok: true,
      added: 0,
      updated: 0,
      unchanged: 4,
    });
    expect(await dump(target)).toEqual(before);
  });

  it('a backup in the previous format version (1) imports as the database upgrade would have made it', async () => {
    const text = readFileSync('tests/fixtures/export/backup-v1.json', 'utf8');
    const upgraded = JSON.parse(readFileSync('tests/unit/golden/v1-upgraded.json', 'utf8'));
    const db = freshDb();
    const result = await importBackup(db, text, { mode: 'merge' });
    expect(result).toMatchObject({ ok: true, added: 3 });
    const rows = await dump(db);
    const byId = (a: { id: string }, b: { id: string }) => a.id.localeCompare(b.id);
    const byKey = (a: { key: string }, b: { key: string }) => a.key.localeCompare(b.key);
    // As upgraded, and entered into the near-duplicate index at the import.
    const imported = upgraded.papers.map((paper: object) => ({ ...paper, keyedAt: expect.any(Number) }));
    expect(rows.papers.sort(byId)).toEqual(imported.sort(byId));
    expect(rows.sightings.sort(byKey)).toEqual([...upgraded.sightings].sort(byKey));
    expect(rows.settings).toEqual([{ key: 'settings', value: DEFAULT_SETTINGS }]);
  });

  it('reports progress up to 1', async () => {
    const papers = Array.from({ length: 600 }, (_, i) => paper(`2512.${String(i).padStart(5, '0')}`));
    const text = await backupOf(await library(papers, []));
    const seen: number[] = [];
    await importBackup(freshDb(), text, { mode: 'merge', progress: (p) => seen.push(p) });
    expect(seen.length).toBeGreaterThan(2);
    expect(seen).toEqual([...seen].sort((a, b) => a - b));
    expect(seen.at(-1)).toBe(1);
  });
});

describe('merging a backup', () => {
  const NOW = T0 + 30 * DAY;
  const base = paper('2512.00001', {
    tags: ['mine'],
    note: 'library note',
    updatedAt: T0 + DAY,
    seen: {
      firstAt: T0 + DAY,
      firstUrl: 'https://arxiv.org/list/cs.LG/new',
      firstSite: 'arxiv',
      firstKind: 'new',
      count: 1,
      lastAt: T0 + DAY,
    },
  });
  const libSighting = sighting('2512.00001', T0 + DAY);

  async function merge(file: Paper, fileSightings: Sighting[]) {
    const db = await library([base, paper('2512.00009')], [libSighting], DEFAULT_SETTINGS);
    const text = JSON.stringify({
      format: 'margin-backup',
      version: 2,
      exportedAt: NOW,
      papers: [file],
      sightings: fileSightings,
      settings,
    });
    const result = await importBackup(db, text, { mode: 'merge', now: NOW });
    return { result, rows: await dump(db) };
  }

  it('the newer edit wins, tags are the union', async () => {
    const { result, rows } = await merge(
      { ...base, tags: ['theirs'], note: 'newer note', status: 'read', updatedAt: T0 + 2 * DAY },
      [],
    );
    expect(result).toMatchObject({ ok: true, added: 0, updated: 1, unchanged: 0 });
    const merged = rows.papers.find((p) => p.id === base.id);
    expect(merged).toMatchObject({ note: 'newer note', status: 'read', tags: ['theirs', 'mine'], updatedAt: NOW });
  });

  it('an older edit in the file loses, but its tags are added', async () => {
    const { rows } = await merge({ ...base, tags: ['theirs'], note: 'older note', updatedAt: T0 }, []);
    expect(rows.papers.find((p) => p.id === base.id)).toMatchObject({ note: 'library note', tags: ['mine', 'theirs'] });
  });

  it('sightings are the union by key, and the seen summary counts the new ones', async () => {
    const earlier = sighting('2512.00001', T0, 'https://huggingface.co/papers/date/2025-12-08');
    const { rows } = await merge(base, [libSighting, earlier]);
    expect(rows.sightings.map((s) => s.key).sort()).toEqual([earlier.key, libSighting.key].sort());
    expect(rows.papers.find((p) => p.id === base.id)?.seen).toEqual({
      firstAt: T0,
      firstUrl: earlier.pageUrl,
      firstSite: 'huggingface',
      firstKind: 'daily',
      count: 2,
      lastAt: T0 + DAY,
    });
  });

  it('the library keeps its settings and gains the topic rules it lacks', async () => {
    const { rows } = await merge(base, []);
    expect(rows.settings).toEqual([
      { key: 'settings', value: { ...DEFAULT_SETTINGS, userTopics: settings.userTopics } },
    ]);
  });

  it('a paper the merge writes enters the index now and forgets the duplicate check of the other library', async () => {
    const file = { ...base, note: 'file note', updatedAt: T0 + 2 * DAY, keyedAt: T0, dupCheck: { at: T0 + 2 * DAY } };
    const { result, rows } = await merge(file, []);
    expect(result).toMatchObject({ ok: true, updated: 1 });
    const merged = rows.papers.find((p) => p.id === base.id);
    expect(merged).toMatchObject({ note: 'file note', keyedAt: NOW });
    expect(merged?.dupCheck).toBeUndefined();
  });

  it('an identical paper counts as unchanged and is not rewritten', async () => {
    const { result, rows } = await merge(base, [libSighting]);
    expect(result).toMatchObject({ ok: true, added: 0, updated: 0, unchanged: 1 });
    expect(rows.papers.find((p) => p.id === base.id)).toEqual({ ...withDupKeys(base), keyedAt: expect.any(Number) });
  });
});

describe('a bad backup', () => {
  const valid = () => ({
    format: 'margin-backup',
    version: 2,
    exportedAt: T0,
    papers: [paper('2512.00001'), paper('2512.00002')],
    sightings: [],
    settings,
  });

  const cases: [string, string, string | RegExp][] = [
    ['truncated JSON', JSON.stringify(valid()).slice(0, 200), /^Not JSON: /],
    ['a JSON array', '[]', 'Not a Margin backup (the file is not a JSON object)'],
    [
      'no format field',
      JSON.stringify({ ...valid(), format: undefined }),
      'Not a Margin backup (format field missing)',
    ],
    ['another format', JSON.stringify({ ...valid(), format: 'zotero' }), 'Not a Margin backup (format is "zotero")'],
    [
      'a future version',
      JSON.stringify({ ...valid(), version: 99 }),
      'Unsupported backup version 99: this Margin reads versions 1 and 2',
    ],
    [
      'a number title',
      JSON.stringify({ ...valid(), papers: [paper('2512.00001'), { ...paper('2512.00002'), title: 42 }] }),
      'papers[1].title: expected a string, got number',
    ],
    [
      'a missing field',
      JSON.stringify({ ...valid(), papers: [{ ...paper('2512.00001'), status: undefined }] }),
      'papers[0].status: missing (expected one of "queue", "reading", "read")',
    ],
    [
      'a javascript: link',
      JSON.stringify({ ...valid(), papers: [paper('2512.00001', { links: { abs: 'javascript:alert(1)' } })] }),
      'papers[0].links.abs: not a valid http(s) URL',
    ],
    [
      'duplicate ids',
      JSON.stringify({ ...valid(), papers: [paper('2512.00001'), paper('2512.00001')] }),
      'papers[1].id: duplicate "2512.00001" (also papers[0])',
    ],
    [
      'a bad setting',
      JSON.stringify({ ...valid(), settings: { ...settings, keys: { enabled: 'yes', map: settings.keys.map } } }),
      'settings.keys.enabled: expected a boolean, got string',
    ],
    ['papers not a list', JSON.stringify({ ...valid(), papers: {} }), 'papers: expected an array, got an object'],
  ];

  it.each(cases)('%s: refused with the first problem, the library unchanged', async (_name, text, message) => {
    const { papers, sightings } = sampleLibrary();
    const db = await library(papers, sightings);
    const before = await dump(db);
    const result = await importBackup(db, text, { mode: 'replace' });
    expect(result.ok).toBe(false);
    if (!result.ok)
      expect(result.error).toMatch(
        typeof message === 'string' ? new RegExp(`^${message.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}$`) : message,
      );
    expect(await dump(db)).toEqual(before);
  });
});
