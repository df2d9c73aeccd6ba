// Small text helpers shared by adapters, topics and exports.

/** Whitespace other than one plain space between words: what collapsing would change. */
const UNCOLLAPSED = /[^\S ]| {2}|^ | $/;

/** Collapses every run of whitespace (including newlines and NBSP) into one space and trims. */
export function collapseWhitespace(value: string): string {
  // Most page strings (an author's name, a link's text) are clean already: tested without building a copy.
  if (!UNCOLLAPSED.test(value)) return value;
  return value.replace(/\s+/g, ' ').trim();
}

/** Text of an element with whitespace collapsed; '' for null. */
export function textOf(element: Element | null | undefined): string {
  return element ? collapseWhitespace(element.textContent ?? '') : '';
}

// MathJax 2 (arXiv's listings, search and abstract pages) renders `$x$` into a hidden preview, a frame of glyph
// spans (`#MathJax-Element-N-Frame`) and a `<script type="math/tex">` holding the source: the raw textContent
// reads the formula twice, mangled. Keep only the source. Attribute selectors, not `.MathJax`: class selectors
// are case-insensitive in quirks mode and would then swallow arXiv's own `.mathjax` containers.
const MATH_SOURCE = 'script[type^="math/tex"]';
const MATH_FRAME = '[id^="MathJax-Element-"][id$="-Frame"], [class~="MathJax_Preview"]';
// MathJax 3 keeps no TeX in the page; its assistive MathML is the only readable form.
const MATH3 = 'mjx-container';
const NOT_PLAIN = `script, style, template, br, ${MATH_FRAME}, ${MATH3}`;

/**
 * Text of an element as a reader would copy it: whitespace collapsed, rendered math replaced by its TeX source
 * (`$...$`, `$$...$$` for display math), `<br>` read as a space, scripts and styles dropped.
 */
export function readableText(element: Element | null | undefined): string {
  if (!element) return '';
  // The common case (no math, no breaks) stays a single textContent read.
  if (!element.querySelector(NOT_PLAIN)) return textOf(element);
  const parts: string[] = [];
  collectText(element, parts);
  return collapseWhitespace(parts.join(''));
}

function collectText(node: Node, parts: string[]): void {
  for (let child = node.firstChild; child; child = child.nextSibling) {
    if (child.nodeType === 3) parts.push((child as Text).data);
    if (child.nodeType !== 1) continue;
    const element = child as Element;
    if (element.matches(MATH_SOURCE)) parts.push(texOf(element));
    else if (element.matches('br')) parts.push(' ');
    else if (element.matches(MATH3)) parts.push(element.querySelector('mjx-assistive-mml')?.textContent ?? '');
    else if (!element.matches(NOT_PLAIN)) collectText(element, parts);
  }
}

function texOf(script: Element): string {
  const source = (script.textContent ?? '').trim();
  if (!source) return '';
  return /mode\s*=\s*display/i.test(script.getAttribute('type') ?? '') ? ` $$${source}$$ ` : `$${source}$`;
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
