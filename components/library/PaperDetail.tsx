import { useState } from 'preact/hooks';
import { localDay } from '@/lib/dates';
import type { MarginDB } from '@/lib/db';
import type { LibraryActions } from '@/lib/library/extension-page';
import type { TagSuggestion } from '@/lib/library/states';
import { pageLabel } from '@/lib/page-label';
import { Markdown } from '../Markdown';
import { StatusSelect } from '../StatusSelect';
import { TagList } from '../TagList';
import { useLiveQuery } from '../use-live-query';

interface Props {
  db: MarginDB;
  id: string;
  knownTags: string[];
  actions: LibraryActions;
  suggest: (id: string) => Promise<TagSuggestion[]>;
  onDelete: (id: string) => void;
  onClose: () => void;
  onError: (message: string) => void;
}

const day = (ms: number | undefined) => (ms === undefined ? '—' : localDay(ms));

/** Every field of one paper, its links, where it was seen, its note (Markdown) and tags. */
export function PaperDetail({ db, id, knownTags, actions, suggest, onDelete, onClose, onError }: Props) {
  const paper = useLiveQuery(() => db.papers.get(id), [db, id]).value;
  const sightings = useLiveQuery(() => db.sightings.where('paperId').equals(id).sortBy('seenAt'), [db, id]).value;
  const suggestions = useLiveQuery(() => suggest(id), [id, paper?.tags.join('\u0000')]).value ?? [];
  // The draft belongs to the paper it was started on: opening another paper closes the editor.
  const [note, setNote] = useState<{ id: string; draft: string } | null>(null);
  const editing = note?.id === id;
  const draft = editing ? note.draft : '';
  if (!paper) return null;
  const run = (work: Promise<unknown>) =>
    work.catch((e: unknown) => onError(e instanceof Error ? e.message : String(e)));
  const links = Object.entries(paper.links).filter(([, url]) => url) as [string, string][];
  return (
    <aside class="detail" aria-label="Paper detail" data-margin-detail={paper.id}>
      <button type="button" class="close" aria-label="Close detail" onClick={onClose}>
        ×
      </button>
      <h2>{paper.title}</h2>
      <p class="authors">{paper.authors.join(', ') || 'Unknown authors'}</p>
      <dl class="fields">
        <dt>Identifier</dt>
        <dd>
          {paper.id}
          {paper.version ? ` (v${paper.version})` : ''}
        </dd>
        <dt>Subjects</dt>
        <dd>{paper.subjects.map((s) => (s.name ? `${s.name} (${s.code})` : s.code)).join('; ') || '—'}</dd>
        <dt>Published</dt>
        <dd>{paper.published ?? '—'}</dd>
        <dt>Announced</dt>
        <dd>{paper.announced ?? '—'}</dd>
        <dt>Saved</dt>
        <dd>{day(paper.savedAt)}</dd>
        <dt>Topics</dt>
        <dd>{paper.topics.join(', ') || '—'}</dd>
        <dt>Links</dt>
        <dd class="links">
          {links.map(([kind, url]) => (
            <a key={kind} href={url} target="_blank" rel="noopener noreferrer">
              {kind === 'hf' ? 'Hugging Face' : kind}
            </a>
          ))}
        </dd>
      </dl>
      {paper.abstract && <p class="abstract">{paper.abstract}</p>}
      <h3>Tags</h3>
      <TagList
        tags={paper.tags}
        known={knownTags}
        listId="detail-tags"
        onAdd={(tag) => run(actions.addTag(id, tag))}
        onRemove={(tag) => run(actions.removeTag(id, tag))}
      />
      {suggestions.length > 0 && (
        <p class="suggestions">
          Suggested:{' '}
          {suggestions.map((s) => (
            <button
              key={s.tag}
              type="button"
              data-margin-action="accept-tag"
              title={`Learned from your tags: ${Math.round(s.confidence * 100)}% confident. Click to add`}
              onClick={() => run(actions.addTag(id, s.tag))}
            >
              +#{s.tag} · {Math.round(s.confidence * 100)}%
            </button>
          ))}
        </p>
      )}
      <h3>Status</h3>
      <StatusSelect value={paper.status} onChange={(status) => run(actions.setStatus(id, status))} />
      <h3>Note</h3>
      {editing ? (
        <form
          onSubmit={(event) => {
            event.preventDefault();
            setNote(null);
            run(actions.setNote(id, draft));
          }}
        >
          <textarea
            aria-label="Note (Markdown)"
            rows={8}
            value={draft}
            onInput={(e) => setNote({ id, draft: e.currentTarget.value })}
          />
          <button type="submit">Save note</button>
          <button type="button" onClick={() => setNote(null)}>
            Cancel
          </button>
        </form>
      ) : (
        <>
          {paper.note ? <Markdown source={paper.note} /> : <p class="muted">No note yet.</p>}
          <button type="button" onClick={() => setNote({ id, draft: paper.note })}>
            Edit note
          </button>
        </>
      )}
      <h3>Seen</h3>
      <ul class="sightings">
        {(sightings ?? []).map((s) => (
          <li key={s.key}>
            {s.day} on{' '}
            <a href={s.pageUrl} target="_blank" rel="noopener noreferrer">
              {pageLabel(s.site, s.kind)}
            </a>
            {s.section !== 'listing' ? ` (${s.section})` : ''}
          </li>
        ))}
        {sightings?.length === 0 && <li class="muted">Never seen on a listing (imported).</li>}
      </ul>
      <button type="button" class="danger" onClick={() => onDelete(id)}>
        Delete from library
      </button>
    </aside>
  );
}
