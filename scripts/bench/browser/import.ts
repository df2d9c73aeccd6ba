// Import of a 10k-paper file through the library page's own import module (lib/export/import-file.ts) into
// an empty database of its own, in the page as the library page runs it: a JSON backup and a BibTeX file.
import Dexie from 'dexie';
import { MarginDB } from '../../../lib/db';
import { EXPORT_FORMATS } from '../../../lib/export/formats';
import { importFile } from '../../../lib/export/import-file';
import { DEFAULT_SETTINGS } from '../../../lib/settings';
import { libraryChunk, type SeedPaper } from '../library-data';
import { timeRuns } from './ab';

const DB = 'margin-bench-import';

export interface ImportTimes {
  papers: number;
  bytes: number;
  added: number;
  ms: number[];
  error?: string;
}

export async function importTimes(
  seeds: SeedPaper[],
  papers: number,
  format: 'json' | 'bibtex',
  runs: number,
): Promise<ImportTimes> {
  const { papers: rows, sightings } = libraryChunk(seeds, 0, papers);
  const input = { papers: rows, sightings, settings: DEFAULT_SETTINGS, exportedAt: Date.now() };
  const text = EXPORT_FORMATS[format].write(input);
  const name = format === 'json' ? 'margin-backup.json' : 'margin.bib';
  let added = 0;
  let error: string | undefined;
  const ms = await timeRuns(runs, async () => {
    await Dexie.delete(DB);
    const db = new MarginDB(DB);
    const result = await importFile(db, { name, text }, { mode: 'merge' });
    db.close();
    if (result.ok) added = result.added;
    else error = result.error;
  });
  await Dexie.delete(DB);
  return { papers, bytes: text.length, added, ms, error };
}
