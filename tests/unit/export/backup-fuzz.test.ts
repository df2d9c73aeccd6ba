// 1,000 mutated, truncated and hostile backups (seeded, so every run tries the same files): each one either
// imports, leaving only valid rows, or is refused with a message and leaves the library exactly as it was.
import { describe, expect, it } from 'vitest';
import { SettingsRowSchema } from '@/lib/db';
import { importBackup } from '@/lib/export/import-backup';
import { PaperSchema, SightingSchema } from '@/lib/paper';
import { DEFAULT_SETTINGS } from '@/lib/settings';
import { dump, freshDb } from '../library/helpers';
import { paper, prng, sighting, T0 } from './fixtures';

const BASE = {
  format: 'margin-backup',
  version: 2,
  exportedAt: T0,
  papers: [
    paper('2512.00001', { tags: ['a', 'b'], note: 'note', status: 'reading' }),
    paper('2512.00002', { savedAt: undefined }),
    paper('title:abc', { links: { hf: 'https://huggingface.co/papers/x' } }),
  ],
  sightings: [sighting('2512.00001', T0), sighting('2512.00002', T0 + 1000), sighting('2512.00001', T0 + 86_400_000)],
  settings: { ...DEFAULT_SETTINGS, userTopics: [{ name: 'T', keywords: ['k'] }] },
};
const BASE_TEXT = JSON.stringify(BASE);

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

/** Every container in a JSON value with the key of each of its children. */
function slots(value: Json, out: [Json[] | Record<string, Json>, string | number][] = []) {
  const children: [string | number, Json][] = Array.isArray(value)
    ? value.map((child, i) => [i, child])
    : value && typeof value === 'object'
      ? Object.entries(value)
      : [];
  for (const [key, child] of children) {
    out.push([value as Json[] | Record<string, Json>, key]);
    slots(child, out);
  }
  return out;
}

const NESTED = '\u0000nested\u0000';

function mutate(random: () => number): string {
  const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)] as T;
  const at = () => Math.floor(random() * BASE_TEXT.length);
  const kind = Math.floor(random() * 10);
  if (kind === 0) return BASE_TEXT.slice(0, at());
  if (kind === 1) {
    const i = at();
    return (
      BASE_TEXT.slice(0, i) +
      pick(['"', '{', '}', '[', ']', ',', ':', '0', 'x', '\\', '\u0000']) +
      BASE_TEXT.slice(i + 1)
    );
  }
  if (kind === 2) {
    const i = at();
    return BASE_TEXT.slice(0, i) + pick(['"', '{', ',', '1', '-', 'null', '\ud800']) + BASE_TEXT.slice(i);
  }
  if (kind === 3) {
    const i = at();
    return BASE_TEXT.slice(0, i) + BASE_TEXT.slice(i + 1 + Math.floor(random() * 5));
  }
  if (kind === 4) {
    const key = pick(['__proto__', 'constructor', 'prototype']);
    const target = pick(['{"id"', '{"key"', '"keys":{', '"links":{']);
    return BASE_TEXT.replace(
      target,
      (m) =>
        `${m.slice(0, m.indexOf('{') + 1)}"${key}":{"polluted":true,"isAdmin":true},${m.slice(m.indexOf('{') + 1)}`,
    );
  }
  const data = JSON.parse(BASE_TEXT) as Json;
  const [container, key] = pick(slots(data));
  const set = (value: Json | undefined) => {
    if (value === undefined) {
      if (Array.isArray(container)) container.splice(key as number, 1);
      else delete container[key as string];
    } else (container as Record<string | number, Json>)[key] = value;
  };
  if (kind === 5) set(pick<Json>([null, 0, -1, 1.5, 1e21, '', 'x', true, [], {}, [1, 2], { a: 1 }]));
  if (kind === 6) set(undefined);
  if (kind === 7) set('y'.repeat(pick([100_001, 200_001, 1_000_000])));
  if (kind === 8) set(NESTED);
  if (kind === 9) {
    const copy = data as { papers: Json[]; sightings: Json[] };
    const list = random() < 0.5 ? copy.papers : copy.sightings;
    list.push(structuredClone(list[Math.floor(random() * list.length)] ?? null));
  }
  // Deeply nested arrays are spliced in as text: JSON.stringify itself would overflow the stack.
  const depth = pick([50, 5_000, 100_000]);
  return JSON.stringify(data).replace(JSON.stringify(NESTED), `${'['.repeat(depth)}${']'.repeat(depth)}`);
}

describe('fuzzed backups', () => {
  it('1,000 mutated files: each imports valid rows or is refused with the library unchanged', async () => {
    const random = prng(20251208);
    const db = freshDb();
    const counts = { imported: 0, refused: 0 };
    for (let i = 0; i < 1000; i++) {
      await db.transaction('rw', db.papers, db.sightings, db.settings, async () => {
        await Promise.all([db.papers.clear(), db.sightings.clear(), db.settings.clear()]);
        await db.papers.bulkPut([paper('2401.00001', { tags: ['kept'] }), paper('2512.00001', { updatedAt: T0 + 1 })]);
        await db.sightings.bulkPut([sighting('2401.00001', T0)]);
        await db.settings.put({ key: 'settings', value: DEFAULT_SETTINGS });
      });
      const before = await dump(db);
      const text = mutate(random);
      const mode = random() < 0.5 ? 'merge' : 'replace';
      const result = await importBackup(db, text, { mode, now: T0 + 10 });
      const after = await dump(db);
      if (result.ok) {
        counts.imported++;
        for (const row of after.papers) expect(PaperSchema.safeParse(row).success).toBe(true);
        for (const row of after.sightings) expect(SightingSchema.safeParse(row).success).toBe(true);
        for (const row of after.settings) expect(SettingsRowSchema.safeParse(row).success).toBe(true);
        for (const row of after.papers) expect(Object.keys(row)).not.toContain('__proto__');
      } else {
        counts.refused++;
        expect(result.error.length).toBeGreaterThan(0);
        expect(result.error.length).toBeLessThan(400);
        expect(after).toEqual(before);
      }
    }
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(counts.imported).toBeGreaterThan(50);
    expect(counts.refused).toBeGreaterThan(300);
  }, 60_000);
});
