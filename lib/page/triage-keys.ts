// j/k move a visible focus between cards, s stars, x dismisses, o opens, t tags, ? shows the keys.
import type { PageAnnotator } from './annotator';
import type { CardRecord } from './card-view';
import { actionFor } from './keyboard';

export class TriageKeys {
  private focused: CardRecord | null = null;
  private doc: Document | null = null;
  private readonly onKey = (event: KeyboardEvent) => this.handle(event);

  constructor(private readonly annotator: PageAnnotator) {}

  attach(doc: Document): void {
    this.doc = doc;
    doc.addEventListener('keydown', this.onKey);
  }

  detach(): void {
    this.doc?.removeEventListener('keydown', this.onKey);
    this.setFocus(null);
  }

  private visibleCards(): CardRecord[] {
    return this.annotator.cards.filter((card) => !card.element.hasAttribute('data-margin-hidden'));
  }

  /** Keeps the focus on a card that is still on the page and visible. */
  refresh(): void {
    if (this.focused && !this.visibleCards().includes(this.focused)) this.setFocus(null);
  }

  get focusedCard(): CardRecord | null {
    return this.focused;
  }

  private setFocus(card: CardRecord | null): void {
    this.focused?.element.removeAttribute('data-margin-focused');
    this.focused = card;
    if (!card) return;
    card.element.setAttribute('data-margin-focused', '');
    card.element.scrollIntoView?.({ block: 'nearest' });
    this.annotator.show(card);
  }

  private move(step: 1 | -1): void {
    const visible = this.visibleCards();
    if (!visible.length) return;
    const index = this.focused ? visible.indexOf(this.focused) : -1;
    const next =
      index === -1 ? (step === 1 ? 0 : visible.length - 1) : Math.min(Math.max(index + step, 0), visible.length - 1);
    this.setFocus(visible[next] ?? null);
  }

  private handle(event: KeyboardEvent): void {
    const action = actionFor(event, this.annotator.settings.keys);
    if (!action) {
      if (event.key === 'Escape' && this.annotator.overlays.helpOpen) this.annotator.overlays.toggleHelp(false);
      return;
    }
    const card = this.focused;
    switch (action) {
      case 'next':
        this.move(1);
        break;
      case 'prev':
        this.move(-1);
        break;
      case 'help':
        this.annotator.overlays.toggleHelp();
        break;
      case 'star':
        if (!card) return;
        void this.annotator.edit(card, 'setSaved', { paper: card.ref, saved: card.state?.state !== 'saved' });
        break;
      case 'dismiss':
        if (!card) return;
        void this.annotator.edit(card, 'setDismissed', { paper: card.ref, dismissed: !card.state?.dismissed });
        break;
      case 'open':
        if (!card) return;
        this.annotator.open(card);
        break;
      case 'tag':
        if (!card) return;
        card.editingTags = true;
        this.annotator.renderCard(card);
        break;
    }
    event.preventDefault();
    event.stopPropagation();
  }
}
