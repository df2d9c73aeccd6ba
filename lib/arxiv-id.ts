// arXiv identifiers: new style `YYMM.NNNN(N)` and old style `archive(.SC)/YYMMNNN`, each with an optional
// `vN`, in every form a page or a file carries them (bare, `arXiv:` prefix, abs/pdf/html URLs, Hugging Face
// paper URLs, DOI 10.48550). The canonical key is the id without version; the version is kept apart.

export interface ArxivId {
  /** Canonical id without version: `2609.31620`, `hep-th/9901001`. */
  id: string;
  version?: number;
}

const NEW_STYLE = /^(\d{2})(0[1-9]|1[0-2])\.(\d{4,5})(?:v(\d+))?$/;
// Old-style archives are lower case with an optional dotted subject class (`math.GT`), which is not part of
// the identifier: `math.GT/0309136` and `math/0309136` name the same paper.
const OLD_STYLE = /^([a-z]+(?:-[a-z]+)?)(?:\.[A-Za-z-]{2,})?\/(\d{2})(0[1-9]|1[0-2])(\d{3})(?:v(\d+))?$/;

function fromBare(text: string): ArxivId | null {
  const modern = NEW_STYLE.exec(text);
  if (modern) {
    const [, yy, mm, serial, version] = modern;
    // The scheme began in 2007-04; four-digit serials ran until 2014-12, five-digit ones from 2015-01.
    if (`${yy}${mm}` < '0704') return null;
    const fiveDigitEra = Number(yy) >= 15;
    if ((serial?.length === 5) !== fiveDigitEra) return null;
    return withVersion(`${yy}${mm}.${serial}`, version);
  }
  const old = OLD_STYLE.exec(text);
  if (old) {
    const [, archive, yy, mm, serial, version] = old;
    // Old-style identifiers were issued from 1991 until 2007-03.
    if (Number(yy) < 91 && `${yy}${mm}` > '0703') return null;
    return withVersion(`${archive}/${yy}${mm}${serial}`, version);
  }
  return null;
}

/** Versions start at 1: `v0` is no identifier. */
function withVersion(id: string, version: string | undefined): ArxivId | null {
  if (version === undefined) return { id };
  const v = Number(version);
  return v >= 1 ? { id, version: v } : null;
}

const URL_PATH = /^\/(?:abs|pdf|html|papers|format|ps)\/(.+?)(?:\.pdf)?\/?$/;
/**
 * The forms listing pages carry on every entry (`/abs/2411.14419`, `https://arxiv.org/html/2411.14419v1`), read
 * without building a URL: that cost more than the rest of reading an entry. Anything else (escapes, queries,
 * fragments, other hosts) goes through the URL parser.
 */
const PLAIN_PATH =
  /^(?:https?:\/\/(?:www\.|export\.)?arxiv\.org)?\/(?:abs|pdf|html|papers|format|ps)\/([\w./-]+?)(?:\.pdf)?\/?$/;
const DOI = /^(?:https?:\/\/(?:dx\.)?doi\.org\/|doi:)?10\.48550\/arxiv\.(.+)$/i;

/** Parses any form of an arXiv identifier; null when the text is not one. */
export function parseArxivId(input: string): ArxivId | null {
  const text = input.trim();
  if (!text) return null;
  const doi = DOI.exec(text);
  if (doi?.[1]) return fromBare(doi[1]);
  const bare = text.replace(/^arxiv:\s*/i, '');
  const direct = fromBare(bare);
  if (direct) return direct;
  const plain = PLAIN_PATH.exec(text)?.[1];
  return (plain && fromBare(plain)) || fromUrl(text);
}

function fromUrl(text: string): ArxivId | null {
  let url: URL;
  try {
    url = new URL(text, 'https://arxiv.org');
  } catch {
    return null;
  }
  const host = url.hostname.replace(/^(www|export)\./, '');
  if (host !== 'arxiv.org' && host !== 'huggingface.co' && host !== 'hf.co') return null;
  const match = URL_PATH.exec(safeDecode(url.pathname));
  return match?.[1] ? fromBare(match[1]) : null;
}

/** `%2F` in `/abs/hep-th%2F9901001` is a slash; a malformed escape (`%E0%A4%A`) must not throw. */
function safeDecode(path: string): string {
  try {
    return decodeURIComponent(path);
  } catch {
    return path;
  }
}

/** The canonical key of an arXiv identifier in any form, or null. */
export function canonicalArxivId(input: string): string | null {
  return parseArxivId(input)?.id ?? null;
}

/** True for a canonical id in old style (`archive/YYMMNNN`), which BibTeX and URLs keep as is. */
export function isOldStyle(id: string): boolean {
  return id.includes('/');
}

/** Year and month an arXiv id was announced in, from its YYMM part. */
export function arxivIdYearMonth(id: string): { year: number; month: number } | null {
  const yymm = /(\d{2})(\d{2})(?:\.|\d{3}$)/.exec(id.split('/').pop() ?? '');
  if (!yymm) return null;
  const yy = Number(yymm[1]);
  return { year: yy >= 91 ? 1900 + yy : 2000 + yy, month: Number(yymm[2]) };
}
