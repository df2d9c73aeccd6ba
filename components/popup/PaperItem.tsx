import { useState } from 'preact/hooks';
import type { LibraryActions } from '@/lib/library/extension-page';
import type { Paper } from '@/lib/paper';
import { firstAuthors, paperUrl, paperYear } from '../paper-format';
import { StatusSelect } from '../StatusSelect';
import { TagList } from '../TagList';

interface Props {
  paper: Paper;
  knownTags: string[];
  actions: LibraryActions;
  onError: (message: string) => void;
}

const NOTE_LIMIT = 2000;

/** One saved paper in the popup: link, first authors, tags, status, a short note, unstar. */
export function PaperItem({ paper, knownTags, actions, onError }: Props) {
  const [noteOpen, setNoteOpen] = useState(false);
  // What is typed in the note field: a re-render (any library change re-lists the popup) must not wipe it.
  const [draft, setDraft] = useState(paper.note);
  const run = (work: Promise<unknown>) =>
    work.catch((error: unknown) => onError(error instanceof Error ? error.message : String(error)));
  const year = paperYear(paper);
  return (
    <li class="paper" data-margin-paper={paper.id}>
      <div class="paper-head">
        <a class="paper-title" href={paperUrl(paper)} target="_blank" rel="noopener noreferrer">
          {paper.title}
        </a>
        <button
          type="button"
          class="unstar"
          data-margin-action="unstar"
          aria-label={`Remove from library: ${paper.title.slice(0, 80)}`}
          title="Remove from library"
          onClick={() => run(actions.unsave(paper.id))}
        >
          ★
        </button>
      </div>
      <div class="paper-meta">
        {firstAuthors(paper.authors)}
        {year ? ` · ${year}` : ''}
      </div>
      <div class="paper-edit">
        <TagList
          tags={paper.tags}
          known={knownTags}
          listId={`tags-${paper.id}`}
          onAdd={(tag) => run(actions.addTag(paper.id, tag))}
          onRemove={(tag) => run(actions.removeTag(paper.id, tag))}
        />
        <StatusSelect value={paper.status} onChange={(status) => run(actions.setStatus(paper.id, status))} />
        <button
          type="button"
          class="note-toggle"
          aria-expanded={noteOpen}
          aria-label="Note"
          title={paper.note || 'Write a note'}
          onClick={() => {
            if (!noteOpen) setDraft(paper.note);
            setNoteOpen(!noteOpen);
          }}
        >
          {paper.note ? '✎ note' : '✎'}
        </button>
      </div>
      {noteOpen && (
        <textarea
          class="note"
          aria-label={`Note on ${paper.title.slice(0, 80)}`}
          maxLength={NOTE_LIMIT}
          rows={3}
          value={draft}
          onInput={(event) => setDraft(event.currentTarget.value)}
          onBlur={(event) => {
            const note = event.currentTarget.value;
            if (note !== paper.note) run(actions.setNote(paper.id, note));
          }}
        />
      )}
    </li>
  );
}
