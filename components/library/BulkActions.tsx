import { useState } from 'preact/hooks';
import { READING_STATUSES, type ReadingStatus } from '@/lib/paper';
import { statusLabel } from '../StatusSelect';

interface Props {
  count: number;
  knownTags: string[];
  onTag: (tag: string) => void;
  onStatus: (status: ReadingStatus) => void;
  onDelete: () => void;
  onClear: () => void;
}

/** What can be done to many papers at once. */
export function BulkActions({ count, knownTags, onTag, onStatus, onDelete, onClear }: Props) {
  const [tag, setTag] = useState('');
  return (
    <section class="bulk" aria-label="Selected papers" data-margin-bulk>
      <strong>{count} selected</strong>
      <form
        onSubmit={(event) => {
          event.preventDefault();
          if (tag.trim()) onTag(tag.trim());
          setTag('');
        }}
      >
        <input
          aria-label="Tag to add to the selection"
          list="bulk-tags"
          placeholder="tag"
          value={tag}
          onInput={(e) => setTag(e.currentTarget.value)}
        />
        <datalist id="bulk-tags">
          {knownTags.map((t) => (
            <option key={t} value={t} />
          ))}
        </datalist>
        <button type="submit" data-margin-action="bulk-tag">
          Add tag
        </button>
      </form>
      <select
        aria-label="Set status of the selection"
        value=""
        onChange={(event) => {
          const status = event.currentTarget.value as ReadingStatus | '';
          // Back to "Set status…": the choice is an action, not the selection's status, and can be repeated.
          event.currentTarget.value = '';
          if (status) onStatus(status);
        }}
      >
        <option value="">Set status…</option>
        {READING_STATUSES.map((status) => (
          <option key={status} value={status}>
            {statusLabel(status)}
          </option>
        ))}
      </select>
      <button type="button" class="danger" data-margin-action="bulk-delete" onClick={onDelete}>
        Delete
      </button>
      <button type="button" onClick={onClear}>
        Clear selection
      </button>
    </section>
  );
}
