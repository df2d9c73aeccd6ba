import { describe, expect, it } from 'vitest';
import { IntTable } from '@/lib/topics/int-table';

describe('IntTable', () => {
  it('agrees with a Map on int32 keys of every size, through growth, overwrites and clear', () => {
    const table = new IntTable(2);
    const map = new Map<number, number>();
    let x = 12345;
    for (let i = 0; i < 20_000; i++) {
      x = (Math.imul(x, 1103515245) + 12345) | 0;
      // Small and large, positive and negative keys; every third one repeats an earlier key.
      const key = i % 3 === 2 ? ((x >>> 20) % 64) + 1 : x === 0 ? 7 : x;
      table.set(key, i);
      map.set(key, i);
    }
    expect(table.size).toBe(map.size);
    for (const [key, value] of map) expect(table.get(key)).toBe(value);
    for (const key of [3, -3, 2 ** 31 - 1, -(2 ** 31)]) expect(table.get(key)).toBe(map.get(key) ?? -1);
    table.clear();
    expect(table.size).toBe(0);
    for (const key of map.keys()) expect(table.get(key)).toBe(-1);
  });
});
