import type { PageSummary } from '@/lib/page/summary';
import type { ViewPrefs } from '@/lib/settings';

interface Props {
  summary: PageSummary;
  prefs: ViewPrefs;
  onChange: (prefs: ViewPrefs) => void;
}

/** "31 papers · 24 new · 5 seen · 2 saved" with topic counts and the page's filters. */
export function SummaryBar({ summary, prefs, onChange }: Props) {
  return (
    <section class="summary" data-margin-summary aria-label="Margin summary of this page">
      <span class="counts">
        <strong>Margin</strong>
        <span data-margin-count="total">{summary.total} papers</span>
        <span data-margin-count="new">{summary.new} new</span>
        <span data-margin-count="seen">{summary.seen} seen</span>
        <span data-margin-count="saved">{summary.saved} saved</span>
        <span data-margin-count="dismissed">{summary.dismissed} dismissed</span>
      </span>
      <label>
        <input
          type="checkbox"
          data-margin-filter="hide-seen"
          checked={prefs.hideSeen}
          onChange={(event) => onChange({ ...prefs, hideSeen: event.currentTarget.checked })}
        />
        Hide seen
      </label>
      <label>
        <input
          type="checkbox"
          data-margin-filter="hide-dismissed"
          checked={prefs.hideDismissed}
          onChange={(event) => onChange({ ...prefs, hideDismissed: event.currentTarget.checked })}
        />
        Hide dismissed
      </label>
      {summary.topics.length > 0 && (
        <label>
          Only topic
          <select
            data-margin-filter="topic"
            value={prefs.onlyTopic ?? ''}
            onChange={(event) => onChange({ ...prefs, onlyTopic: event.currentTarget.value || undefined })}
          >
            <option value="">all</option>
            {summary.topics.map((topic) => (
              <option key={topic.name} value={topic.name}>
                {topic.name} ({topic.count})
              </option>
            ))}
          </select>
        </label>
      )}
    </section>
  );
}
