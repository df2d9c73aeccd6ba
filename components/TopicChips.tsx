import type { TopicMatch } from '@/lib/library/states';

export const MAX_CHIPS = 3;

/** Up to three topic chips; hovering one says which words put it there. */
export function TopicChips({ topics }: { topics: TopicMatch[] }) {
  return (
    <>
      {topics.slice(0, MAX_CHIPS).map((topic) => (
        <span
          key={topic.name}
          class="chip"
          data-margin-topic={topic.name}
          title={topic.terms.length ? `Matched: ${topic.terms.join(', ')}` : topic.name}
        >
          {topic.name}
        </span>
      ))}
    </>
  );
}
