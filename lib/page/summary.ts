// Counts for the summary bar, and which cards the reader's filters hide.
import type { PaperState } from '../library/states';
import type { ViewPrefs } from '../settings';

export interface PageSummary {
  total: number;
  new: number;
  seen: number;
  saved: number;
  dismissed: number;
  /** Topics on this page, most frequent first. */
  topics: { name: string; count: number }[];
}

export function summarize(states: Iterable<PaperState | undefined>): PageSummary {
  const summary: PageSummary = { total: 0, new: 0, seen: 0, saved: 0, dismissed: 0, topics: [] };
  const topics = new Map<string, number>();
  for (const state of states) {
    summary.total++;
    if (!state) continue;
    summary[state.state]++;
    if (state.dismissed) summary.dismissed++;
    for (const topic of state.topics) topics.set(topic.name, (topics.get(topic.name) ?? 0) + 1);
  }
  // Ties in plain code-unit order: the first localeCompare on a page builds a collator (20–40 ms on a
  // 2000-entry listing, in the task that writes the bar), and the names are Margin's own topic names.
  summary.topics = [...topics]
    .map(([name, count]) => ({ name, count }))
    .sort((a, b) => b.count - a.count || (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  return summary;
}

/** True when the reader's filters hide this card. */
export function isHidden(state: PaperState | undefined, prefs: ViewPrefs): boolean {
  if (!state) return false;
  if (prefs.hideSeen && state.state === 'seen') return true;
  if (prefs.hideDismissed && state.dismissed) return true;
  if (prefs.onlyTopic && !state.topics.some((topic) => topic.name === prefs.onlyTopic)) return true;
  return false;
}
