// A hash table from int32 keys to non-negative int32 values, for the learner's hot paths (word look-ups by
// hash, 4-gram ids by packed characters). A Map<number, number> would do the same, but V8 keeps numbers
// beyond ±2^30 as heap numbers, slow to hash and compare; here keys and values live side by side in one
// Int32Array (open addressing, linear probing, multiplicative hashing, at most half full).

/** 2^32 / golden ratio: spreads keys whose low bits hardly vary (packed characters) over the table. */
const FIBONACCI = 0x9e3779b1;

export class IntTable {
  /** key, value, key, value, …; key 0 marks an empty slot. */
  private slots: Int32Array;
  /** 32 − log2(number of slots): the top bits of the multiplied key pick the slot. */
  private shift: number;
  size = 0;

  constructor(private readonly initialBits = 10) {
    this.slots = new Int32Array(2 << initialBits);
    this.shift = 32 - initialBits;
  }

  /** The value of a key (any int32 but 0), or -1 when absent. */
  get(key: number): number {
    const slots = this.slots;
    const mask = slots.length - 2;
    for (let i = (Math.imul(key, FIBONACCI) >>> this.shift) << 1; ; i = (i + 2) & mask) {
      const k = slots[i] as number;
      if (k === key) return slots[i + 1] as number;
      if (k === 0) return -1;
    }
  }

  /** Sets a key (any int32 but 0) to a value (≥ 0). */
  set(key: number, value: number): void {
    const slots = this.slots;
    const mask = slots.length - 2;
    let i = (Math.imul(key, FIBONACCI) >>> this.shift) << 1;
    while (slots[i] !== 0 && slots[i] !== key) i = (i + 2) & mask;
    if (slots[i] === 0) {
      slots[i] = key;
      this.size++;
    }
    slots[i + 1] = value;
    if (this.size * 4 > slots.length) this.grow();
  }

  clear(): void {
    this.slots = new Int32Array(2 << this.initialBits);
    this.shift = 32 - this.initialBits;
    this.size = 0;
  }

  private grow(): void {
    const old = this.slots;
    this.slots = new Int32Array(old.length * 2);
    this.shift--;
    this.size = 0;
    for (let i = 0; i < old.length; i += 2) if (old[i] !== 0) this.set(old[i] as number, old[i + 1] as number);
  }
}
