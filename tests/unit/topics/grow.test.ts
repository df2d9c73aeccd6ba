import { describe, expect, it } from 'vitest';
import { grown } from '@/lib/topics/grow';

describe('growing a typed array', () => {
  it('keeps the type and the first items, with at least twice the room', () => {
    const bytes = grown(Uint8Array.from([1, 2, 3, 4]), 5, 2);
    expect(bytes).toBeInstanceOf(Uint8Array);
    expect([...bytes]).toEqual([1, 2, 0, 0, 0, 0, 0, 0]);
  });

  it('makes room for more than twice when asked, keeping everything by default', () => {
    const ints = grown(Int32Array.from([-7, 9]), 10);
    expect(ints).toBeInstanceOf(Int32Array);
    expect(ints.length).toBe(10);
    expect([...ints.subarray(0, 3)]).toEqual([-7, 9, 0]);
  });
});
