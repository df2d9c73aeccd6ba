// Wiring only: the library service answers messages; tabs hear about edits; the command opens the library.
import { browser } from 'wxt/browser';
import { defineBackground } from 'wxt/utils/define-background';
import { MarginDB } from '@/lib/db';
import { classifyError } from '@/lib/library/errors';
import { createLibraryService } from '@/lib/library/service';
import { broadcastToTabs, sendToTab } from '@/lib/messaging';
import { openLibraryTab } from '@/lib/open-library';
import { listenForRequests } from '@/lib/request-listener';

export default defineBackground(() => {
  let db: MarginDB | undefined;
  const openDb = () => {
    db ??= new MarginDB();
    return db;
  };

  listenForRequests(
    createLibraryService({
      db: openDb,
      now: Date.now,
      notifyPapers: (updates) => broadcastToTabs('papersChanged', { updates }),
      notifySettings: (settings) => broadcastToTabs('settingsChanged', { settings }),
      notifyTab: async (tabId, message) => void (await sendToTab(tabId, 'notice', { message })),
      openLibrary: openLibraryTab,
    }),
    classifyError,
  );

  browser.commands?.onCommand.addListener((command) => {
    if (command === 'open-library') void openLibraryTab();
  });

  // Ask once for storage the browser will not evict under pressure; a refusal changes nothing else.
  browser.runtime.onInstalled.addListener(() => {
    void navigator.storage?.persist?.().catch(() => false);
  });
});
