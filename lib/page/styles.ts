// One constructable stylesheet shared by every injected shadow root (no CSS fetch or parse per card).
// Where a browser refuses adopted sheets from a content script, a <style> per root is the fallback.

export interface SharedStyle {
  adopt(root: ShadowRoot | Document): void;
}

export function createSharedStyle(cssText: string, marker: string): SharedStyle {
  let sheet: CSSStyleSheet | undefined;
  try {
    sheet = new CSSStyleSheet();
    sheet.replaceSync(cssText);
  } catch {
    sheet = undefined;
  }
  return {
    adopt(root) {
      if (sheet) {
        try {
          root.adoptedStyleSheets = [...root.adoptedStyleSheets, sheet];
          if (root.adoptedStyleSheets.includes(sheet)) return;
        } catch {
          // Firefox content scripts cannot hand their sheets to the page's roots: use a <style>.
        }
      }
      const doc = root instanceof Document ? root : root.ownerDocument;
      const style = doc.createElement('style');
      style.setAttribute(marker, '');
      style.textContent = cssText;
      (root instanceof Document ? (root.head ?? root.documentElement) : root).append(style);
    },
  };
}
