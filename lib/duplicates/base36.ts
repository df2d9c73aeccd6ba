// Hashes written into index keys: `value.toString(36)` for 32-bit unsigned values, a few times faster (V8 turns
// a number into another radix through a general floating-point routine) — keying a 2,000-paper listing writes
// some 36,000 of them. Stored keys are made with it, so it must give exactly what toString(36) gives.

const DIGITS = '0123456789abcdefghijklmnopqrstuvwxyz';
/** Two base-36 digits for each value below 36², with a leading zero. */
const PAIRS = Array.from({ length: 36 * 36 }, (_, i) => `${DIGITS[Math.floor(i / 36)]}${DIGITS[i % 36]}`);
/** Each value below 36² written as it leads a number: no leading zero. */
const LEADING = Array.from({ length: 36 * 36 }, (_, i) => i.toString(36));

/** `value.toString(36)` for an integer in [0, 2³²). */
export function base36(value: number): string {
  let rest = value;
  let digits = '';
  while (rest >= 36 * 36) {
    const low = rest % (36 * 36);
    digits = `${PAIRS[low]}${digits}`;
    rest = (rest - low) / (36 * 36);
  }
  return `${LEADING[rest]}${digits}`;
}
