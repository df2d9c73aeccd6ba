// The bounded memory behind the worker's remembered topic scores (lib/topics/rules.ts).
import { describe, expect, it } from 'vitest';
import { RecentMap } from '@/lib/topics/recent-map';

const kept = (map: RecentMap<string, number>, keys: string[]) => keys.filter((key) => map.get(key) !== undefined);

describe('RecentMap', () => {
  it('keeps at most its bound, forgetting the entry set longest ago', () => {
    const map = new RecentMap<string, number>(3);
    for (const [i, key] of ['a', 'b', 'c', 'd'].entries()) map.set(key, i);
    expect(map.size).toBe(3);
    expect(kept(map, ['a', 'b', 'c', 'd'])).toEqual(['b', 'c', 'd']);
  });

  it('counts an entry set again as the most recent, with its new value', () => {
    const map = new RecentMap<string, number>(3);
    for (const key of ['a', 'b', 'c']) map.set(key, 0);
    map.set('a', 1);
    map.set('d', 0);
    expect(kept(map, ['a', 'b', 'c', 'd'])).toEqual(['a', 'c', 'd']);
    expect(map.get('a')).toBe(1);
  });

  it('stays bounded and in order through many evictions and entries set again', () => {
    const map = new RecentMap<number, number>(100);
    for (let i = 0; i < 10_000; i++) {
      map.set(i, i);
      if (i % 3 === 0) map.set(i - 50, i); // an older entry met again (gone already, or moved to the back)
      expect(map.size).toBeLessThanOrEqual(100);
    }
    expect(map.get(9999)).toBe(9999);
    expect(map.get(9949)).toBe(9999); // 9999 % 3 === 0: set again last
    expect(map.get(9850)).toBeUndefined();
  });
});
