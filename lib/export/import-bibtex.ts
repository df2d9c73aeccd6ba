// Placeholder replaced below.
import type { MarginDB } from '../db';
import type { ImportFileOptions } from './import-file';
import type { ImportResult } from './import-result';

export async function importBibtex(_db: MarginDB, _text: string, _options: ImportFileOptions): Promise<ImportResult> {
  return { ok: false, error: 'BibTeX import is not available yet' };
}
