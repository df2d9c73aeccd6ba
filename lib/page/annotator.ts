// The content script's work on a digest page: find the cards, read them, ask the library about all of them
// in one message, and keep the annotations true as the site changes the page under us.
import { h, render } from 'preact';
import { CardControls } from '@/components/CardControls';
import { CARD_CSS } from '@/components/card-css';
import { pageCss } from '@/components/page-css';
import type { PaperUpdate } from '../library/states';
import type { Diagnostics, RequestOf, RequestType, ResponseMap } from '../messages';
import { pageKey } from '../page-key';
import type { PaperRef } from '../paper';
import type { Settings, ViewPrefs } from '../settings';
import { DEFAULT_SETTINGS } from '../settings-defaults';
import { detectPage } from '../sites/registry';
import type { DetectedPage } from '../sites/types';
import {
  applyUpdate,
  attachView,
  buildView,
  type CardRecord,
  UI_ATTRIBUTE,
  unmountCard,
  writeContract,
} from './card-view';
import { CardDrawing } from './drawing';
import { Overlays } from './overlays';
import { createSharedStyle } from './styles';
import { summarize } from './summary';
import { TriageKeys } from './triage-keys';
import { inSlices, nextTask } from './yield';

export type Send = <T extends RequestType>(type: T, data: RequestOf<T>) => Promise<ResponseMap[T]>;

export interface AnnotatorDeps {
  doc: Document;
  send: Send;
  now: () => number;
  openUrl: (url: string) => void;
}

/**
 * From this many papers the visit's message, its reply, and the summary each get a task of their own: copying
 * 2000 papers for the worker takes 20–35 ms on this thread. Below it they are a few milliseconds, and each
 * extra task would let a frame of the site's rendering in before the states.
 */
const LONG_LISTING = 500;
/**
 * Marking the cards with their states (attributes only) takes slices this long: each frame let in between restyles
 * the page and its viewport observer (15–50 ms on a 2000-entry page), which delayed the last state more than the
 * marking itself takes. Still well below the 50 ms a task may take.
 */
const MARKING_SLICE_MS = 30;
const NO_PAPERS = "0 papers found — the site's layout may have changed. Margin could not read this page.";

export class PageAnnotator {
  private detected: DetectedPage | null = null;
  private pageUrl = '';
  private records = new Map<Element, CardRecord>();
  /** Cards in page order. */
  cards: CardRecord[] = [];
  settings: Settings = DEFAULT_SETTINGS;
  knownTags: string[] = [];
  private unreadable = 0;
  private scanned = false;
  private running: Promise<void> | null = null;
  private again = false;
  private observer: MutationObserver | null = null;
  private timer: ReturnType<typeof setTimeout> | undefined;
  private readonly cardStyle = createSharedStyle(CARD_CSS, 'data-margin-style');
  private readonly drawing: CardDrawing<CardRecord>;
  readonly overlays: Overlays;
  readonly keys: TriageKeys;

  constructor(private readonly deps: AnnotatorDeps) {
    this.drawing = new CardDrawing(deps.doc.defaultView ?? window, {
      build: (record) => this.build(record),
      attach: (record) => {
        if (this.records.get(record.element) === record) attachView(record);
      },
    });
    this.overlays = new Overlays(deps.doc, this.cardStyle, this);
    this.keys = new TriageKeys(this);
  }

  get page() {
    const detected = this.detected;
    return detected ? { url: this.pageUrl, site: detected.adapter.site, kind: detected.handler.kind } : null;
  }

  get now() {
    return this.deps.now();
  }

  start(): void {
    const { doc } = this.deps;
    this.observer = new MutationObserver((mutations) => {
      if (mutations.some(isForeignChange)) this.schedule();
    });
    this.observer.observe(doc.body ?? doc.documentElement, {
      childList: true,
      subtree: true,
      attributes: true,
      attributeFilter: ['href'],
    });
    this.keys.attach(doc);
    void this.scan();
  }

  stop(): void {
    this.observer?.disconnect();
    clearTimeout(this.timer);
    this.keys.detach();
    this.reset();
    this.drawing.stop();
    this.overlays.remove();
  }

  /** Coalesces bursts of mutations (the site rendering a list) into one pass. */
  schedule(delay = 60): void {
    clearTimeout(this.timer);
    this.timer = setTimeout(() => void this.scan(), delay);
  }

  /** One annotation pass; passes never overlap, and a pass requested meanwhile runs after. */
  scan(): Promise<void> {
    if (this.running) {
      this.again = true;
      return this.running;
    }
    this.running = this.pass().finally(() => {
      this.running = null;
      if (this.again) {
        this.again = false;
        void this.scan();
      }
    });
    return this.running;
  }

  private reset(): void {
    for (const record of this.records.values()) this.forget(record);
    this.records.clear();
    this.cards = [];
    this.unreadable = 0;
    this.scanned = false;
  }

  private async pass(): Promise<void> {
    const { doc } = this.deps;
    const href = doc.location.href;
    if (pageKey(href) !== pageKey(this.pageUrl || href) || !this.detected) {
      // In-page navigation: a new page, whatever elements the site kept.
      this.reset();
      this.detected = detectPage(href);
    }
    this.pageUrl = href;
    const detected = this.detected;
    if (!detected) return;
    const { layout } = detected.handler;
    const url = new URL(href);
    const elements = layout.cards(doc);
    const context = layout.context(doc, url);
    const fresh: { element: Element; key: string; ref: PaperRef }[] = [];
    let unreadable = 0;
    await inSlices(elements, (element) => {
      const key = layout.cardKey(element);
      const known = this.records.get(element);
      if (known && known.key === key && (!known.attached || known.view?.host.isConnected)) return;
      const ref = layout.extract(element, context, url);
      if (ref) fresh.push({ element, key, ref });
      else unreadable++;
    });
    this.unreadable = unreadable;
    this.scanned = true;
    if (fresh.length) {
      await this.annotate(fresh, detected);
      if (fresh.length > LONG_LISTING) await nextTask(); // the summary and filters below: a task of their own
    }
    const present = new Set(elements);
    for (const [element, record] of this.records) {
      if (!present.has(element) || !element.isConnected) {
        this.forget(record);
        this.records.delete(element);
      }
    }
    this.cards = elements.map((element) => this.records.get(element)).filter((r): r is CardRecord => !!r);
    this.markRepeats();
    this.refreshPage();
  }

  private async annotate(fresh: { element: Element; key: string; ref: PaperRef }[], detected: DetectedPage) {
    const page = this.page;
    if (!page) return;
    let states: ResponseMap['visitPage']['states'] = {};
    let accepted = fresh;
    try {
      // On a long listing the message is copied for the worker, and its reply copied back, in a task of its own,
      // apart from reading the cards before and marking them after.
      const papers = fresh.map((f) => f.ref);
      const long = fresh.length > LONG_LISTING;
      if (long) await nextTask();
      const asked = this.deps.send('visitPage', { page, papers });
      // A long listing's answer takes a while: meanwhile the page restyles for Margin and shows the summary bar's
      // placeholder ("reading 2000 papers…"), in a frame of its own (done before the message, that frame held
      // the message up). A short page's answer comes within a frame or two, which would only wait behind that
      // frame (13 ms on the HF day page): it restyles once, with the states.
      if (long) {
        this.overlays.adoptPageStyle(pageCss(detected.adapter.site));
        this.overlays.reserveSummary(fresh.length);
      }
      const result = await asked;
      if (long) await nextTask();
      states = result.states;
      this.settings = result.settings;
      this.knownTags = result.tags;
      // Cards the library refused (not a valid paper) stay unmarked and count as unreadable.
      const refused = new Set(result.rejected.map((r) => r.index));
      accepted = fresh.filter((_, index) => !refused.has(index));
      this.unreadable += refused.size;
    } catch (error) {
      this.overlays.notify(error instanceof Error ? error.message : String(error));
    }
    if (this.detected !== detected) return; // the page changed while we waited
    this.overlays.adoptPageStyle(pageCss(detected.adapter.site)); // done already on a long listing
    // Every card gets its state now; its controls follow, those in view first (drawing.ts).
    await inSlices(
      accepted,
      ({ element, key, ref }) => {
        const old = this.records.get(element);
        if (old) this.forget(old);
        const record: CardRecord = { element, key, ref, state: states[ref.id], editingTags: false };
        this.records.set(element, record);
        writeContract(record);
        this.drawing.add(element, record);
      },
      MARKING_SLICE_MS,
    );
  }

  private forget(record: CardRecord): void {
    this.drawing.remove(record.element);
    unmountCard(record);
  }

  /** Builds a card's controls, off the page until drawing.ts attaches them. */
  private build(record: CardRecord): void {
    const layout = this.detected?.handler.layout;
    if (record.view || !layout || this.records.get(record.element) !== record) return;
    record.view = buildView(record.element, layout.mount(record.element), this.cardStyle);
    this.renderCard(record);
  }

  /** A card the reader is about to use (keyboard focus): its controls now, not with the others. */
  show(record: CardRecord): void {
    this.drawing.now(record.element);
  }

  /** The same paper listed twice on this page: every later card points at the first. */
  private markRepeats(): void {
    const first = new Map<string, CardRecord>();
    for (const record of this.cards) {
      const earlier = first.get(record.ref.id);
      if (!earlier) {
        first.set(record.ref.id, record);
        continue;
      }
      if (!record.state || record.state.duplicateOf?.id === record.ref.id) continue;
      const { links, title } = earlier.ref;
      record.state = { ...record.state, duplicateOf: { id: record.ref.id, title, url: links.abs ?? links.hf } };
      this.renderCard(record);
    }
  }

  renderCard(record: CardRecord): void {
    writeContract(record);
    if (!record.view) return; // built later, with the state it has then
    render(
      h(CardControls, {
        title: record.ref.title,
        state: record.state,
        now: this.now,
        editingTags: record.editingTags,
        knownTags: this.knownTags,
        actions: {
          star: (saved) => void this.edit(record, 'setSaved', { paper: record.ref, saved }),
          dismiss: (dismissed) => void this.edit(record, 'setDismissed', { paper: record.ref, dismissed }),
          saveTags: (tags) => {
            record.editingTags = false;
            void this.edit(record, 'setTags', { paper: record.ref, tags });
          },
          editTags: (open) => {
            record.editingTags = open;
            this.renderCard(record);
          },
        },
      }),
      record.view.root,
    );
  }

  /** An edit from this page: shown at once, then confirmed (or undone with a message) by the library. */
  async edit<T extends 'setSaved' | 'setDismissed' | 'setTags'>(record: CardRecord, type: T, data: RequestOf<T>) {
    const before = record.state;
    const optimistic: PaperUpdate = {
      id: record.ref.id,
      saved:
        type === 'setSaved' ? (data as RequestOf<'setSaved'>).saved : type === 'setTags' || before?.state === 'saved',
      tags: type === 'setTags' ? (data as RequestOf<'setTags'>).tags : (before?.tags ?? []),
      dismissed: type === 'setDismissed' ? (data as RequestOf<'setDismissed'>).dismissed : (before?.dismissed ?? false),
    };
    this.applyUpdates([optimistic]);
    try {
      this.applyUpdates([await this.deps.send(type, data)]);
      if (type === 'setTags') void this.refreshSuggestions();
    } catch (error) {
      for (const other of this.cardsFor(record.ref.id)) {
        other.state = before;
        this.renderCard(other);
      }
      this.refreshPage();
      this.overlays.notify(error instanceof Error ? error.message : String(error));
    }
  }

  private cardsFor(id: string): CardRecord[] {
    return this.cards.filter((record) => record.ref.id === id);
  }

  /** Edits made here, in another tab, the popup or the library. */
  applyUpdates(updates: readonly PaperUpdate[]): void {
    for (const update of updates) {
      for (const record of this.cardsFor(update.id)) {
        record.state = applyUpdate(record.state, update);
        this.renderCard(record);
      }
      for (const tag of update.tags) if (!this.knownTags.includes(tag)) this.knownTags.push(tag);
    }
    this.refreshPage();
  }

  applySettings(settings: Settings): void {
    const topicsChanged = JSON.stringify(settings.userTopics) !== JSON.stringify(this.settings.userTopics);
    this.settings = settings;
    this.refreshPage();
    if (topicsChanged) void this.refreshStates();
  }

  /** Asks the library for every card's state again, recording nothing (the reader's topics changed). */
  private async refreshStates(): Promise<void> {
    const page = this.page;
    if (!page || !this.cards.length) return;
    try {
      const ids = [...new Set(this.cards.map((card) => card.ref.id))];
      const states = await this.deps.send('lookUpStates', { pageUrl: page.url, ids });
      for (const record of this.cards) {
        const state = states[record.ref.id];
        if (!state) continue;
        // A look-up brings states and topics; duplicates and suggestions stay as the visit found them.
        record.state = {
          ...state,
          duplicateOf: record.state?.duplicateOf,
          suggestions: record.state?.suggestions ?? [],
        };
        this.renderCard(record);
      }
      this.refreshPage();
    } catch (error) {
      this.overlays.notify(error instanceof Error ? error.message : String(error));
    }
  }

  /** The reader tagged a paper here, and the model learned from it: every card's suggestions follow. */
  private async refreshSuggestions(): Promise<void> {
    const ids = [...new Set(this.cards.map((card) => card.ref.id))];
    if (!ids.length) return;
    let suggestions: ResponseMap['suggestTags'];
    try {
      suggestions = await this.deps.send('suggestTags', { paperIds: ids });
    } catch {
      return; // the tag itself was saved; the cards keep the suggestions they had
    }
    for (const record of this.cards) {
      const next = suggestions[record.ref.id];
      if (!record.state || !next || JSON.stringify(next) === JSON.stringify(record.state.suggestions)) continue;
      record.state = { ...record.state, suggestions: next };
      this.renderCard(record);
    }
  }

  /** Filters, summary bar and keyboard focus after any change of states or settings. */
  refreshPage(): void {
    this.overlays.refresh();
    this.keys.refresh();
  }

  /** Where the summary bar goes on this page. */
  anchor(): Element | null {
    return this.detected?.handler.layout.summaryAnchor(this.deps.doc) ?? null;
  }

  /** The reader's filters for this site: applied at once, remembered by the library. */
  setViewPrefs(prefs: ViewPrefs): void {
    const page = this.page;
    if (!page) return;
    this.applySettings({ ...this.settings, view: { ...this.settings.view, [page.site]: prefs } });
    this.deps.send('setViewPrefs', { site: page.site, prefs }).catch((error: unknown) => {
      this.overlays.notify(`Could not remember this filter: ${error instanceof Error ? error.message : error}`);
    });
  }

  open(record: CardRecord): void {
    const { links, site } = record.ref;
    const url = site === 'huggingface' ? (links.hf ?? links.abs) : (links.abs ?? links.hf);
    if (url) this.deps.openUrl(url);
  }

  diagnostics(): Diagnostics {
    const detected = this.detected;
    const papers = this.cards.length;
    return {
      adapter: detected?.adapter.name ?? null,
      kind: detected?.handler.kind ?? null,
      url: this.deps.doc.location.href,
      papers,
      unreadable: this.unreadable,
      ids: [...new Set(this.cards.map((card) => card.ref.id))],
      counts: summarize(this.cards.map((card) => card.state)),
      warning: detected && this.scanned && papers === 0 ? NO_PAPERS : undefined,
      error: this.overlays.lastNotice,
    };
  }
}

/** True for mutations of the site's own content, not Margin's hosts being added or removed. */
function isForeignChange(mutation: MutationRecord): boolean {
  if (mutation.type === 'attributes') return true;
  const nodes = [...mutation.addedNodes, ...mutation.removedNodes];
  return nodes.some((node) => !(node instanceof Element && node.hasAttribute(UI_ATTRIBUTE)));
}
