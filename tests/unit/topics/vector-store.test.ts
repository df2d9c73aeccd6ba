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

  it('copies id lists into the same blocks, beside the rooms, without overlap', () => {
    const store = new VectorStore();
    const source = Int32Array.from({ length: 5000 }, (_, i) => i * 7);
    const made = [3, 1, 0, 5000, 2].flatMap((n) =>
      Array.from({ length: 30 }, (_, k) => {
        store.copyIds(source, n);
        return { n, ids: store.copied, at: store.copiedAt, room: store.room(k % 3) };
      }),
    );
    for (const [i, { room }] of made.entries()) room.values.fill(-i);
    for (const { n, ids, at, room } of made) {
      expect([...ids.subarray(at, at + n)]).toEqual([...source.subarray(0, n)]);
      expect(room.values.byteOffset % 8).toBe(0);
    }
  });
});
