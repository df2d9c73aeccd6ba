// One entry point for the library's import control: a `.bib` file is read as BibTeX, anything else as a
// JSON backup.
import type { MarginDB } from '../db';
import { importBackup } from './import-backup';
import type { ImportOptions, ImportResult } from './import-result';

export function isBibtexFile(name: string, text: string): boolean {
  return /\.bib$/i.test(name) || /^\ufeff?\s*@[a-z]+\s*[{(]/i.test(text);
}

export async function importFile(
  db: MarginDB,
  file: { name: string; text: string },
  options: ImportOptions,
): Promise<ImportResult> {
  if (isBibtexFile(file.name, file.text)) {
    const { importBibtex } = await import('./import-bibtex');
    return importBibtex(db, file.text, options);
  }
  return importBackup(db, file.text, options);
}
