// Where the built-in topics' terms could start in a text, read in one pass over it before any regex runs:
// a paper touches a few of the topics, and scanning a long abstract with every topic's regexes was the cost
// of matching. A match of a term starts at a word start (findTerms rejects the rest) and spells the term's
// literal words with only separators between them (termLiterals), so a topic is tried only at the word
// starts that spell one of its terms, and not at all in a text without one.
// Only the ASCII letters and digits a term's literals start with are compared. Under the regexes' `iu`
// flags such a character matches itself, its other case, 'ſ' (as s) and the Kelvin sign (as k), and no
// other character (the tests try every code point); foldCode reads the text that way. A topic with a term
// that starts with anything else is scanned everywhere.

const ALPHABET = 'abcdefghijklmnopqrstuvwxyz0123456789';
/** Not a letter or digit of ALPHABET; also what a text has past its end. */
const NONE = 0;
/** Folded characters are 1 to ALPHABET.length, and NONE. */
const SLOTS = ALPHABET.length + 1;

/** A term as compared with a text: its folded letters and digits. */
interface Lead {
  codes: number[];
  topic: number;
}

export interface LeadIndex {
  topics: number;
  /** Topics scanned everywhere: a term of theirs starts with no ASCII letter or digit. */
  always: number[];
  /** Leads grouped by their first three folded characters (a shorter lead in every group it begins)... */
  groups: Lead[][];
  /** ...found by `key`: 1 + the index of the group, 0 for none. SLOTS³ entries, 100 kB. */
  groupOf: Uint16Array;
}

const ASCII_FOLD = Uint8Array.from(
  { length: 128 },
  (_, code) => ALPHABET.indexOf(String.fromCharCode(code).toLowerCase()) + 1,
);

/** A UTF-16 code unit as the ASCII letter or digit it can match (a number from 1; a letter's two cases
 * alike), or NONE. Each one it maps is a letter or digit itself, so a word start is never hidden. */
export function foldCode(code: number): number {
  if (code < 128) return ASCII_FOLD[code] as number;
  if (code === 0x17f) return ASCII_FOLD['s'.charCodeAt(0)] as number; // long s
  if (code === 0x212a) return ASCII_FOLD['k'.charCodeAt(0)] as number; // Kelvin sign
  return NONE;
}

const key = (first: number, second: number, third: number) => (first * SLOTS + second) * SLOTS + third;

/** Files each topic's terms (as termLiterals gives them) for possibleStarts. */
export function indexLeads(literalsByTopic: readonly (readonly (readonly string[])[])[]): LeadIndex {
  const index: LeadIndex = {
    topics: literalsByTopic.length,
    always: [],
    groups: [],
    groupOf: new Uint16Array(SLOTS ** 3),
  };
  const file = (at: number, lead: Lead) => {
    let group = index.groupOf[at] as number;
    if (group === 0) group = index.groupOf[at] = index.groups.push([]);
    (index.groups[group - 1] as Lead[]).push(lead);
  };
  const anything = Array.from({ length: SLOTS }, (_, code) => code);
  literalsByTopic.forEach((terms, topic) => {
    for (const literals of terms) {
      if (literals.length === 0) continue; // a term without words matches nothing
      const spelt = /^[A-Za-z0-9]*/.exec(literals.join(''))?.[0] ?? '';
      const codes = [...spelt].map((char) => foldCode(char.charCodeAt(0)));
      const [first, second, third] = codes;
      if (first === undefined) {
        index.always.push(topic);
        continue;
      }
      for (const b of second === undefined ? anything : [second]) {
        for (const c of third === undefined ? anything : [third]) {
          if (b !== NONE || c === NONE) file(key(first, b, c), { codes, topic });
        }
      }
    }
  });
  return index;
}

/** Shared by every topic without a start in a text: never written to. */
const NOWHERE: number[] = [];

/**
 * Per topic, where its terms could start in `text`: the word starts (ascending) that spell one of them, an
 * empty list when none does (no term of it can match), or null (anywhere) for a topic always scanned.
 */
export function possibleStarts(index: LeadIndex, text: string): (readonly number[] | null)[] {
  const starts: (number[] | null)[] = new Array(index.topics).fill(NOWHERE);
  for (const topic of index.always) starts[topic] = null;
  // The text's letters and digits, folded, with whatever lies between them dropped (only separators may lie
  // between a term's words: dropping more only finds more).
  const letters = new Uint8Array(text.length + 2);
  const words: number[] = []; // pairs: where a word starts among the letters, and in the text
  let count = 0;
  let inWord = false;
  for (let i = 0; i < text.length; i++) {
    const code = foldCode(text.charCodeAt(i));
    if (code === NONE) {
      inWord = false;
      continue;
    }
    if (!inWord) words.push(count, i);
    letters[count++] = code;
    inWord = true;
  }
  for (let word = 0; word < words.length; word += 2) {
    const at = words[word] as number;
    const group = index.groupOf[key(letters[at] as number, letters[at + 1] as number, letters[at + 2] as number)];
    if (!group) continue;
    const start = words[word + 1] as number;
    for (const { codes, topic } of index.groups[group - 1] as Lead[]) {
      let spelt = 3; // the key has matched the first three
      while (spelt < codes.length && letters[at + spelt] === codes[spelt]) spelt++;
      if (spelt < codes.length) continue;
      const list = starts[topic];
      if (list === NOWHERE) starts[topic] = [start];
      else if (list && list.at(-1) !== start) list.push(start); // null: anywhere already
    }
  }
  return starts;
}
