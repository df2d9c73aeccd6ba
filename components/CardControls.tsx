import type { PaperState } from '@/lib/library/states';
import { StateBadge, truncate } from './StateBadge';
import { TagEditor } from './TagEditor';
import { TopicChips } from './TopicChips';

export interface CardActions {
  star: (saved: boolean) => void;
  dismiss: (dismissed: boolean) => void;
  saveTags: (tags: string[]) => void;
  editTags: (open: boolean) => void;
}

interface Props {
  title: string;
  /** Undefined until the library answered (or when it could not). */
  state: PaperState | undefined;
  now: number;
  editingTags: boolean;
  knownTags: string[];
  actions: CardActions;
}

/** Everything Margin adds to one paper card. */
export function CardControls({ title, state, now, editingTags, knownTags, actions }: Props) {
  const saved = state?.state === 'saved';
  if (state?.dismissed) {
    return (
      <div class="collapsed">
        <span class="title">{truncate(title, 120)}</span>
        <button type="button" data-margin-action="reopen" onClick={() => actions.dismiss(false)}>
          Dismissed · reopen
        </button>
      </div>
    );
  }
  return (
    <div class="bar">
      <button
        type="button"
        class="star"
        data-margin-action="star"
        aria-pressed={saved ? 'true' : 'false'}
        aria-label={saved ? `Remove from library: ${truncate(title, 80)}` : `Save to library: ${truncate(title, 80)}`}
        title={saved ? 'Remove from your Margin library' : 'Save to your Margin library'}
        onClick={() => actions.star(!saved)}
      >
        {saved ? '★' : '☆'}
      </button>
      {state && <StateBadge state={state} now={now} />}
      {state && <TopicChips topics={state.topics} />}
      {state?.suggestions.slice(0, 2).map((suggestion) => (
        <button
          key={suggestion.tag}
          type="button"
          class="suggest"
          data-margin-action="accept-tag"
          title={`Suggested from your tags (${Math.round(suggestion.confidence * 100)}% confident): click to add`}
          onClick={() => actions.saveTags([...(state?.tags ?? []), suggestion.tag])}
        >
          +#{suggestion.tag}?
        </button>
      ))}
      {editingTags ? (
        <TagEditor
          tags={state?.tags ?? []}
          known={knownTags}
          onSave={(tags) => actions.saveTags(tags)}
          onCancel={() => actions.editTags(false)}
        />
      ) : (
        <button
          type="button"
          data-margin-action="tag"
          aria-label="Tag this paper"
          onClick={() => actions.editTags(true)}
        >
          #
        </button>
      )}
      <button
        type="button"
        data-margin-action="dismiss"
        aria-label="Dismiss: not interested"
        title="Not interested (collapses the card)"
        onClick={() => actions.dismiss(true)}
      >
        ✕
      </button>
    </div>
  );
}
