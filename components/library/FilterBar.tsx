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
      <fieldset class="dates">
        <legend>Saved</legend>
        <input
          type="date"
          aria-label="Saved from"
          value={filters.savedFrom ?? ''}
          onInput={(e) => set({ savedFrom: optional(e.currentTarget.value) })}
        />
        <input
          type="date"
          aria-label="Saved until"
          value={filters.savedTo ?? ''}
          onInput={(e) => set({ savedTo: optional(e.currentTarget.value) })}
        />
      </fieldset>
      <fieldset class="dates">
        <legend>First seen</legend>
        <input
          type="date"
          aria-label="Seen from"
          value={filters.seenFrom ?? ''}
          onInput={(e) => set({ seenFrom: optional(e.currentTarget.value) })}
        />
        <input
          type="date"
          aria-label="Seen until"
          value={filters.seenTo ?? ''}
          onInput={(e) => set({ seenTo: optional(e.currentTarget.value) })}
        />
      </fieldset>
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
