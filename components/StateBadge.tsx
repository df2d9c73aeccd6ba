import { shortDate } from '@/lib/dates';
import type { PaperState } from '@/lib/library/states';
import { pageLabel } from '@/lib/page-label';

interface Props {
  state: PaperState;
  now: number;
}

/** new / seen (when, where, how often) / saved (with tags) / possible duplicate (links the other paper). */
export function StateBadge({ state, now }: Props) {
  return (
    <>
      {state.state === 'saved' ? (
        <span class="badge badge-saved" data-margin-badge="saved">
          Saved{state.tags.length ? ` · ${state.tags.map((t) => `#${t}`).join(' ')}` : ''}
        </span>
      ) : state.state === 'seen' && state.firstSeen ? (
        <span class="badge badge-seen" data-margin-badge="seen" title={state.firstSeen.url}>
          Seen {shortDate(state.firstSeen.at, now)} on {pageLabel(state.firstSeen.site, state.firstSeen.kind)}
          {state.seenCount > 1 ? `, ${state.seenCount}×` : ''}
        </span>
      ) : (
        <span class="badge badge-new" data-margin-badge="new">
          New
        </span>
      )}
      {state.duplicateOf && (
        <span class="badge badge-duplicate" data-margin-badge="duplicate">
          Possible duplicate of{' '}
          {state.duplicateOf.url ? (
            <a href={state.duplicateOf.url} target="_blank" rel="noopener noreferrer" title={state.duplicateOf.title}>
              {truncate(state.duplicateOf.title, 48)}
            </a>
          ) : (
            <span title={state.duplicateOf.title}>{truncate(state.duplicateOf.title, 48)}</span>
          )}
        </span>
      )}
    </>
  );
}

export function truncate(text: string, max: number): string {
  return text.length > max ? `${text.slice(0, max - 1)}…` : text;
}
