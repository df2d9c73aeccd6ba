// Golden migrations: for every released schema version we keep a database as that version wrote it, and the
// exact rows it must become in the latest version. Upgrading must keep every row (all compared, none skipped).
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import Dexie from 'dexie';
import { describe, expect, it } from 'vitest';
import { MarginDB } from '@/lib/db';
import { LATEST_VERSION, SCHEMA_VERSIONS } from '@/lib/db-schema';
import { dump } from './helpers';

interface Golden {
  version: number;
  tables: Record<string, unknown[]>;
}

const goldenDir = resolve(process.cwd(), 'tests/unit/golden');
const readGolden = (name: string) => JSON.parse(readFileSync(resolve(goldenDir, name), 'utf8'));

/** Writes `golden` with the schema of its own version, as that release of Margin would have. */
async function writeAsReleased(name: string, golden: Golden): Promise<void> {
  const old = new Dexie(name);
  for (const schema of SCHEMA_VERSIONS.filter((s) => s.version <= golden.version)) {
    old.version(schema.version).stores(schema.stores);
  }
  await old.open();
  for (const [table, rows] of Object.entries(golden.tables)) await old.table(table).bulkAdd(rows);
  old.close();
}

const sortRows = (rows: unknown[]) =>
  [...rows].sort((a, b) => {
    const key = (row: unknown) => String((row as { id?: string; key?: string }).id ?? (row as { key?: string }).key);
    return key(a).localeCompare(key(b));
  });

describe('schema versions', () => {
  it('are numbered 1..n without gaps, each with a summary', () => {
    SCHEMA_VERSIONS.forEach((schema, i) => {
      expect(schema.version).toBe(i + 1);
      expect(schema.summary.length).toBeGreaterThan(10);
    });
  });

  const released = SCHEMA_VERSIONS.filter((s) => s.version < LATEST_VERSION);
  it.each(released.map((s) => s.version))(
    'a v%i database upgrades to the latest keeping every row',
    async (version) => {
      const golden = readGolden(`v${version}.json`) as Golden;
      const expected = readGolden(`v${version}-upgraded.json`) as Record<string, unknown[]>;
      const name = `golden-v${version}-${Date.now()}`;
      await writeAsReleased(name, golden);
      const db = new MarginDB(name);
      await db.open();
      expect(db.verno).toBe(LATEST_VERSION);
      const rows = await dump(db);
      for (const table of Object.keys(expected)) {
        expect(sortRows(rows[table as keyof typeof rows])).toEqual(sortRows(expected[table] ?? []));
      }
      for (const [table, goldenRows] of Object.entries(golden.tables)) {
        expect(rows[table as keyof typeof rows]).toHaveLength(goldenRows.length);
      }
      db.close();
    },
  );
});
