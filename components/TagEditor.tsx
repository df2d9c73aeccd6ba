import { useEffect, useRef, useState } from 'preact/hooks';
import { cleanTags } from '@/lib/tags';

interface Props {
  tags: string[];
  known: string[];
  onSave: (tags: string[]) => void;
  onCancel: () => void;
}

/** Comma-separated tags with autocomplete from the tags already in the library. */
export function TagEditor({ tags, known, onSave, onCancel }: Props) {
  const [value, setValue] = useState(tags.join(', '));
  const input = useRef<HTMLInputElement>(null);
  useEffect(() => input.current?.focus(), []);
  const listId = 'margin-known-tags';
  return (
    <form
      class="tag-editor"
      onSubmit={(event) => {
        event.preventDefault();
        onSave(cleanTags(value.split(',')));
      }}
    >
      <input
        ref={input}
        aria-label="Tags, separated by commas"
        list={listId}
        value={value}
        onInput={(event) => setValue(event.currentTarget.value)}
        onKeyDown={(event) => {
          if (event.key === 'Escape') onCancel();
          event.stopPropagation();
        }}
      />
      <datalist id={listId}>
        {known.map((tag) => (
          <option key={tag} value={tag} />
        ))}
      </datalist>
      <button type="submit">Save</button>
    </form>
  );
}
