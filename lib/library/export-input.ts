// Gathers what an export writes: the chosen papers — or, for the JSON backup, the whole library
// (every paper row, sighting and setting), whatever was chosen, so that a backup always restores everything.
import type { MarginDB } from '../db';
import type { ExportFormatId, ExportInput } from '../export/types';
import type { Paper } from '../paper';
import { loadSettings } from './settings-store';

export async function exportInput(
  db: MarginDB,
  format: ExportFormatId,
  choose: () => Promise<readonly Paper[]>,
  now: number,
): Promise<ExportInput> {
  const settings = await loadSettings(db);
  if (format !== 'json') return { papers: await choose(), sightings: [], settings, exportedAt: now };
  return db.transaction('r', db.papers, db.sightings, async () => ({
    papers: await db.papers.toArray(),
    sightings: await db.sightings.toArray(),
    settings,
    exportedAt: now,
  }));
}

/** Every starred paper, newest first. */
export async function savedPapers(db: MarginDB): Promise<Paper[]> {
  return db.papers.orderBy('savedAt').reverse().toArray();
}

/** The papers of one page, in page order (starred or not). */
export async function papersById(db: MarginDB, ids: readonly string[]): Promise<Paper[]> {
  return (await db.papers.bulkGet([...ids])).filter((paper): paper is Paper => !!paper);
}
