// Real digest pages with XSS payloads in the titles, abstracts and authors of their papers, HTML-escaped as a
// real server sends them (the page shows them as text), and DOM probes that look for markup built from
// payload text (shadow roots included) and for payload flags that were set.
import { XSS_MARKER, XSS_PAYLOADS, type XssPayload } from '../fixtures/xss-payloads';
import type { DigestFixture } from './pages';

/** What a hostile page says about one paper, and which payloads it carries where. */
export interface HostilePaper {
  id: string;
  site: 'huggingface' | 'arxiv';
  title: string;
  abstract: string;
  authors: string[];
  titlePayloads: XssPayload[];
  abstractPayloads: XssPayload[];
  authorPayloads: XssPayload[];
}

export interface HostilePage {
  fixture: DigestFixture;
  papers: HostilePaper[];
}

const N = XSS_PAYLOADS.length;
const payload = (i: number) => XSS_PAYLOADS[((i % N) + N) % N] as XssPayload;

/**
 * The payloads of the card with rotation index `g`: two in the title (one at its very start, for the CSV
 * formula guard), two in the abstract, two as the first authors. Cards 0, 1, 2 … take consecutive pairs, so
 * the first ⌈N/2⌉ cards carry every payload in every field.
 */
function slots(g: number) {
  const third = Math.ceil(N / 3);
  return {
    title: [payload(2 * g), payload(2 * g + 1)],
    abstract: [payload(2 * g + third), payload(2 * g + third + 1)],
    authors: [payload(2 * g + 2 * third), payload(2 * g + 2 * third + 1)],
  };
}

export const escapeHtml = (text: string) =>
  text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

const unescapeHtml = (text: string) =>
  text
    .replace(/&quot;/g, '"')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&#39;/g, "'")
    .replace(/&amp;/g, '&');

const jsonEscaped = (text: string) => escapeHtml(JSON.stringify(text).slice(1, -1));

const replaceAll = (body: string, from: string, to: string) => body.split(from).join(to);

interface HfItem {
  title?: string;
  summary?: string;
  paper: { id: string; title?: string; summary?: string; authors?: { name?: string }[] };
}

/**
 * The real HF day page with payloads in every paper: the embedded `DailyPapers` JSON (title, summary,
 * authors) and the visible cards (title), escaped as the server escapes them. `order(i)` gives the rotation
 * index of the i-th paper (so that the papers a test stars carry every payload).
 */
export function hostileHfDay(page: DigestFixture, order: (i: number) => number): HostilePage {
  const match = /(data-target="DailyPapers" data-props=")([^"]*)(")/.exec(page.body);
  if (!match) throw new Error(`No DailyPapers data on ${page.url}`);
  const props = JSON.parse(unescapeHtml(match[2] as string)) as { dailyPapers: HfItem[] };
  const papers: HostilePaper[] = [];
  const titles: [string, string][] = [];
  props.dailyPapers.forEach((item, i) => {
    const s = slots(order(i));
    const original = item.title ?? item.paper.title ?? '';
    const title = `${s.title[0]?.text} ${original} ${s.title[1]?.text}`;
    const abstract = `${s.abstract[0]?.text} ${(item.summary ?? '').slice(0, 120)} ${s.abstract[1]?.text}`;
    const authors = [
      ...s.authors.map((p) => p.text),
      ...(item.paper.authors ?? []).map((a) => a.name ?? '').slice(0, 2),
    ];
    item.title = title;
    item.paper.title = title;
    item.summary = abstract;
    item.paper.summary = abstract;
    item.paper.authors = authors.map((name, k) => ({ _id: `hostile${i}-${k}`, name, hidden: false }));
    titles.push([original, title]);
    papers.push({
      id: item.paper.id,
      site: 'huggingface',
      title,
      abstract,
      authors,
      titlePayloads: s.title,
      abstractPayloads: s.abstract,
      authorPayloads: s.authors,
    });
  });
  const start = match.index + (match[1] as string).length;
  let before = page.body.slice(0, start);
  let after = page.body.slice(start + (match[2] as string).length);
  // Servers escape text and attributes differently (`"` and `'` as themselves, `&quot;` or `&#39;`).
  const textEscaped = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
  for (const [original, hostile] of titles) {
    for (const [from, to] of [
      [escapeHtml(original), escapeHtml(hostile)],
      [textEscaped(original), escapeHtml(hostile)],
      [escapeHtml(original).replace(/'/g, '&#39;'), escapeHtml(hostile)],
      [jsonEscaped(original), jsonEscaped(hostile)],
    ] as const) {
      before = replaceAll(before, from, to);
      after = replaceAll(after, from, to);
    }
  }
  const body = `${before}${escapeHtml(JSON.stringify(props))}${after}`;
  for (const paper of papers) {
    if (!body.includes(`href="/papers/${paper.id}"`)) throw new Error(`Card ${paper.id} lost`);
  }
  return { fixture: { ...page, body }, papers };
}

/**
 * The real arXiv `/new` listing with payloads in every entry's title, authors (two more `a`, first) and
 * abstract (`p.mathjax`), escaped.
 */
export function hostileArxivNew(page: DigestFixture, order: (i: number) => number): HostilePage {
  const papers: HostilePaper[] = [];
  const chunks = page.body.split('<dt>');
  for (let i = 1; i < chunks.length; i++) {
    const chunk = chunks[i] as string;
    const id = /href\s*=\s*"\/abs\/([^"]+)"/.exec(chunk)?.[1];
    if (!id) throw new Error(`No id in entry ${i} of ${page.url}`);
    const s = slots(order(i - 1));
    const original = /<div class='list-title mathjax'><span class='descriptor'>Title:<\/span>([\s\S]*?)<\/div>/.exec(
      chunk,
    )?.[1];
    if (original === undefined) throw new Error(`No title for ${id}`);
    const title = `${s.title[0]?.text} ${unescapeHtml(original.trim())} ${s.title[1]?.text}`;
    const abstract = `${s.abstract[0]?.text} — abstract of ${id} — ${s.abstract[1]?.text}`;
    const authorLinks = s.authors
      .map(
        (p) =>
          `<a href="https://arxiv.org/search/cond-mat?searchtype=author&amp;query=Hostile,+A${p.id}">${escapeHtml(p.text)}</a>`,
      )
      .join(', ');
    const replaced = chunk
      .replace(
        /(<div class='list-title mathjax'><span class='descriptor'>Title:<\/span>)[\s\S]*?(<\/div>)/,
        (_, open: string, close: string) => `${open}\n          ${escapeHtml(title)}\n        ${close}`,
      )
      .replace(/(<div class='list-authors'>)/, (_, open: string) => `${open}${authorLinks}, `)
      .replace(
        /(<p class='mathjax'>)[\s\S]*?(<\/p>)/,
        (_, open: string, close: string) => `${open}\n          ${escapeHtml(abstract)}\n        ${close}`,
      );
    if (replaced === chunk) throw new Error(`Entry ${id} unchanged`);
    chunks[i] = replaced;
    const originalAuthors = [
      ...(/<div class='list-authors'>([\s\S]*?)<\/div>/.exec(chunk)?.[1] ?? '').matchAll(/>([^<]+)<\/a>/g),
    ].map((m) => unescapeHtml(m[1] ?? ''));
    papers.push({
      id,
      site: 'arxiv',
      title,
      abstract,
      authors: [...s.authors.map((p) => p.text), ...originalAuthors],
      titlePayloads: s.title,
      abstractPayloads: s.abstract,
      authorPayloads: s.authors,
    });
  }
  return { fixture: { ...page, body: chunks.join('<dt>') }, papers };
}

/** Text as Margin stores and shows it: whitespace collapsed; NUL (and the parser's U+FFFD for it) dropped. */
export function shown(text: string): string {
  return text
    .replaceAll('\u0000', '')
    .replaceAll('\uFFFD', '')
    .replace(/[\s\u00a0]+/g, ' ')
    .trim();
}

/** A markup finding: where in the DOM, and what. */
export interface Finding {
  where: string;
  what: string;
}

// The probes below run inside the browser. They are plain JavaScript source, not functions of this module:
// the test runner's transpiler may wrap functions in helpers that do not exist in the page.

/**
 * Every element of the document and of every open shadow root (and same-origin frames), looking for markup
 * made from payload text: event handlers, script-capable URLs, srcdoc, scripts or styles holding the marker.
 * `strict` (extension pages; Margin's own shadow roots always): any event handler attribute, script-capable
 * URL, script, frame, object, embed, base or meta refresh counts, marker or not.
 */
const SCAN_DOM = String.raw`({ marker, strict }) => {
  const findings = [];
  const URL_ATTRIBUTES = new Set(['href', 'src', 'srcdoc', 'srcset', 'action', 'formaction', 'xlink:href', 'data',
    'background', 'poster', 'values', 'from', 'to', 'by', 'style']);
  const DANGEROUS_TAGS = new Set(['script', 'iframe', 'frame', 'frameset', 'object', 'embed', 'base', 'applet',
    'animate', 'set', 'foreignobject', 'math']);
  const describe = (el) => {
    const attrs = [...el.attributes].map((a) => a.name + '="' + a.value.slice(0, 60) + '"').join(' ');
    return ('<' + el.tagName.toLowerCase() + ' ' + attrs + '>').slice(0, 200);
  };
  const visit = (root, where, inMargin) => {
    for (const el of root.querySelectorAll('*')) {
      const tag = el.tagName.toLowerCase();
      const ours = inMargin || strict;
      for (const attr of el.attributes) {
        const name = attr.name.toLowerCase();
        const value = attr.value;
        if (name.startsWith('on') && (ours || value.includes(marker))) {
          findings.push({ where, what: 'event handler ' + describe(el) });
        } else if (URL_ATTRIBUTES.has(name)) {
          const scheme = value.replace(/[\u0000-\u0020]/g, '').toLowerCase();
          const badScheme = ours ? /^(javascript|vbscript|data):/.test(scheme) : /^(javascript|vbscript|data:text\/html)/.test(scheme);
          // A web URL that merely holds payload text (percent-encoded, say) is a link, not code.
          const codeHolder = ['srcdoc', 'style', 'values', 'from', 'to', 'by'].includes(name);
          const live = name === 'style' ? /expression\(|url\(\s*['"]?\s*javascript/i.test(value) : ours;
          if (badScheme || (codeHolder && (live || value.includes(marker)))) {
            findings.push({ where, what: name + ' ' + describe(el) });
          }
        } else if (tag === 'meta' && name === 'http-equiv' && ours) {
          findings.push({ where, what: 'meta ' + describe(el) });
        }
      }
      if ((tag === 'script' || tag === 'style') && (el.textContent || '').includes(marker)) {
        findings.push({ where, what: tag + ' holding payload: ' + (el.textContent || '').slice(0, 100) });
      }
      if (ours && DANGEROUS_TAGS.has(tag)) {
        // An extension page's own module scripts are the only scripts allowed.
        const own = tag === 'script' && !inMargin && el.src.startsWith(location.origin + '/');
        if (!own) findings.push({ where, what: 'element ' + describe(el) });
      }
      if (el.shadowRoot) visit(el.shadowRoot, where + ' > shadow', true);
      if (tag === 'iframe' || tag === 'frame') {
        try {
          if (el.contentDocument) visit(el.contentDocument, where + ' > frame', ours);
        } catch {}
      }
    }
  };
  visit(document, location.href.slice(0, 80), false);
  return findings;
}`;

/** The names of the payload flags set on the window (and its top), read in the page. */
const FLAGS_SET = `(marker) => {
  const names = new Set();
  for (const w of [window, window.top]) {
    try {
      for (const key of Object.getOwnPropertyNames(w || {})) if (key.startsWith(marker)) names.add(key);
    } catch {}
  }
  return [...names];
}`;

interface Evaluates {
  evaluate<R>(expression: string): Promise<R>;
}

/** Markup made from payload text in the page (see SCAN_DOM). */
export function scanDom(page: Evaluates, strict: boolean): Promise<Finding[]> {
  return page.evaluate<Finding[]>(`(${SCAN_DOM})(${JSON.stringify({ marker: XSS_MARKER, strict })})`);
}

/** Payload flags set in the page: `[]` when nothing ran. */
export function flagsSet(page: Evaluates): Promise<string[]> {
  return page.evaluate<string[]>(`(${FLAGS_SET})(${JSON.stringify(XSS_MARKER)})`);
}

export { XSS_MARKER };
