// The JSON backup format: `{format: 'margin-backup', version, exportedAt, papers, sightings, settings}`.
// Built from the library's own schemas, so a backup follows whatever a paper is.
//
// Versions:
//   1 — the library as the walking skeleton stored it: papers without reading fields (no tags, note,
//       status, dismissed, topics, seen summary or updatedAt), sightings without page kind, section or
//       day, and no settings. Imported by converting to version 2 (lib/export/backup-v1.ts).
//   2 — the current version: rows exactly as the library database stores them, plus the settings.
import { PaperRefSchema, PaperSchema, SightingSchema } from '../paper';
import { SettingsSchema } from '../settings';
import { z } from '../zod';

export const BACKUP_FORMAT = 'margin-backup';
export const BACKUP_VERSION = 2;
export const BACKUP_VERSIONS = [1, 2] as const;

export const BackupPaperSchema = PaperSchema;
export const BackupSightingSchema = SightingSchema;
export const BackupSettingsSchema = SettingsSchema;

export const BackupSchema = z.object({
  format: z.literal(BACKUP_FORMAT),
  version: z.literal(BACKUP_VERSION),
  exportedAt: z.number(),
  papers: z.array(BackupPaperSchema),
  sightings: z.array(BackupSightingSchema),
  settings: BackupSettingsSchema,
});
export type Backup = z.infer<typeof BackupSchema>;

export const BackupV1PaperSchema = z.object({ ...PaperRefSchema.shape, savedAt: z.optional(z.number()) });
export type BackupV1Paper = z.infer<typeof BackupV1PaperSchema>;

const { key, paperId, pageUrl, site, seenAt } = SightingSchema.shape;
export const BackupV1SightingSchema = z.object({ key, paperId, pageUrl, site, seenAt });
export type BackupV1Sighting = z.infer<typeof BackupV1SightingSchema>;

export const BackupV1Schema = z.object({
  format: z.literal(BACKUP_FORMAT),
  version: z.literal(1),
  exportedAt: z.number(),
  papers: z.array(BackupV1PaperSchema),
  sightings: z.array(BackupV1SightingSchema),
});
export type BackupV1 = z.infer<typeof BackupV1Schema>;
