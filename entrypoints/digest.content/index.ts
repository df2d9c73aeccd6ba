// Wiring only: start the page annotator on digest pages and connect it to the background and the popup.
import { defineContentScript } from 'wxt/utils/define-content-script';
import './arxiv-listing.css';
import { listenInTab, sendRequest } from '@/lib/messaging';
import { PageAnnotator } from '@/lib/page/annotator';
import { startAfterLoad } from '@/lib/page/start';

export default defineContentScript({
  matches: [
    'https://huggingface.co/papers*',
    'https://arxiv.org/list/*',
    'https://arxiv.org/abs/*',
    'https://arxiv.org/catchup*',
    'https://arxiv.org/search/*',
  ],
  runAt: 'document_idle',
  // WXT would also announce the script to the page with window.postMessage: the page's own message listeners
  // would see it (and learn Margin is installed), and posting it cost 4-5 ms of the script's start.
  noScriptStartedPostMessage: true,
  main(ctx) {
    const annotator = new PageAnnotator({
      doc: document,
      send: sendRequest,
      now: Date.now,
      openUrl: (url) => window.open(url, '_blank', 'noopener,noreferrer'),
    });
    const stopListening = listenInTab({
      papersChanged: ({ updates }) => {
        annotator.applyUpdates(updates);
        return null;
      },
      settingsChanged: ({ settings }) => {
        annotator.applySettings(settings);
        return null;
      },
      diagnostics: () => annotator.diagnostics(),
      notice: ({ message }) => {
        annotator.overlays.notify(message);
        return null;
      },
    });
    startAfterLoad(window, () => annotator.start());
    // Soft navigation (Hugging Face changes pages without loading them): re-read the new page.
    ctx.addEventListener(window, 'wxt:locationchange', () => annotator.schedule(0));
    ctx.onInvalidated(() => {
      stopListening();
      annotator.stop();
    });
  },
});
