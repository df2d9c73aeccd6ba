import { browser } from 'wxt/browser';

/** Opens the library page, or focuses it when it is already open. */
export async function openLibraryTab(paperId?: string): Promise<void> {
  const base = browser.runtime.getURL('/library.html');
  const url = paperId ? `${base}#paper=${encodeURIComponent(paperId)}` : base;
  const [open] = await browser.tabs.query({ url: `${base}*` });
  if (open?.id !== undefined) {
    await browser.tabs.update(open.id, { active: true, url });
    return;
  }
  await browser.tabs.create({ url });
}
