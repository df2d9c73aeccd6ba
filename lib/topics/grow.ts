// The learner's buffers are typed arrays reused from paper to paper; when one is too small it is replaced by a
// copy with room to spare (at least twice the size, so a long run of papers copies each buffer a few times).

/** A copy of `array` with room for at least `size` items, keeping its first `keep`. */
export function grown<T extends Int32Array | Uint8Array>(array: T, size: number, keep = array.length): T {
  const next = new (array.constructor as new (length: number) => T)(Math.max(size, array.length * 2));
  next.set(array.subarray(0, keep));
  return next;
}
