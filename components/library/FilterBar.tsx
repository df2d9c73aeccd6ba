import { type LibraryFilters, SORTS, type SortKey } from '@/lib/library/search-index';
import { READING_STATUSES, type ReadingStatus, SITES, type Site } from '@/lib/paper';
import { statusLabel } from '../StatusSelect';

interface Props {
  filters: LibraryFilters;
  sort: SortKey;
  tags: Map<string, number>;
  topics: Map<string, number>;
  onFilters: (filters: LibraryFilters) => void;
  onSort: (sort: SortKey) => void;
}

const SORT_LABELS: Record<SortKey, string> = {
  'saved-desc': 'Newest saved',
  'saved-asc': 'Oldest saved',
  title: 'Title',
  'year-desc': 'Year',
  relevance: 'Relevance',
};
const SITE_LABELS: Record<Site, string> = { huggingface: 'Hugging Face', arxiv: 'arXiv' };

const byCount = (facet: Map<string, number>) => [...facet].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]));

/** Search, filters (tag, topic, status, site, dates saved and seen) and sort. */
export function FilterBar({ filters, sort, tags, topics, onFilters, onSort }: Props) {
  const set = (change: Partial<LibraryFilters>) => onFilters({ ...filters, ...change });
  const optional = (value: string) => value || undefined;
  return (
    <section class="filter-bar" aria-label="Search and filters">
      <input
        type="search"
        class="search"
        aria-label="Search title, abstract, authors, tags and notes"
        placeholder="Search title, abstract, authors, tags, notes…"
        value={filters.text}
        onInput={(event) => set({ text: event.currentTarget.value })}
      />
      <select
        aria-label="Tag"
        value={filters.tag ?? ''}
        onChange={(e) => set({ tag: optional(e.currentTarget.value) })}
      >
        <option value="">Any tag</option>
        {byCount(tags).map(([tag, count]) => (
          <option key={tag} value={tag}>
            #{tag} ({count})
          </option>
        ))}
      </select>
      <select
        aria-label="Topic"
        value={filters.topic ?? ''}
        onChange={(e) => set({ topic: optional(e.currentTarget.value) })}
      >
        <option value="">Any topic</option>
        {byCount(topics).map(([topic, count]) => (
          <option key={topic} value={topic}>
            {topic} ({count})
          </option>
        ))}
      </select>
      <select
        aria-label="Status"
        value={filters.status ?? ''}
        onChange={(e) => set({ status: optional(e.currentTarget.value) as ReadingStatus | undefined })}
      >
        <option value="">Any status</option>
        {READING_STATUSES.map((status) => (
          <option key={status} value={status}>
            {statusLabel(status)}
          </option>
        ))}
      </select>
      <select
        aria-label="Site"
        value={filters.site ?? ''}
        onChange={(e) => set({ site: optional(e.currentTarget.value) as Site | undefined })}
      >
        <option value="">Any site</option>
        {SITES.map((site) => (
          <option key={site} value={site}>
            {SITE_LABELS[site]}
          </option>
        ))}
      </select>
      <DateRange
        legend="Saved"
        labels={['Saved from', 'Saved until']}
        range={[filters.savedFrom, filters.savedTo]}
        onChange={([savedFrom, savedTo]) => set({ savedFrom, savedTo })}
      />
      <DateRange
        legend="First seen"
        labels={['Seen from', 'Seen until']}
        range={[filters.seenFrom, filters.seenTo]}
        onChange={([seenFrom, seenTo]) => set({ seenFrom, seenTo })}
      />
      <select aria-label="Sort" value={sort} onChange={(e) => onSort(e.currentTarget.value as SortKey)}>
        {SORTS.map((key) => (
          <option key={key} value={key}>
            {SORT_LABELS[key]}
          </option>
        ))}
      </select>
    </section>
  );
}

type Range = [from: string | undefined, to: string | undefined];

/** Two date inputs, inclusive; an empty one leaves that side open. */
function DateRange({
  legend,
  labels,
  range,
  onChange,
}: {
  legend: string;
  labels: [string, string];
  range: Range;
  onChange: (range: Range) => void;
}) {
  const [from, to] = range;
  return (
    <fieldset class="dates">
      <legend>{legend}</legend>
      <input
        type="date"
        aria-label={labels[0]}
        value={from ?? ''}
        onInput={(e) => onChange([e.currentTarget.value || undefined, to])}
      />
      <input
        type="date"
        aria-label={labels[1]}
        value={to ?? ''}
        onInput={(e) => onChange([from, e.currentTarget.value || undefined])}
      />
    </fieldset>
  );
}
