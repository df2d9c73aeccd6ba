// A map that keeps only its most recently set entries, up to a bound: the worker's memory of work it may be asked
// for again (topic scores by paper), bounded however many papers a session meets.

export class RecentMap<K, V> {
  private readonly entries = new Map<K, V>();
  /**
   * Walks the entries from the oldest, kept from one eviction to the next: a new `keys()` each time steps over
   * every entry deleted before it (those set again leave a hole at the front), up to 10 µs an eviction once
   * the map is full. A Map iterator stays valid as the map changes and skips deleted entries.
   */
  private oldestFirst = this.entries.keys();

  constructor(private readonly limit: number) {}

  get size(): number {
    return this.entries.size;
  }

  get(key: K): V | undefined {
    return this.entries.get(key);
  }

  /** Sets `key` as the most recent entry, forgetting the oldest beyond the bound. */
  set(key: K, value: V): void {
    this.entries.delete(key); // set again at the end: the map's order is the order of setting
    this.entries.set(key, value);
    if (this.entries.size <= this.limit) return;
    let oldest = this.oldestFirst.next();
    if (oldest.done) {
      this.oldestFirst = this.entries.keys();
      oldest = this.oldestFirst.next();
    }
    this.entries.delete(oldest.value as K);
  }
}
