// Small text helpers shared by adapters, topics and exports.

/** Collapses every run of whitespace (including newlines and NBSP) into one space and trims. */
export function collapseWhitespace(value: string): string {
  return value.replace(/[\s\u00a0]+/g, ' ').trim();
}

/** Text of an element with whitespace collapsed; '' for null. */
export function textOf(element: Element | null | undefined): string {
  return element ? collapseWhitespace(element.textContent ?? '') : '';
}

/** cyrb53: a fast 53-bit string hash, plenty for title keys (no collisions expected below ~10^7 titles). */
export function hash53(value: string, seed = 0): number {
  let h1 = 0xdeadbeef ^ seed;
  let h2 = 0x41c6ce57 ^ seed;
  for (let i = 0; i < value.length; i++) {
    const ch = value.charCodeAt(i);
    h1 = Math.imul(h1 ^ ch, 2654435761);
    h2 = Math.imul(h2 ^ ch, 1597334677);
  }
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909);
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909);
  return 4294967296 * (2097151 & h2) + (h1 >>> 0);
}

/** Lower case, accents folded, punctuation dropped, whitespace collapsed: for comparing titles. */
export function normalizeTitle(title: string): string {
  return collapseWhitespace(
    title
      .normalize('NFKD')
      .replace(/[\u0300-\u036f]/g, '')
      .toLowerCase()
      .replace(/[^\p{L}\p{N}]+/gu, ' '),
  );
}

/** Id for a paper a page names by title only. */
export function titleId(title: string): string {
  return `title:${hash53(normalizeTitle(title)).toString(36)}`;
}
