// The one stylesheet Margin adds to the page itself: theme variables, the keyboard focus ring, and how
// dismissed and filtered cards hide. It only targets Margin's own data-margin-* attributes.
import type { Site } from '@/lib/paper';

const LIGHT = `--margin-fg:#1f2328;--margin-bg:#fff;--margin-border:#d0d7de;--margin-accent:#0969da;--margin-star:#b35900;
--margin-new-bg:#dafbe1;--margin-new-fg:#116329;--margin-seen-bg:#eaeef2;--margin-seen-fg:#424a53;--margin-saved-bg:#fff1c2;
--margin-saved-fg:#6b4200;--margin-dup-bg:#ffe2e0;--margin-dup-fg:#8c1d18;--margin-chip-bg:#ddf4ff;--margin-error:#cf222e;`;
const DARK = `--margin-fg:#e6edf3;--margin-bg:#161b22;--margin-border:#3d444d;--margin-accent:#4493f8;--margin-star:#f0b72f;
--margin-new-bg:#12361f;--margin-new-fg:#7ee2a0;--margin-seen-bg:#2d333b;--margin-seen-fg:#c9d1d9;--margin-saved-bg:#3b2e05;
--margin-saved-fg:#f2cc60;--margin-dup-bg:#4a1a18;--margin-dup-fg:#ffb4ab;--margin-chip-bg:#0c2d48;--margin-error:#ff7b72;`;

/**
 * The variables live on Margin's own elements, not on :root: a custom property set on the root is inherited by
 * every element, and on a 2000-entry page restyling them all is a 150 ms task.
 * Hugging Face switches `html.dark` itself (cookie or system); arXiv has one theme, so follow the system.
 */
const OURS = '[data-margin-ui],[data-margin-focused]';
function themeRules(site: Site): string {
  const dark =
    site === 'huggingface'
      ? `html.dark :is(${OURS}){${DARK}}`
      : `@media (prefers-color-scheme: dark){:is(${OURS}){${DARK}}}`;
  return `:is(${OURS}){${LIGHT}}${dark}`;
}

/**
 * Hugging Face cards are `article`s whose controls sit over the card (absolutely positioned). The rule is left
 * off arXiv pages: an attribute selector makes every card that gets `data-margin-id` restyle, whatever its tag
 * (a 30 ms recalculation on a 2000-entry listing).
 */
const OVERLAY_ANCHOR = 'article[data-margin-id]{position:relative;}';

export function pageCss(site: Site): string {
  return `${themeRules(site)}
${site === 'huggingface' ? OVERLAY_ANCHOR : ''}
[data-margin-focused]{outline:2px solid var(--margin-accent) !important;outline-offset:2px;}
[data-margin-hidden],dt[data-margin-hidden]+dd{display:none !important;}
article[data-margin-dismissed]>:not([data-margin-ui]){display:none !important;}
article[data-margin-dismissed]>[data-margin-ui]{position:static !important;display:block;margin:10px;}
dt[data-margin-dismissed]+dd{display:none !important;}
li[data-margin-dismissed]>:not(.is-marginless){display:none !important;}`;
}
