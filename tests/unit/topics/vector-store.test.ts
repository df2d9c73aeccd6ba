import { describe, expect, it } from 'vitest';
import { VectorStore } from '@/lib/topics/vector-store';

describe('VectorStore', () => {
  it('hands out rooms that do not overlap, across blocks and for vectors larger than a block', () => {
    const store = new VectorStore();
    const rooms = [3, 1, 700, 5000, 0, 2].flatMap((n) => Array.from({ length: 20 }, () => store.room(n)));
    rooms.forEach((room, i) => {
      room.ids.fill(i + 1);
      room.values.fill(i + 0.5);
    });
    rooms.forEach((room, i) => {
      expect(room.ids.every((id) => id === i + 1)).toBe(true);
      expect(room.values.every((value) => value === i + 0.5)).toBe(true);
    });
  });
});
