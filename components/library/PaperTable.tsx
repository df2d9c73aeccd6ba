import type { LibraryEntry } from '@/lib/library/search-index';
import { firstAuthors } from '../paper-format';
import { statusLabel } from '../StatusSelect';

interface Props {
  entries: LibraryEntry[];
  selected: ReadonlySet<string>;
  openId: string | undefined;
  onToggle: (id: string, on: boolean) => void;
  onToggleAll: (on: boolean) => void;
  onOpen: (id: string) => void;
}

/** One page of the filtered library; a row opens the paper's detail, a checkbox selects it. */
export function PaperTable({ entries, selected, openId, onToggle, onToggleAll, onOpen }: Props) {
  const allOn = entries.length > 0 && entries.every((entry) => selected.has(entry.id));
  return (
    <table class="paper-table">
      <thead>
        <tr>
          <th>
            <input
              type="checkbox"
              aria-label="Select every paper on this page"
              checked={allOn}
              onChange={(event) => onToggleAll(event.currentTarget.checked)}
            />
          </th>
          <th>Title</th>
          <th>Authors</th>
          <th>Tags</th>
          <th>Status</th>
          <th>Saved</th>
        </tr>
      </thead>
      <tbody>
        {entries.map((entry) => (
          <tr key={entry.id} data-margin-paper={entry.id} class={entry.id === openId ? 'open' : undefined}>
            <td>
              <input
                type="checkbox"
                aria-label={`Select ${entry.title.slice(0, 80)}`}
                checked={selected.has(entry.id)}
                onChange={(event) => onToggle(entry.id, event.currentTarget.checked)}
              />
            </td>
            <td>
              <button type="button" class="title-link" onClick={() => onOpen(entry.id)}>
                {entry.title}
              </button>
              {entry.hasNote && (
                <span class="note-mark" title="Has a note">
                  {' '}
                  ✎
                </span>
              )}
            </td>
            <td class="muted">{firstAuthors(entry.authors)}</td>
            <td>
              {entry.tags.map((tag) => (
                <span key={tag} class="tag">
                  #{tag}
                </span>
              ))}
            </td>
            <td>{statusLabel(entry.status)}</td>
            <td class="muted">{new Date(entry.savedAt).toLocaleDateString()}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
