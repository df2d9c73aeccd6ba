// Words of a paper for the learner and the title keys: folded, stop words out, plurals reduced.
// Small on purpose: it runs in the background worker on every tagged paper.

// Common English words and the filler every abstract carries ("we propose a novel method …").
const STOP = new Set(
  (
    'a about above after again all also am an and any are as at be been before being below between both but by can ' +
    'could did do does doing down during each few for from further had has have having he her here hers him his how ' +
    'i if in into is it its itself just me more most my no nor not now of off on once only or other our ours out over ' +
    'own same she should so some such than that the their theirs them then there these they this those through to too ' +
    'under until up very was we were what when where which while who whom why will with would you your yours ' +
    'via using use used uses based however thus therefore moreover furthermore whereas within without across among ' +
    'upon towards toward per one two three first second new novel propose proposed proposes present presents ' +
    'presented show shows shown demonstrate demonstrates paper work study approach method methods result results ' +
    'find found achieve achieves significant significantly well able many several various often may might must ' +
    'including include includes provide provides available et al e g i e vs'
  ).split(' '),
);

/** True for common English words and abstract filler. */
export function isStopWord(word: string): boolean {
  return STOP.has(word);
}

/** "models" → "model", "studies" → "study", "analyses" → "analyse"; leaves "glass", "focus", "physics" alone. */
export function stem(word: string): string {
  // Every ending it drops ends in `s`: other words (most) skip the tests below.
  if (word.length <= 3 || !word.endsWith('s')) return word;
  if (word.endsWith('ies') && word.length > 4) return `${word.slice(0, -3)}y`;
  if (word.endsWith('sses')) return word.slice(0, -2);
  if (/(?:ss|us|is|ics|[^s]s's)$/.test(word)) return word;
  return word.slice(0, -1);
}

const NOT_PLAIN_ASCII = /[^\t\n\r -~]/;

/** Printable ASCII and whitespace only: most abstracts, which skip Unicode folding (most of its cost). */
export const isAscii = (text: string) => !NOT_PLAIN_ASCII.test(text);

/** Lower case, accents folded, split on anything that is not a letter or digit. */
export function words(text: string): string[] {
  // Most abstracts are ASCII: skip Unicode folding for them (it is most of the cost).
  if (isAscii(text))
    return text
      .toLowerCase()
      .split(/[^a-z0-9]+/)
      .filter(Boolean);
  return text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean);
}

/** word → its stem, or '' for a word left out. Bounded: cleared when full. */
const stems = new Map<string, string>();

/** The stem of a word worth keeping, or '' for a stop word, a number or a single letter. */
export function contentStem(word: string): string {
  let stemmed = stems.get(word);
  if (stemmed === undefined) {
    stemmed = word.length < 2 || STOP.has(word) || /^\d+$/.test(word) ? '' : stem(word);
    if (stems.size >= 100_000) stems.clear();
    stems.set(word, stemmed);
  }
  return stemmed;
}

const isAsciiWordChar = (c: number) => (c >= 97 && c <= 122) || (c >= 48 && c <= 57);

/** Calls `visit` with each lower-case word of a text, in order (one scan for ASCII text, no arrays). */
export function forEachWord(text: string, visit: (word: string) => void): void {
  if (!isAscii(text)) {
    for (const word of words(text)) visit(word);
    return;
  }
  const lower = text.toLowerCase();
  let start = -1;
  for (let i = 0; i <= lower.length; i++) {
    const inWord = i < lower.length && isAsciiWordChar(lower.charCodeAt(i));
    if (inWord && start < 0) start = i;
    else if (!inWord && start >= 0) {
      visit(lower.slice(start, i));
      start = -1;
    }
  }
}

/** Content words of a text, stemmed, in order; numbers-only and one-letter words dropped. */
export function contentWords(text: string): string[] {
  const result: string[] = [];
  forEachWord(text, (word) => {
    const stemmed = contentStem(word);
    if (stemmed) result.push(stemmed);
  });
  return result;
}
