// Keyword rules as regular expressions: whole words only (no "RL" in "URL", no "LLM" in "MLLM"), any
// spacing or hyphenation between the words of a phrase ("fine-tuning" = "fine tuning" = "finetuning"), an
// optional plural on the last word ("LLMs", "policies"), and a trailing `*` for a prefix ("robot*").
// Built-in terms written with a capital ("RL", "GAN", "Llama") match that case only, so "rag" or "gan" in
// ordinary words do not; everything else ignores case.

const SEPARATOR = '[\\s\\-\\u2010-\\u2015]*';
// The edge before a term is checked outside the regex: a pattern that starts with a lookbehind cannot use
// the engine's quick scan for the alternatives' first characters, and runs several times slower.
const WORD_END = /[\p{L}\p{N}]$/u;
const EDGE_AFTER = '(?![\\p{L}\\p{N}])';

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** The last word of a term: the literal it starts with, and the pattern of the ending that may follow. */
function lastWord(word: string, prefix: boolean): { stem: string; ending: string } {
  if (prefix) return { stem: word, ending: '[\\p{L}\\p{N}]*' };
  if (/[^aeiou]y$/i.test(word)) return { stem: word.slice(0, -1), ending: '(?:y|ies)' };
  return { stem: word, ending: /\p{L}$/u.test(word) ? '(?:s|es)?' : '' };
}

/** A term as its pattern is built: literal words (the last cut to its stem) and the ending after them. */
function termParts(term: string): { literals: string[]; ending: string } {
  const trimmed = term.trim();
  const words = trimmed
    .replace(/\*$/, '')
    .split(/[\s\-\u2010-\u2015]+/)
    .filter(Boolean);
  const last = words.pop();
  if (last === undefined) return { literals: [], ending: '' };
  const { stem, ending } = lastWord(last, trimmed.endsWith('*'));
  return { literals: [...words, stem], ending };
}

/** The pattern of one term, without word edges. */
export function termSource(term: string): string {
  const { literals, ending } = termParts(term);
  if (literals.length === 0) return '';
  return literals.map(escapeRegExp).join(SEPARATOR) + ending;
}

/**
 * The literal words every match of a term spells, in order and with only separators between them, before
 * the regex folds their case: "policy" gives ["polic"] (it also matches "policies"), "we prove" ["we",
 * "prove"]. The same pieces termSource is built from, so the two cannot disagree.
 */
export const termLiterals = (term: string): string[] => termParts(term).literals;

/** A term with a capital letter is an acronym or a name: matched in that case only. */
export const isCaseSensitive = (term: string) => /\p{Lu}/u.test(term);

/** One regex over some of the terms (the case-sensitive ones, or the others). */
interface TermScan {
  /** Finds the terms anywhere in a text. */
  anywhere: RegExp;
  /** The same, matching only where lastIndex points (sticky): for the starts possibleStarts gives. */
  at: RegExp;
  /** Group index → term index. */
  termOf: number[];
}

export interface TermMatcher {
  terms: readonly string[];
  /** The case-sensitive terms' scan first (its hits come first at a tie), then the others'. */
  scans: TermScan[];
}

function build(terms: readonly string[], pick: number[], flags: string): TermScan | null {
  if (pick.length === 0) return null;
  const body = pick.map((i) => `(${termSource(terms[i] as string)})`).join('|');
  const source = `(?:${body})${EDGE_AFTER}`;
  return { anywhere: new RegExp(source, `g${flags}`), at: new RegExp(source, `y${flags}`), termOf: pick };
}

/** Compiles terms; `honourCase` keeps capitalised terms case-sensitive (built-in taxonomy). */
export function compileTerms(terms: readonly string[], honourCase: boolean): TermMatcher {
  const usable = terms.map((term, i) => [term, i] as const).filter(([term]) => termSource(term) !== '');
  const sensitiveTerms = usable.filter(([term]) => honourCase && isCaseSensitive(term)).map(([, i]) => i);
  const insensitiveTerms = usable.filter(([, i]) => !sensitiveTerms.includes(i)).map(([, i]) => i);
  const scans = [build(terms, sensitiveTerms, 'u'), build(terms, insensitiveTerms, 'iu')];
  return { terms, scans: scans.filter((scan) => scan !== null) };
}

export interface TermHit {
  /** The text as the paper writes it (first occurrence). */
  text: string;
  count: number;
  /** Where it first occurs. */
  at: number;
}

/** True when a letter or digit comes right before `index` (two code units: one astral character). */
function startsInWord(text: string, index: number): boolean {
  return index > 0 && WORD_END.test(text.slice(Math.max(0, index - 2), index));
}

/** Counts a match for its term (the first group that took part); false if it is no term's. */
function record(match: RegExpExecArray, termOf: readonly number[], hits: Map<number, TermHit>): boolean {
  let group = 1;
  while (group < match.length && match[group] === undefined) group++;
  const term = termOf[group - 1];
  if (term === undefined) return false;
  const hit = hits.get(term);
  if (hit) hit.count++;
  else hits.set(term, { text: match[0].replace(/\s+/g, ' '), count: 1, at: match.index });
  return true;
}

/**
 * Adds a scan's occurrences in `text` to `hits`, in order of first occurrence; true if any.
 * Given `starts` (ascending), the scan tries those positions only and finds the same matches: a scan from
 * the start of the text rejects a match at any other position, and a rejected match moves it on by one
 * character, so it still finds the next match wherever that starts; a match it keeps is skipped past whole.
 */
function scanText(text: string, scan: TermScan, starts: readonly number[] | null, hits: Map<number, TermHit>): boolean {
  let found = false;
  if (starts) {
    let free = 0; // where the last match ended: a term cannot start inside it
    for (const start of starts) {
      if (start < free || startsInWord(text, start)) continue;
      scan.at.lastIndex = start;
      const match = scan.at.exec(text);
      if (!match) continue;
      found = record(match, scan.termOf, hits) || found;
      free = scan.at.lastIndex;
    }
    return found;
  }
  const regex = scan.anywhere;
  regex.lastIndex = 0;
  for (let match = regex.exec(text); match; match = regex.exec(text)) {
    if (startsInWord(text, match.index)) regex.lastIndex = match.index + 1;
    else found = record(match, scan.termOf, hits) || found;
  }
  return found;
}

/**
 * Occurrences per term index in a text, in order of first occurrence. `starts`: the only positions a term
 * can start at, as possibleStarts gives them (null: anywhere).
 */
export function findTerms(
  text: string,
  matcher: TermMatcher,
  starts: readonly number[] | null = null,
): Map<number, TermHit> {
  const hits = new Map<number, TermHit>();
  if (!text) return hits;
  const found = matcher.scans.filter((scan) => scanText(text, scan, starts, hits)).length;
  // Each scan adds its terms in order of first occurrence (a stable sort keeps the case-sensitive first at a tie).
  return found > 1 ? new Map([...hits].sort((a, b) => a[1].at - b[1].at)) : hits;
}
