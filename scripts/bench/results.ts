// One row of the benchmark table, and the statistics every group uses.

export type Unit = 'ms' | '×' | 'KB' | 'MB' | 's';

export interface Metric {
  group: string;
  metric: string;
  /** null: could not be measured (`note` says why). */
  value: number | null;
  unit: Unit;
  /** Pass when value ≤ max. */
  target?: number;
  note?: string;
}

export const passes = (m: Metric): boolean | undefined =>
  m.target === undefined || m.value === null ? undefined : m.value <= m.target;

export function median(values: readonly number[]): number {
  if (!values.length) return Number.NaN;
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? (sorted[mid] as number) : ((sorted[mid - 1] as number) + (sorted[mid] as number)) / 2;
}

export function percentile(values: readonly number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * p))] ?? Number.NaN;
}

/** Median of each side and the ratio of the medians. */
export function ratioOf(times: { margin: number[]; raw: number[] }) {
  const margin = median(times.margin);
  const raw = median(times.raw);
  return { margin, raw, ratio: margin / raw };
}

export const ms = (value: number) =>
  value >= 100 ? value.toFixed(0) : value >= 10 ? value.toFixed(1) : value.toFixed(2);
