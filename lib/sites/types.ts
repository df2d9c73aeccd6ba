import type { PageKind, PaperRef, Site } from '../paper';

/** A kind of digest page, recognised by a pure URL predicate, with the URLs that prove it. */
export interface PageRule {
  kind: PageKind;
  matches(url: URL): boolean;
  /** URLs this rule must match; the registry test checks no other rule matches them. */
  testUrls: string[];
}

/** Where the injected controls of one card go. */
export interface Mount {
  parent: Element;
  /** Insert before this child of `parent`; append when null. */
  before: Node | null;
  /** How the controls sit: over the card (out of flow) or inline in its text. */
  placement: 'overlay' | 'inline';
}

/** How one family of pages is laid out: where its cards are and how to read one. */
export interface PageLayout<Context = unknown> {
  /** Page-wide data read once per annotation pass (embedded JSON, section headings). */
  context(doc: Document, url: URL): Context;
  /** The elements that carry `data-margin-*`, in page order. */
  cards(root: ParentNode): Element[];
  /** The paper a card shows, validated; null when the card cannot be read. */
  extract(card: Element, context: Context, url: URL): PaperRef | null;
  /** A cheap key of what the card shows now (e.g. its id link) to notice in-place reuse by the site. */
  cardKey(card: Element): string;
  mount(card: Element): Mount;
  /** Element before which the summary bar goes; null for single-paper pages. */
  summaryAnchor(doc: Document): Element | null;
}

export interface PageHandler extends PageRule {
  layout: PageLayout<never>;
}

export interface SiteAdapter {
  site: Site;
  /** Shown in the popup's diagnostics: "Hugging Face Daily Papers". */
  name: string;
  pages: PageHandler[];
}

/** What the content script runs on a page: the adapter, the page kind and its layout. */
export interface DetectedPage {
  adapter: SiteAdapter;
  handler: PageHandler;
}

/** Declares a layout, checking its context type once; handlers hold it type-erased. */
export function defineLayout<C>(layout: PageLayout<C>): PageLayout<never> {
  return layout as unknown as PageLayout<never>;
}

/**
 * A paper as an adapter read it, or null when the card gave no title. Optional fields the page did not have
 * are left out. The full check (PaperRefSchema) is the background's, paper by paper: the content script
 * carries no Zod.
 */
export function completeRef(candidate: PaperRef): PaperRef | null {
  if (!candidate.id || !candidate.title) return null;
  // Copied field by field rather than trimmed with `delete`: an object that lost fields is slower to send (JSON of
  // a 397-paper page 0.62 → 0.44 ms in V8).
  const ref: Partial<Record<keyof PaperRef, unknown>> = {};
  for (const key of Object.keys(candidate) as (keyof PaperRef)[]) {
    if (candidate[key] !== undefined) ref[key] = candidate[key];
  }
  return ref as PaperRef;
}
