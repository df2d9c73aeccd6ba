import { useState } from 'preact/hooks';

interface Props {
  tags: string[];
  known: string[];
  /** Each edit is one tag added to or removed from what is stored, so two quick adds both land. */
  onAdd: (tag: string) => void;
  onRemove: (tag: string) => void;
  /** Unique per list on the page, for the autocomplete datalist. */
  listId: string;
}

/** A paper's tags: remove one with ×, add one with autocomplete from the library's tags. */
export function TagList({ tags, known, onAdd, onRemove, listId }: Props) {
  const [draft, setDraft] = useState('');
  const add = () => {
    const tag = draft.trim();
    setDraft('');
    if (tag && !tags.some((t) => t.toLowerCase() === tag.toLowerCase())) onAdd(tag);
  };
  return (
    <span class="tags">
      {tags.map((tag) => (
        <span class="tag" key={tag}>
          #{tag}
          <button type="button" class="untag" aria-label={`Remove tag ${tag}`} onClick={() => onRemove(tag)}>
            ×
          </button>
        </span>
      ))}
      <input
        class="add-tag"
        aria-label="Add a tag"
        placeholder="+ tag"
        list={listId}
        value={draft}
        onInput={(event) => setDraft(event.currentTarget.value)}
        onKeyDown={(event) => {
          if (event.key === 'Enter') {
            event.preventDefault();
            add();
          }
        }}
        onBlur={add}
      />
      <datalist id={listId}>
        {known
          .filter((tag) => !tags.includes(tag))
          .map((tag) => (
            <option key={tag} value={tag} />
          ))}
      </datalist>
    </span>
  );
}
