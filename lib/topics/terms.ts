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

/** The pattern of one term, without word edges. */
export function termSource(term: string): string {
  const prefix = term.trim().endsWith('*');
  const parts = term
    .trim()
    .replace(/\*$/, '')
    .split(/[\s\-\u2010-\u2015]+/)
    .filter(Boolean);
  if (parts.length === 0) return '';
  const last = parts.length - 1;
  const sources = parts.map((part, i) => {
    if (i < last) return escapeRegExp(part);
    if (prefix) return `${escapeRegExp(part)}[\\p{L}\\p{N}]*`;
    if (/[^aeiou]y$/i.test(part)) return `${escapeRegExp(part.slice(0, -1))}(?:y|ies)`;
    return /\p{L}$/u.test(part) ? `${escapeRegExp(part)}(?:s|es)?` : escapeRegExp(part);
  });
  return sources.join(SEPARATOR);
}

/** A term with a capital letter is an acronym or a name: matched in that case only. */
export const isCaseSensitive = (term: string) => /\p{Lu}/u.test(term);

export interface TermMatcher {
  terms: readonly string[];
  sensitive: RegExp | null;
  insensitive: RegExp | null;
  /** Group index → term index, per regex. */
  sensitiveTerms: number[];
  insensitiveTerms: number[];
}

function build(terms: readonly string[], pick: number[]): RegExp | null {
  if (pick.length === 0) return null;
  const body = pick.map((i) => `(${termSource(terms[i] as string)})`).join('|');
  return new RegExp(`(?:${body})${EDGE_AFTER}`, 'gu');
}

/** Compiles terms; `honourCase` keeps capitalised terms case-sensitive (built-in taxonomy). */
export function compileTerms(terms: readonly string[], honourCase: boolean): TermMatcher {
  const usable = terms.map((term, i) => [term, i] as const).filter(([term]) => termSource(term) !== '');
  const sensitiveTerms = usable.filter(([term]) => honourCase && isCaseSensitive(term)).map(([, i]) => i);
  const insensitiveTerms = usable.filter(([, i]) => !sensitiveTerms.includes(i)).map(([, i]) => i);
  const insensitive = build(terms, insensitiveTerms);
  return {
    terms,
    sensitive: build(terms, sensitiveTerms),
    insensitive: insensitive ? new RegExp(insensitive.source, 'giu') : null,
    sensitiveTerms,
    insensitiveTerms,
  };
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

/** Occurrences per term index in a text, in order of first occurrence. */
export function findTerms(text: string, matcher: TermMatcher): Map<number, TermHit> {
  const hits = new Map<number, TermHit>();
  const scan = (regex: RegExp | null, termOf: number[]) => {
    if (!regex || !text) return;
    regex.lastIndex = 0;
    for (let match = regex.exec(text); match; match = regex.exec(text)) {
      if (startsInWord(text, match.index)) {
        regex.lastIndex = match.index + 1;
        continue;
      }
      const group = match.findIndex((value, i) => i > 0 && value !== undefined);
      const term = termOf[group - 1];
      if (term === undefined) continue;
      const hit = hits.get(term);
      if (hit) hit.count++;
      else hits.set(term, { text: match[0].replace(/\s+/g, ' '), count: 1, at: match.index });
    }
  };
  scan(matcher.sensitive, matcher.sensitiveTerms);
  scan(matcher.insensitive, matcher.insensitiveTerms);
  return new Map([...hits].sort((a, b) => a[1].at - b[1].at));
}
