// Reads a backup file into a validated current-version Backup, or names the first problem in it. The whole
// file is validated before anything is written; long lists are checked in chunks with a pause between them
// so that the page stays responsive, and report their progress.
import { z } from '../zod';
import { firstProblem, REPORT_INPUT } from '../zod-issues';
import {
  BACKUP_FORMAT,
  BACKUP_VERSIONS,
  type Backup,
  BackupPaperSchema,
  BackupSettingsSchema,
  BackupSightingSchema,
  BackupV1PaperSchema,
  BackupV1SightingSchema,
} from './backup-schema';
import { upgradeBackupV1 } from './backup-v1';
import type { Progress } from './import-result';

export type Parsed<T> = { ok: true; value: T } | { ok: false; error: string };

const CHUNK = 250;

const yieldToPage = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

const Header = z.object({
  exportedAt: z.number(),
  papers: z.array(z.unknown()),
  sightings: z.array(z.unknown()),
});

function parseJson(text: string): Parsed<unknown> {
  try {
    return { ok: true, value: JSON.parse(text.replace(/^\ufeff/, '')) };
  } catch (error) {
    return { ok: false, error: `Not JSON: ${error instanceof Error ? error.message : String(error)}` };
  }
}

/** A short, safe rendering of a header value from the file (which may be anything, nested arbitrarily deep). */
function shown(value: unknown): string {
  if (typeof value === 'string') return JSON.stringify(value.slice(0, 60));
  if (typeof value === 'number' || typeof value === 'boolean' || value === null) return String(value);
  return Array.isArray(value) ? 'an array' : typeof value === 'object' ? 'an object' : typeof value;
}

function checkFormat(data: unknown): Parsed<1 | 2> {
  if (typeof data !== 'object' || data === null || Array.isArray(data)) {
    return { ok: false, error: 'Not a Margin backup (the file is not a JSON object)' };
  }
  const { format, version } = data as { format?: unknown; version?: unknown };
  if (format === undefined) return { ok: false, error: 'Not a Margin backup (format field missing)' };
  if (format !== BACKUP_FORMAT) return { ok: false, error: `Not a Margin backup (format is ${shown(format)})` };
  if (!BACKUP_VERSIONS.includes(version as 1 | 2)) {
    const readable = BACKUP_VERSIONS.join(' and ');
    return { ok: false, error: `Unsupported backup version ${shown(version)}: this Margin reads versions ${readable}` };
  }
  return { ok: true, value: version as 1 | 2 };
}

/** Validates `items` row by row; the first invalid row is reported as `name[i].path: problem`. */
async function validateList<T>(
  name: string,
  items: readonly unknown[],
  schema: z.ZodMiniType<T>,
  onChunk: (count: number) => void,
): Promise<Parsed<T[]>> {
  const rows: T[] = [];
  for (let start = 0; start < items.length; start += CHUNK) {
    for (let i = start; i < Math.min(items.length, start + CHUNK); i++) {
      const result = schema.safeParse(items[i], REPORT_INPUT);
      if (!result.success) return { ok: false, error: firstProblem(`${name}[${i}]`, result.error) };
      rows.push(result.data);
    }
    onChunk(Math.min(CHUNK, items.length - start));
    await yieldToPage();
  }
  return { ok: true, value: rows };
}

function firstDuplicate(name: string, keys: readonly string[], field: string): string | undefined {
  const seen = new Map<string, number>();
  for (const [i, key] of keys.entries()) {
    const earlier = seen.get(key);
    if (earlier !== undefined)
      return `${name}[${i}].${field}: duplicate ${JSON.stringify(key).slice(0, 120)} (also ${name}[${earlier}])`;
    seen.set(key, i);
  }
  return undefined;
}

interface Rows<P, S> {
  papers: P[];
  sightings: S[];
}

/** Both lists validated row by row, with unique paper ids and sighting keys. */
async function validateRows<P extends { id: string }, S extends { key: string }>(
  header: { papers: unknown[]; sightings: unknown[] },
  schemas: { papers: z.ZodMiniType<P>; sightings: z.ZodMiniType<S> },
  step: (count: number) => void,
): Promise<Parsed<Rows<P, S>>> {
  const papers = await validateList('papers', header.papers, schemas.papers, step);
  if (!papers.ok) return papers;
  const sightings = await validateList('sightings', header.sightings, schemas.sightings, step);
  if (!sightings.ok) return sightings;
  const duplicate =
    firstDuplicate(
      'papers',
      papers.value.map((p) => p.id),
      'id',
    ) ??
    firstDuplicate(
      'sightings',
      sightings.value.map((s) => s.key),
      'key',
    );
  if (duplicate) return { ok: false, error: duplicate };
  return { ok: true, value: { papers: papers.value, sightings: sightings.value } };
}

/** Parses and validates a whole backup file; older versions come back converted to the current one. */
export async function parseBackup(text: string, progress: Progress = () => {}): Promise<Parsed<Backup>> {
  const json = parseJson(text);
  if (!json.ok) return json;
  const version = checkFormat(json.value);
  if (!version.ok) return version;
  const header = Header.safeParse(json.value, REPORT_INPUT);
  if (!header.success) return { ok: false, error: firstProblem('', header.error) };
  const total = header.data.papers.length + header.data.sightings.length + 1;
  let done = 0;
  const step = (count: number) => {
    done += count;
    progress(done / total);
  };
  const base = { format: BACKUP_FORMAT, exportedAt: header.data.exportedAt } as const;
  if (version.value === 1) {
    const rows = await validateRows(
      header.data,
      { papers: BackupV1PaperSchema, sightings: BackupV1SightingSchema },
      step,
    );
    if (!rows.ok) return rows;
    step(1);
    return { ok: true, value: upgradeBackupV1({ ...base, version: 1, ...rows.value }) };
  }
  const rows = await validateRows(header.data, { papers: BackupPaperSchema, sightings: BackupSightingSchema }, step);
  if (!rows.ok) return rows;
  const settings = BackupSettingsSchema.safeParse((json.value as { settings?: unknown }).settings, REPORT_INPUT);
  if (!settings.success) return { ok: false, error: firstProblem('settings', settings.error) };
  step(1);
  return { ok: true, value: { ...base, version: 2, ...rows.value, settings: settings.data } };
}
