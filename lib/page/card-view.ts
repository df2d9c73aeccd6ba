// One paper card on the page: the data-margin-* attributes of the DOM contract (DESIGN.md) on the site's own
// card element, written at once, and the host element and shadow root of its controls, built off the page and
// then put on it (drawing.ts says when).
import { localDay } from '../dates';
import type { PaperState, PaperUpdate } from '../library/states';
import type { PaperRef } from '../paper';
import type { Mount } from '../sites/types';
import type { SharedStyle } from './styles';

export interface CardRecord {
  element: Element;
  /** What the card showed when it was read; a different key means the site reused the element. */
  key: string;
  ref: PaperRef;
  /** The controls, once built; on the page once `attached`. */
  view?: CardView;
  attached?: boolean;
  state?: PaperState;
  editingTags: boolean;
}

export const UI_ATTRIBUTE = 'data-margin-ui';

export interface CardView {
  host: HTMLElement;
  root: ShadowRoot;
  /** Where the site's layout puts the controls. */
  mount: Mount;
}

/** The host of a card's controls, not on the page yet. */
export function buildView(element: Element, mount: Mount, style: SharedStyle): CardView {
  const host = element.ownerDocument.createElement('span');
  host.setAttribute(UI_ATTRIBUTE, 'card');
  host.setAttribute('data-placement', mount.placement);
  const root = host.attachShadow({ mode: 'open' });
  style.adopt(root);
  // Clicks on Margin's controls are not clicks on the site's card.
  host.addEventListener('click', (event) => event.stopPropagation());
  return { host, root, mount };
}

/** Puts a card's controls on the page (replacing a host left there from before). */
export function attachView(record: CardRecord): void {
  const { view } = record;
  if (!view) return;
  const { parent, before } = view.mount;
  for (const old of parent.querySelectorAll(`:scope > [${UI_ATTRIBUTE}]`)) old.remove();
  parent.insertBefore(view.host, before);
  record.attached = true;
}

export function unmountCard(record: CardRecord): void {
  record.view?.host.remove();
  record.view = undefined;
  record.attached = false;
  for (const name of CONTRACT_ATTRIBUTES) record.element.removeAttribute(name);
  written.delete(record.element);
  record.element.removeAttribute('data-margin-focused');
  record.element.removeAttribute('data-margin-hidden');
}

const CONTRACT_ATTRIBUTES = [
  'data-margin-id',
  'data-margin-state',
  'data-margin-first-seen',
  'data-margin-duplicate-of',
  'data-margin-dismissed',
] as const;

type Contract = readonly (string | undefined)[];

/**
 * The contract as this script last wrote it on each card, so that a write touches only what changed: reading
 * every attribute back, and removing absent ones, on every write took about 30 ms of marking and drawing a
 * 2000-entry page in a profile.
 */
const written = new WeakMap<Element, Contract>();

/** What is on a card this script has not written: nothing, unless an earlier copy of Margin (before an update
 * or reload) left its contract there. The contract is written and removed whole, always with its id. */
function foundContract(element: Element): Contract {
  if (!element.hasAttribute('data-margin-id')) return [];
  return CONTRACT_ATTRIBUTES.map((name) => element.getAttribute(name) ?? undefined);
}

/** The public DOM contract on the site's card element. */
export function writeContract(record: CardRecord): void {
  const { element, ref, state } = record;
  const contract: Contract = [
    ref.id,
    state?.state,
    state?.firstSeen ? localDay(state.firstSeen.at) : undefined,
    state?.duplicateOf?.id,
    state?.dismissed ? '' : undefined,
  ];
  const before = written.get(element) ?? foundContract(element);
  CONTRACT_ATTRIBUTES.forEach((name, i) => {
    const value = contract[i];
    if (value === before[i]) return;
    if (value === undefined) element.removeAttribute(name);
    else element.setAttribute(name, value);
  });
  written.set(element, contract);
}

/** A state after an edit made here or elsewhere: saved or back to seen/new, tags, dismissed. */
export function applyUpdate(state: PaperState | undefined, update: PaperUpdate): PaperState {
  const base: PaperState = state ?? {
    state: 'new',
    seenCount: 0,
    tags: [],
    dismissed: false,
    topics: [],
    suggestions: [],
  };
  if (update.deleted) {
    return { ...base, state: 'new', firstSeen: undefined, seenCount: 0, tags: [], dismissed: false };
  }
  return {
    ...base,
    state: update.saved ? 'saved' : base.firstSeen ? 'seen' : 'new',
    tags: update.tags,
    dismissed: update.dismissed,
    suggestions: base.suggestions.filter((s) => !update.tags.includes(s.tag)),
  };
}
