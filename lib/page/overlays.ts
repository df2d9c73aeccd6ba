// The page-level parts of Margin's UI: the page stylesheet, the summary bar above the list, the filters it
// drives, the key help panel and the notice that says what went wrong.
import { type ComponentChild, h, render } from 'preact';
import { KeyHelp } from '@/components/KeyHelp';
import { PageNotice } from '@/components/PageNotice';
import { SummaryBar } from '@/components/SummaryBar';
import type { ViewPrefs } from '../settings';
import type { PageAnnotator } from './annotator';
import { UI_ATTRIBUTE } from './card-view';
import { createSharedStyle, type SharedStyle } from './styles';
import { isHidden, summarize } from './summary';

function createHost(doc: Document, kind: string, style: SharedStyle): { host: HTMLElement; root: ShadowRoot } {
  const host = doc.createElement('div');
  host.setAttribute(UI_ATTRIBUTE, kind);
  const root = host.attachShadow({ mode: 'open' });
  style.adopt(root);
  return { host, root };
}

export class Overlays {
  private summary: { host: HTMLElement; root: ShadowRoot } | null = null;
  private panel: { host: HTMLElement; root: ShadowRoot } | null = null;
  private pageStyled = false;
  lastNotice: string | undefined;
  helpOpen = false;

  constructor(
    private readonly doc: Document,
    private readonly style: SharedStyle,
    private readonly annotator: PageAnnotator,
  ) {}

  adoptPageStyle(cssText: string): void {
    if (this.pageStyled) return;
    this.pageStyled = true;
    createSharedStyle(cssText, 'data-margin-page-style').adopt(this.doc);
  }

  /** Re-applies filters and re-renders the summary bar for the current states and settings. */
  refresh(): void {
    const { cards, settings, page } = this.annotator;
    if (!page) return;
    const prefs = settings.view[page.site];
    for (const record of cards) {
      const hidden = isHidden(record.state, prefs);
      if (hidden !== record.element.hasAttribute('data-margin-hidden')) {
        record.element.toggleAttribute('data-margin-hidden', hidden);
      }
    }
    this.renderSummary(prefs);
  }

  /**
   * Makes room for the summary bar while the library is asked about the page: the list moves down once,
   * in a frame of its own, rather than in the busy frame that marks every card. It says what Margin is doing
   * (not `data-margin-summary` yet: that is the bar with its counts).
   */
  reserveSummary(papers: number): void {
    const anchor = this.summary ? null : this.annotator.anchor();
    if (!anchor) return;
    this.summary = createHost(this.doc, 'summary', this.style);
    anchor.before(this.summary.host);
    render(
      h('section', { class: 'summary', 'aria-busy': 'true' }, `Margin · reading ${papers} papers…`),
      this.summary.root,
    );
  }

  private renderSummary(prefs: ViewPrefs): void {
    const { cards, page } = this.annotator;
    const anchor = cards.length && page ? this.annotator.anchor() : null;
    if (!anchor) {
      this.summary?.host.remove();
      return;
    }
    this.summary ??= createHost(this.doc, 'summary', this.style);
    if (this.summary.host.nextElementSibling !== anchor) anchor.before(this.summary.host);
    render(
      h(SummaryBar, {
        summary: summarize(cards.map((card) => card.state)),
        prefs,
        onChange: (next: ViewPrefs) => this.annotator.setViewPrefs(next),
      }),
      this.summary.root,
    );
  }

  private showPanel(content: ComponentChild): void {
    if (!content) {
      this.panel?.host.remove();
      this.panel = null;
      return;
    }
    this.panel ??= createHost(this.doc, 'panel', this.style);
    if (!this.panel.host.isConnected) this.doc.body.append(this.panel.host);
    render(content, this.panel.root);
  }

  /** Says plainly what failed; nothing Margin cannot do is silent. */
  notify(message: string): void {
    this.lastNotice = message;
    this.helpOpen = false;
    this.showPanel(h(PageNotice, { message, onClose: () => this.showPanel(null) }));
  }

  toggleHelp(open = !this.helpOpen): void {
    this.helpOpen = open;
    this.showPanel(
      open ? h(KeyHelp, { keys: this.annotator.settings.keys, onClose: () => this.toggleHelp(false) }) : null,
    );
  }

  remove(): void {
    this.summary?.host.remove();
    this.panel?.host.remove();
  }
}
