// Identity: one key per paper whatever the site, version or URL form. arXiv ids in every form (bare, vN,
// `arXiv:` prefix, abs/pdf/html/HF/alphaXiv URLs, DOI 10.48550) become the canonical arXiv id; other DOIs
// become `doi:<lower-case doi>`; our own `title:<hash>` ids stay as they are.
import { parseArxivId } from '../arxiv-id';

const TITLE_ID = /^title:[0-9a-z]+$/;
const DOI = /^(?:https?:\/\/(?:dx\.)?doi\.org\/|doi:\s*)?(10\.\d{4,9}\/\S+)$/i;
// Mirrors and readers that put the arXiv id in the path like arxiv.org does.
const MIRROR =
  /^(?:https?:\/\/)?(?:www\.)?(?:alphaxiv\.org|export\.arxiv\.org|arxiv\.org)\/(?:abs|pdf|html|overview)\/(.+)$/i;

/** The canonical identity of a paper id or URL, or null when the text names no paper we can key. */
export function identityKey(idOrUrl: string): string | null {
  const text = idOrUrl.trim();
  if (!text) return null;
  if (TITLE_ID.test(text)) return text;
  const withScheme = /^(?:arxiv\.org|huggingface\.co|www\.)/i.test(text) ? `https://${text}` : text;
  const arxiv = parseArxivId(withScheme) ?? parseArxivId(stripQuery(withScheme));
  if (arxiv) return arxiv.id;
  const mirror = MIRROR.exec(stripQuery(text));
  const fromMirror = mirror?.[1] ? parseArxivId(mirror[1].replace(/\.pdf$/i, '').replace(/\/$/, '')) : null;
  if (fromMirror) return fromMirror.id;
  const doi = DOI.exec(text);
  if (doi?.[1]) return `doi:${decodeURIComponent(doi[1]).toLowerCase()}`;
  return null;
}

/** The version an id or URL names (`2401.00001v3` → 3), if any. */
export function versionOf(idOrUrl: string): number | undefined {
  return parseArxivId(idOrUrl.trim())?.version;
}

/** True when two ids or URLs name the same paper (versions aside). */
export function sameIdentity(a: string, b: string): boolean {
  const left = identityKey(a);
  return left !== null && left === identityKey(b);
}

function stripQuery(text: string): string {
  return text.replace(/[?#].*$/, '');
}
