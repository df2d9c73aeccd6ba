// What two listings of one paper keep in common: titles folded to letters and digits (case, accents,
// punctuation, spacing and hyphenation gone: "Multi-Modal" = "multimodal"), plural `s` dropped, a trailing
// version mark ("v2", "(v3)", "[extended version]") removed, and the main title before a subtitle.
import { isAscii, stem } from '../topics/tokens';

const VERSION_MARK =
  /\s*[([]?\s*(?:v\d{1,2}|version\s+\d{1,2}|extended version|full version|preprint|camera[- ]ready)\s*[)\]]?\s*\.?$/i;
/** How the words of a version mark end: the mark can only be there when the title does, before the closing
 * bracket, full stop and spaces the mark may have. */
const MARK_END = /(?:\d|version|preprint|ready)$/i;
const AFTER_MARK = /[\s.)\]]/;
// A subtitle follows a colon or a spaced dash ("Attention is All You Need? Good Embeddings…" has none).
const SUBTITLE = /\s*(?::|\s[-–—]{1,2}\s)\s*/;

/** Lower-case words of a text, accents folded, plural `s` dropped, `&` read as "and", hyphenated words
 * joined ("Multi-Modal" → "multimodal") unless `splitHyphens`. */
export function dupWords(text: string, splitHyphens = false): string[] {
  if (isAscii(text)) return asciiWords(text, splitHyphens);
  const folded = text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/&/g, ' and ')
    .replace(/(\p{L})['’]s\b/gu, '$1');
  return (splitHyphens ? folded : folded.replace(/(\p{L})[-‐‑–](?=\p{L})/gu, '$1'))
    .toLowerCase()
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean)
    .map(stem);
}

const ASCII_WORD = /[a-z0-9]+/g;

/** dupWords for ASCII text (most abstracts), without Unicode folding. */
function asciiWords(text: string, splitHyphens: boolean): string[] {
  let lower = text
    .toLowerCase()
    .replace(/&/g, ' and ')
    .replace(/([a-z])'s\b/g, '$1');
  if (!splitHyphens) lower = lower.replace(/([a-z])-(?=[a-z])/g, '$1');
  return (lower.match(ASCII_WORD) ?? []).map(stem);
}

export interface TitleForms {
  /** The whole title as one string of letters and digits. */
  full: string;
  /** The part before the subtitle, when there is a subtitle and it says enough (two words or more). */
  main: string | null;
  /** Words of the whole title. */
  words: string[];
  /** Words of the main title (null like `main`). */
  mainWords: string[] | null;
  /** Words with hyphenated words split ("flow guided"), when that differs from `words`. */
  splitWords: string[] | null;
}

/** Whether a title may end in a version mark. Few do, and VERSION_MARK, anchored at the end, is tried from
 * every position of the title: this looks at the end only. */
function mayEndInMark(title: string): boolean {
  let end = title.length;
  while (end > 0 && AFTER_MARK.test(title.charAt(end - 1))) end--;
  return MARK_END.test(title.slice(Math.max(0, end - 'preprint'.length), end));
}

export function titleForms(title: string): TitleForms {
  const cleaned = (mayEndInMark(title) ? title.replace(VERSION_MARK, '') : title).trim();
  const words = dupWords(cleaned);
  const parts = cleaned.split(SUBTITLE);
  const mainWords = parts.length > 1 ? dupWords(parts[0] ?? '') : [];
  const hasMain = mainWords.length >= 2 && mainWords.length < words.length;
  // Without a hyphen (and in ASCII, where no other character folds into one) splitting changes nothing.
  const split = isAscii(cleaned) && !cleaned.includes('-') ? words : dupWords(cleaned, true);
  return {
    full: words.join(''),
    main: hasMain ? mainWords.join('') : null,
    words,
    mainWords: hasMain ? mainWords : null,
    splitWords: split.length !== words.length ? split : null,
  };
}
