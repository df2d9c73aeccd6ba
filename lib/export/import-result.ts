// What an import tells the reader: counts of what changed, or the first problem (and then nothing changed).

export interface SkippedEntry {
  /** The entry as the file names it: a BibTeX key, or its position. */
  entry: string;
  reason: string;
}

export type ImportResult =
  | {
      ok: true;
      /** Papers new to the library. */
      added: number;
      /** Papers already in the library that the import changed. */
      updated: number;
      /** Papers already in the library exactly as the file has them. */
      unchanged: number;
      /** Papers a replacing import removed because the file does not have them. */
      removed: number;
      /** Entries of the file that were not imported, with why. */
      skipped: SkippedEntry[];
    }
  | { ok: false; error: string };

export type ImportMode = 'merge' | 'replace';

/** Fraction of the import done so far, 0…1. */
export type Progress = (done: number) => void;

export interface ImportOptions {
  mode: ImportMode;
  progress?: Progress;
  /** The import's time: savedAt of papers a BibTeX import stars, updatedAt of papers an import changes. */
  now?: number;
}

/** Structural equality of two JSON-like rows (key order ignored), to tell updated from unchanged. */
export function sameRow(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  if (Array.isArray(a) !== Array.isArray(b)) return false;
  const keysA = Object.keys(a).filter((k) => (a as Record<string, unknown>)[k] !== undefined);
  const keysB = Object.keys(b).filter((k) => (b as Record<string, unknown>)[k] !== undefined);
  if (keysA.length !== keysB.length) return false;
  return keysA.every((k) => sameRow((a as Record<string, unknown>)[k], (b as Record<string, unknown>)[k]));
}
