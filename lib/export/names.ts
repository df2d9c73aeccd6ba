// Personal names as reference managers want them. Pages give "First Last"; a few give "Last, First" or a
// single word (a mononym or a collaboration), which stay whole.

export interface PersonName {
  family: string;
  given?: string;
}

// Lower-case particles that belong to the family name: "Ludwig van Beethoven" → van Beethoven.
const PARTICLES = new Set([
  'da',
  'de',
  'del',
  'della',
  'der',
  'di',
  'du',
  'la',
  'le',
  'van',
  'von',
  'dos',
  'das',
  'ter',
  'ten',
]);

/** Splits a display name into family and given names. */
export function splitName(name: string): PersonName {
  const clean = name.replace(/\s+/g, ' ').trim();
  const comma = clean.indexOf(',');
  if (comma > 0) {
    const family = clean.slice(0, comma).trim();
    const given = clean.slice(comma + 1).trim();
    return given ? { family, given } : { family };
  }
  const words = clean.split(' ');
  if (words.length < 2) return { family: clean };
  let start = words.length - 1;
  while (start > 1 && PARTICLES.has(words[start - 1] ?? '')) start -= 1;
  return { family: words.slice(start).join(' '), given: words.slice(0, start).join(' ') };
}

/** "Vaswani" for one author, "Vaswani et al." for more; '' for none. */
export function shortAuthors(authors: readonly string[]): string {
  const first = authors[0];
  if (!first) return '';
  const family = splitName(first).family;
  return authors.length > 1 ? `${family} et al.` : family;
}
