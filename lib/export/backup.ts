// The JSON backup: the whole library (every paper row, sighting and the settings) in the current format
// version (see backup-schema.ts), so that importing it gives back the same library.
import { BACKUP_FORMAT, BACKUP_VERSION, type Backup } from './backup-schema';
import type { ExportFormat, ExportInput } from './types';

export function writeBackup(input: ExportInput): string {
  const backup: Backup = {
    format: BACKUP_FORMAT,
    version: BACKUP_VERSION,
    exportedAt: input.exportedAt,
    papers: [...input.papers],
    sightings: [...input.sightings],
    settings: input.settings,
  };
  return `${JSON.stringify(backup, null, 1)}\n`;
}

export const backup: ExportFormat = {
  id: 'json',
  label: 'JSON backup',
  extension: 'json',
  mime: 'application/json',
  write: writeBackup,
};
