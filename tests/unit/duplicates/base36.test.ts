import { describe, expect, it } from 'vitest';
import { base36 } from '@/lib/duplicates/base36';

describe('base36', () => {
  it('writes 32-bit values exactly as toString(36) does', () => {
    const values = [0, 1, 35, 36, 37, 2 ** 31 - 1, 2 ** 31, 2 ** 32 - 1];
    for (let power = 36; power < 2 ** 32; power *= 36) values.push(power - 1, power, power + 1);
    for (let i = 0, x = 1; i < 5000; i++) {
      x = (Math.imul(x, 1664525) + 1013904223) >>> 0;
      values.push(x, x >>> 12, x >>> 24);
    }
    for (const value of values) expect(base36(value)).toBe(value.toString(36));
  });
});
