// Styles of the injected UI, shared by every shadow root through one constructable stylesheet.
// Colours come from custom properties set on the page (page-css.ts), so one switch follows the site theme.
export const CARD_CSS = `
:host { all: initial; font: 12px/1.5 system-ui, -apple-system, "Segoe UI", sans-serif; color: var(--margin-fg); }
:host([data-placement="overlay"]) { position: absolute; top: 8px; left: 8px; right: 8px; z-index: 3; pointer-events: none; }
:host([data-placement="inline"]) { display: inline-block; vertical-align: top; height: 18px; margin-left: 6px; line-height: 1; }
:host([data-placement="inline"]) .bar > * { height: 18px; line-height: 16px; }
.bar { display: flex; flex-wrap: wrap; align-items: center; gap: 4px; pointer-events: none; }
.bar > * { pointer-events: auto; }
button, .badge, .chip, .suggest { font: inherit; border-radius: 999px; border: 1px solid var(--margin-border); background: var(--margin-bg); color: var(--margin-fg); padding: 1px 8px; line-height: 18px; height: 20px; box-sizing: border-box; white-space: nowrap; }
button { cursor: pointer; }
button:hover { border-color: var(--margin-accent); }
button:focus-visible { outline: 2px solid var(--margin-accent); outline-offset: 1px; }
.star { font-size: 14px; padding: 0 6px; }
.star[aria-pressed="true"] { color: var(--margin-star); border-color: var(--margin-star); }
.badge { display: inline-flex; align-items: center; gap: 4px; overflow: hidden; text-overflow: ellipsis; max-width: 24em; }
.badge-new { background: var(--margin-new-bg); color: var(--margin-new-fg); border-color: transparent; }
.badge-seen { background: var(--margin-seen-bg); color: var(--margin-seen-fg); border-color: transparent; }
.badge-saved { background: var(--margin-saved-bg); color: var(--margin-saved-fg); border-color: transparent; }
.badge-duplicate { background: var(--margin-dup-bg); color: var(--margin-dup-fg); border-color: transparent; }
.badge a { color: inherit; }
.chip { background: var(--margin-chip-bg); border-color: transparent; }
.suggest { border-style: dashed; }
.collapsed { display: flex; align-items: center; gap: 6px; max-width: 100%; }
.collapsed .title { overflow: hidden; text-overflow: ellipsis; white-space: nowrap; max-width: 40em; opacity: .75; }
.tag-editor { display: inline-flex; gap: 4px; }
.tag-editor input { font: inherit; border-radius: 6px; border: 1px solid var(--margin-accent); background: var(--margin-bg); color: var(--margin-fg); padding: 1px 6px; width: 14em; height: 20px; box-sizing: border-box; }
/* min-height: the placeholder shown while the library is asked is as tall as the bar that replaces it, so the
   list below does not move again (on a 2000-entry page every entry would be re-checked for paint). */
.summary { display: flex; flex-wrap: wrap; align-items: center; gap: 6px 10px; padding: 6px 10px; margin: 8px 0; border: 1px solid var(--margin-border); border-radius: 10px; background: var(--margin-bg); box-sizing: border-box; min-height: 33px; }
.summary strong { font-weight: 600; }
.summary label { display: inline-flex; align-items: center; gap: 4px; cursor: pointer; }
.summary select { font: inherit; color: var(--margin-fg); background: var(--margin-bg); border: 1px solid var(--margin-border); border-radius: 6px; }
.summary .counts { display: inline-flex; gap: 8px; }
.sr-only { position: absolute; width: 1px; height: 1px; overflow: hidden; clip: rect(0 0 0 0); }
.panel { position: fixed; right: 16px; bottom: 16px; z-index: 2147483647; max-width: 360px; padding: 12px 14px; border-radius: 12px; border: 1px solid var(--margin-border); background: var(--margin-bg); color: var(--margin-fg); box-shadow: 0 6px 24px rgba(0,0,0,.2); }
.panel h2 { font-size: 13px; margin: 0 0 6px; }
.panel dl { display: grid; grid-template-columns: auto 1fr; gap: 2px 10px; margin: 0; }
.panel kbd { font: 11px ui-monospace, monospace; border: 1px solid var(--margin-border); border-radius: 4px; padding: 0 4px; }
.panel.error { border-color: var(--margin-error); }
`;
