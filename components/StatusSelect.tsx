import { READING_STATUSES, type ReadingStatus } from '@/lib/paper';

const LABELS: Record<ReadingStatus, string> = { queue: 'To read', reading: 'Reading', read: 'Read' };

export function StatusSelect({ value, onChange }: { value: ReadingStatus; onChange: (status: ReadingStatus) => void }) {
  return (
    <select
      class="status"
      aria-label="Reading status"
      value={value}
      onChange={(event) => onChange(event.currentTarget.value as ReadingStatus)}
    >
      {READING_STATUSES.map((status) => (
        <option key={status} value={status}>
          {LABELS[status]}
        </option>
      ))}
    </select>
  );
}

export const statusLabel = (status: ReadingStatus) => LABELS[status];
