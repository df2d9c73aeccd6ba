import { useState } from 'preact/hooks';
import type { MarginDB } from '@/lib/db';
import { importFile } from '@/lib/export/import-file';
import type { ImportMode, ImportResult } from '@/lib/export/import-result';

type Outcome = { kind: 'status' | 'alert'; text: string };

const plural = (n: number, word: string) => `${n.toLocaleString()} ${word}${n === 1 ? '' : 's'}`;

export function describeResult(name: string, result: ImportResult): Outcome {
  if (!result.ok) return { kind: 'alert', text: `Could not import ${name}: ${result.error}` };
  const parts = [`${result.added.toLocaleString()} added`, `${result.updated.toLocaleString()} updated`];
  parts.push(`${result.unchanged.toLocaleString()} unchanged`);
  if (result.removed) parts.push(`${result.removed.toLocaleString()} removed`);
  const first = result.skipped[0];
  const skipped = first
    ? ` ${plural(result.skipped.length, 'entry')} skipped (first: ${first.entry}: ${first.reason}).`
    : '';
  return { kind: 'status', text: `Imported ${name}: ${parts.join(', ')}.${skipped}` };
}

/**
 * Import a JSON backup or a BibTeX file. Merge is the default; replacing the whole library takes a second,
 * explicit click. The file's text is only ever shown as text.
 */
interface Props {
  db: MarginDB;
  /** After a successful import: rows may have changed without a newer edit stamp (replace), so re-read all. */
  onImported: () => void;
}

export function ImportPanel({ db, onImported }: Props) {
  const [mode, setMode] = useState<ImportMode>('merge');
  const [pending, setPending] = useState<{ name: string; text: string } | null>(null);
  const [progress, setProgress] = useState<number | null>(null);
  const [outcome, setOutcome] = useState<Outcome | null>(null);

  const run = async (file: { name: string; text: string }, chosen: ImportMode) => {
    setPending(null);
    setOutcome(null);
    setProgress(0);
    try {
      const result = await importFile(db, file, { mode: chosen, progress: setProgress });
      setOutcome(describeResult(file.name, result));
      if (result.ok) onImported();
    } catch (error) {
      setOutcome({
        kind: 'alert',
        text: `Could not import ${file.name}: ${error instanceof Error ? error.message : String(error)}`,
      });
    } finally {
      setProgress(null);
    }
  };

  const choose = async (input: HTMLInputElement) => {
    const chosen = input.files?.[0];
    input.value = '';
    if (!chosen) return;
    const file = { name: chosen.name, text: await chosen.text() };
    if (mode === 'replace') {
      setOutcome(null);
      setPending(file);
    } else await run(file, 'merge');
  };

  return (
    <section class="import" aria-label="Import" data-margin-import-panel>
      <h2>Import a backup or a BibTeX file</h2>
      <fieldset class="import-mode">
        <legend>Papers already in the library</legend>
        <label>
          <input type="radio" name="import-mode" checked={mode === 'merge'} onChange={() => setMode('merge')} />
          Merge: keep the newer edit, combine tags and sightings
        </label>
        <label>
          <input type="radio" name="import-mode" checked={mode === 'replace'} onChange={() => setMode('replace')} />
          Replace the whole library with the file
        </label>
      </fieldset>
      <label class="import-file">
        Choose a file
        <input
          type="file"
          data-margin-import
          accept=".json,.bib,application/json"
          disabled={progress !== null}
          onChange={(e) => void choose(e.currentTarget)}
        />
      </label>
      {pending && (
        <div class="import-confirm">
          <p>Replace every paper, sighting and setting in the library with {pending.name}? This cannot be undone.</p>
          <button
            type="button"
            class="danger"
            data-margin-action="confirm-replace"
            onClick={() => void run(pending, 'replace')}
          >
            Replace library
          </button>
          <button type="button" onClick={() => setPending(null)}>
            Cancel
          </button>
        </div>
      )}
      {progress !== null && <progress class="import-progress" max={1} value={progress} aria-label="Import progress" />}
      <p class="import-result" role="status" aria-live="polite">
        {outcome?.kind === 'status' ? outcome.text : ''}
      </p>
      {outcome?.kind === 'alert' && (
        <p class="import-error" role="alert">
          {outcome.text}
        </p>
      )}
    </section>
  );
}
