// Imports a JSON backup: the whole file is validated first (parse-backup.ts), then everything is written in
// one transaction over papers, sightings and settings, so an import lands whole or not at all.
import type { MarginDB } from '../db';
import { reindexed } from '../duplicates/keys';
import type { Paper, Sighting } from '../paper';
import type { Settings } from '../settings';
import type { Backup } from './backup-schema';
import { type ImportMode, type ImportOptions, type ImportResult, sameRow } from './import-result';
import { mergePaper, mergeSettings, withSightings } from './merge';
import { parseBackup } from './parse-backup';

type Counts = Omit<Extract<ImportResult, { ok: true }>, 'ok' | 'skipped'>;

export async function importBackup(db: MarginDB, text: string, options: ImportOptions): Promise<ImportResult> {
  try {
    const parsed = await parseBackup(text, (done) => options.progress?.(done * 0.9));
    if (!parsed.ok) return parsed;
    const counts = await writeBackup(db, parsed.value, options.mode, options.now ?? Date.now());
    options.progress?.(1);
    return { ok: true, ...counts, skipped: [] };
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    return { ok: false, error: `Import failed, the library is unchanged: ${message}` };
  }
}

/** Writes a validated backup in one read-write transaction. */
export function writeBackup(db: MarginDB, backup: Backup, mode: ImportMode, now: number): Promise<Counts> {
  return db.transaction('rw', db.papers, db.sightings, db.settings, () =>
    mode === 'replace' ? replaceAll(db, backup) : mergeInto(db, backup, now),
  );
}

function count(before: ReadonlyMap<string, Paper>, after: readonly Paper[]): Omit<Counts, 'removed'> {
  const counts = { added: 0, updated: 0, unchanged: 0 };
  for (const paper of after) {
    const old = before.get(paper.id);
    if (!old) counts.added += 1;
    else if (sameRow(old, paper)) counts.unchanged += 1;
    else counts.updated += 1;
  }
  return counts;
}

async function replaceAll(db: MarginDB, backup: Backup): Promise<Counts> {
  const before = new Map((await db.papers.toArray()).map((paper) => [paper.id, paper]));
  await Promise.all([db.papers.clear(), db.sightings.clear(), db.settings.clear()]);
  await db.papers.bulkAdd(backup.papers);
  await db.sightings.bulkAdd(backup.sightings);
  await db.settings.put({ key: 'settings', value: backup.settings });
  const kept = backup.papers.filter((paper) => before.has(paper.id)).length;
  return { ...count(before, backup.papers), removed: before.size - kept };
}

async function mergeInto(db: MarginDB, backup: Backup, now: number): Promise<Counts> {
  const known = await db.sightings.bulkGet(backup.sightings.map((s) => s.key));
  const gained = backup.sightings.filter((_, i) => !known[i]);
  const gainedBy = new Map<string, Sighting[]>();
  for (const s of gained) {
    const list = gainedBy.get(s.paperId);
    if (list) list.push(s);
    else gainedBy.set(s.paperId, [s]);
  }

  const filePapers = new Map(backup.papers.map((paper) => [paper.id, paper]));
  // Papers of the library that only gain sightings (the file has sightings of a paper it does not list).
  const ids = [...new Set([...filePapers.keys(), ...gainedBy.keys()])];
  const library = await db.papers.bulkGet(ids);
  const before = new Map<string, Paper>();
  const after: Paper[] = [];
  for (const [i, id] of ids.entries()) {
    const current = library[i];
    const file = filePapers.get(id);
    if (current) before.set(id, current);
    if (!current && file) after.push(file);
    if (!current) continue;
    const gainedHere = gainedBy.get(id) ?? [];
    const merged = file ? mergePaper(current, file, gainedHere) : withSightings(current, gainedHere);
    after.push(sameRow(merged, current) ? current : { ...merged, updatedAt: Math.max(now, merged.updatedAt) });
  }
  // Rows this merge writes enter the index now: a paper checked for duplicates before has not met them.
  const changed = after.filter((paper) => !sameRow(paper, before.get(paper.id))).map((paper) => reindexed(paper, now));
  await db.papers.bulkPut(changed);
  await db.sightings.bulkPut(gained);
  await mergeSettingsRow(db, backup.settings);
  const counts = count(
    before,
    after.filter((paper) => filePapers.has(paper.id)),
  );
  return { ...counts, removed: 0 };
}

async function mergeSettingsRow(db: MarginDB, file: Settings): Promise<void> {
  const row = await db.settings.get('settings');
  const value = row ? mergeSettings(row.value, file) : file;
  if (!row || !sameRow(row.value, value)) await db.settings.put({ key: 'settings', value });
}
