// Every export format is one module with one `write` function, registered in lib/export/formats.ts.
import type { Paper, Sighting } from '../paper';
import type { Settings } from '../settings';

export const EXPORT_FORMAT_IDS = ['bibtex', 'ris', 'csl-json', 'markdown', 'csv', 'json'] as const;
export type ExportFormatId = (typeof EXPORT_FORMAT_IDS)[number];

export interface ExportInput {
  /** The papers to export, in the order to write them. */
  papers: readonly Paper[];
  /** The whole library's sightings and settings: only the JSON backup writes them. */
  sightings: readonly Sighting[];
  settings: Settings;
  exportedAt: number;
}

export interface ExportFormat {
  id: ExportFormatId;
  label: string;
  extension: string;
  mime: string;
  write(input: ExportInput): string;
}
