// Keyboard triage: which action a key press means, and when keys must stay the site's.
import type { KeyAction, KeySettings } from '../settings';

/** True when the event comes from somewhere the reader types: the site's inputs or Margin's own. */
export function isTyping(event: KeyboardEvent): boolean {
  const target = (event.composedPath?.()[0] ?? event.target) as Element | null;
  if (!target || typeof (target as Element).tagName !== 'string') return false;
  const tag = target.tagName.toLowerCase();
  if (tag === 'input' || tag === 'textarea' || tag === 'select') return true;
  return (target as HTMLElement).isContentEditable === true;
}

/** The triage action for a key press, or null when it is not one of ours. */
export function actionFor(event: KeyboardEvent, keys: KeySettings): KeyAction | null {
  if (!keys.enabled || event.defaultPrevented || event.ctrlKey || event.metaKey || event.altKey) return null;
  if (isTyping(event)) return null;
  for (const [action, key] of Object.entries(keys.map) as [KeyAction, string][]) {
    if (event.key === key) return action;
  }
  return null;
}
